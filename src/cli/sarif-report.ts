/**
 * The validation reports as one SARIF 2.1.0 log (https://docs.oasis-open.org/sarif/sarif/v2.1.0/),
 * the format code-scanning dashboards (GitHub, Azure DevOps, SonarQube) import. One run of the tool
 * over every workbook: each finding is a result whose physical location is the workbook file (a
 * path relative to the working folder, %SRCROOT%, when it lies below it) and whose logical location
 * is the cell ('Sheet'!A1). A cell has no line in the file's bytes, but GitHub code scanning shows
 * only results with a region.startLine, so the sheet row stands in for it, and the message starts
 * with the cell. A finding's fix is carried in the result's properties (SARIF's own `fixes` replace
 * byte or text regions, which cells are not). Unreadable workbooks become error notifications of
 * the invocation, so the log still says the run was incomplete.
 */
import { isAbsolute, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import type { Finding, Severity } from "../check/finding";
import { rules } from "../rules/index";
import { allFindings, type ValidationReport } from "../check/validation-report";
import { BIN, VERSION } from "./help";

export type FileOutcome = { file: string; report: ValidationReport } | { file: string; error: string };

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

/** A path below the working folder as a URI reference against %SRCROOT%; any other as a file: URI. */
function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const inside = relative(cwd, resolve(cwd, file));
  if (inside === "" || inside.startsWith("..") || isAbsolute(inside))
    return { uri: pathToFileURL(resolve(cwd, file)).href };
  return { uri: inside.split(sep).map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
}

function sheetReference(finding: Finding): string {
  return `'${finding.sheet.replace(/'/g, "''")}'!${finding.cell}`;
}

export function sarifLog(outcomes: readonly FileOutcome[], cwd: string = process.cwd()): object {
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
  const results: object[] = [];
  const notifications: object[] = [];
  for (const outcome of outcomes) {
    const location = artifactLocation(outcome.file, cwd);
    if ("error" in outcome) {
      notifications.push({
        level: "error",
        message: { text: outcome.error },
        locations: [{ physicalLocation: { artifactLocation: location } }],
      });
      continue;
    }
    for (const finding of allFindings(outcome.report)) {
      const properties: Record<string, unknown> = {
        sheet: finding.sheet,
        cell: finding.cell,
        row: finding.row,
        column: finding.column,
        value: finding.value,
      };
      if (finding.suggestion !== undefined) properties.suggestion = finding.suggestion;
      if (finding.fix !== undefined) properties.fix = finding.fix;
      results.push({
        ruleId: finding.rule,
        ...(ruleIndex.has(finding.rule) ? { ruleIndex: ruleIndex.get(finding.rule) } : {}),
        level: LEVEL[finding.severity],
        message: { text: `${sheetReference(finding)}: ${finding.message}` },
        locations: [
          {
            physicalLocation: { artifactLocation: location, region: { startLine: Math.max(finding.row, 1) } },
            logicalLocations: [{ name: finding.cell, fullyQualifiedName: sheetReference(finding), kind: "element" }],
          },
        ],
        partialFingerprints: {
          cell: `${finding.rule}/${sheetReference(finding)}/${finding.value}`,
          ...(finding.fingerprint === undefined ? {} : { row: finding.fingerprint }),
        },
        ...(finding.baselineState === undefined ? {} : { baselineState: finding.baselineState }),
        // A waived finding, as SARIF records a suppression kept outside the source.
        ...(finding.waived === undefined
          ? {}
          : {
              suppressions: [
                {
                  kind: "external",
                  status: "accepted",
                  justification: `${finding.waived.reason} (${finding.waived.by}, ${finding.waived.at})`,
                },
              ],
            }),
        properties,
      });
    }
  }
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: BIN,
            version: VERSION,
            semanticVersion: VERSION,
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.title },
              fullDescription: { text: rule.description },
              defaultConfiguration: { level: LEVEL[rule.severity] },
              properties: { scope: rule.scope },
            })),
          },
        },
        originalUriBaseIds: { "%SRCROOT%": { uri: pathToFileURL(cwd.endsWith("/") ? cwd : `${cwd}/`).href } },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        results,
      },
    ],
  };
}
