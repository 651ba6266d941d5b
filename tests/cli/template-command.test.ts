/**
 * `template`: the three tabs as Excel tables with canonical headers, then reference tabs, and the
 * dropdowns the pane's Add missing tabs sets (drawing on the hidden "CER Lists" sheet), recorded in
 * the add-in's settings as the pane records them.
 */
import { strFromU8, unzipSync } from "fflate";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import { defaultReference } from "../../src/model/default-reference";
import { checkWorkbook } from "../../src/workflows/check/check";
import { readWorkbook } from "../../src/sheets/parsed-workbook";
import { categorisationTab, gapsTab, optionsTab } from "../../src/sheets/tab-definitions";
import { columnLetter } from "../../src/workbook/cell-address";
import { openXlsx } from "../../src/workbook/xlsx/xlsx-workbook";
import { dropdownColumns } from "../../src/workflows/tools/dropdown-lists";
import { DROPDOWNS_KEY } from "../../src/workflows/tools/install-dropdowns";
import { itWithSoffice, sheetsAsCsv } from "../support/libreoffice";

describe("cli template", () => {
  let path: string;
  let parts: Record<string, string>;
  beforeAll(async () => {
    path = join(mkdtempSync(join(tmpdir(), "template-")), "template.xlsx");
    const result = await runCli(["template", "--out", path]);
    expect(result).toMatchObject({ exitCode: 0, stderr: "" });
    parts = Object.fromEntries(
      Object.entries(unzipSync(readFileSync(path))).map(([name, bytes]) => [name, strFromU8(bytes)]),
    );
  });

  const sheetXml = (name: string): string => {
    const workbook = parts["xl/workbook.xml"] ?? "";
    const rels = parts["xl/_rels/workbook.xml.rels"] ?? "";
    const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
    const target =
      new RegExp(`Id="${id}"[^>]*Target="/?(?:xl/)?([^"]+)"`).exec(rels)?.[1] ??
      new RegExp(`Target="/?(?:xl/)?([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
    return parts[`xl/${target}`] ?? "";
  };

  it("has the three tabs with canonical headers, read back with no header problems, and the reference tabs", async () => {
    const book = await readWorkbook(openXlsx(readFileSync(path)));
    expect(book.sheetNames).toEqual([
      "Data Categorisation",
      "Distinct Gap Analysis",
      "Options",
      "Capability Model",
      "Information Categories",
      "Vocabularies",
      "Roles",
      "CER Lists",
    ]);
    for (const [tab, definition] of [
      [book.categorisation, categorisationTab],
      [book.gaps, gapsTab],
      [book.options, optionsTab],
    ] as const) {
      expect(tab?.headerRow).toBe(1);
      expect(tab?.headerProblems).toEqual([]);
      expect(Object.values(tab?.headers ?? {})).toEqual(definition.columns.map((c) => c.header));
      expect(tab?.rows).toEqual([]);
    }
    expect(book.roles?.terms.map((t) => t.name)).toEqual(defaultReference().defaultRoles.names);
    const { report } = await checkWorkbook(openXlsx(readFileSync(path)), defaultReference());
    expect(report.summary.errors).toBe(0);
  });

  it("formats each of the three tabs as an Excel table", () => {
    const tables = Object.entries(parts)
      .filter(([name]) => /^xl\/tables\/table\d+\.xml$/.test(name))
      .map(([, xml]) => xml);
    for (const [name, definition] of [
      ["DataCategorisation", categorisationTab],
      ["DistinctGapAnalysis", gapsTab],
      ["Options", optionsTab],
    ] as const) {
      const table = tables.find((xml) => xml.includes(`name="${name}"`)) ?? "";
      expect(table).toContain(`ref="A1:`);
      for (const column of definition.columns) expect(table).toContain(`name="${column.header}"`);
    }
    expect(sheetXml("Data Categorisation")).toContain("<tableParts");
  });

  it("puts the pane's dropdowns on the three tabs, drawing on the hidden CER Lists sheet, and records them", async () => {
    const rules = (sheet: string) =>
      [
        ...sheetXml(sheet).matchAll(
          /<dataValidation [^>]*sqref="([A-Z]+2:[A-Z]+1048576)"[^>]*>\s*<formula1>([^<]*)<\/formula1>/g,
        ),
      ].map((m) => ({ address: m[1] ?? "", source: (m[2] ?? "").replace(/&apos;/g, "'") }));
    const expected = (definition: typeof categorisationTab | typeof gapsTab | typeof optionsTab) =>
      definition.columns.flatMap((column, i) =>
        column.key in dropdownColumns[definition.id] ? [`${columnLetter(i)}2:${columnLetter(i)}1048576`] : [],
      );
    const recorded: string[] = [];
    for (const definition of [categorisationTab, gapsTab, optionsTab]) {
      const found = rules(definition.name);
      expect(found.map((rule) => rule.address)).toEqual(expected(definition));
      for (const rule of found) expect(rule.source).toMatch(/^'CER Lists'!\$[A-Z]+\$2:\$[A-Z]+\$\d+$/);
      recorded.push(...found.map((rule) => `${definition.name}!${rule.address}`));
    }
    expect(parts["xl/workbook.xml"]).toMatch(/<sheet name="CER Lists" sheetId="\d+" state="hidden"/);
    const settings = await openXlsx(readFileSync(path)).readSettings([DROPDOWNS_KEY]);
    const record = settings[DROPDOWNS_KEY] as Array<{ sheet: string; address: string }>;
    expect(record.map((area) => `${area.sheet}!${area.address}`).sort()).toEqual(recorded.sort());
  });

  it("refuses to replace an existing file without --force", async () => {
    const again = await runCli(["template", "--out", path]);
    expect(again).toMatchObject({ exitCode: 2 });
    expect(again.stderr).toMatch(/already exists/);
    expect((await runCli(["template", "--out", path, "--force"])).exitCode).toBe(0);
    expect((await runCli(["template"])).exitCode).toBe(2);
    expect(existsSync(path)).toBe(true);
  });

  itWithSoffice("opens in LibreOffice with the headers and the reference lists", () => {
    const sheets = sheetsAsCsv(path);
    expect(sheets["Data Categorisation"]?.[0]).toEqual(categorisationTab.columns.map((c) => c.header));
    expect(sheets["Distinct Gap Analysis"]?.[0]).toEqual(gapsTab.columns.map((c) => c.header));
    const model = defaultReference();
    const capabilities = sheets["Capability Model"] ?? [];
    expect(capabilities.length).toBe(model.capabilities.level3.length + 1);
    expect(capabilities[1]?.slice(0, 5)).toEqual([
      "1.1.1",
      "Co-design goals and objectives",
      "1.1",
      "Co-design policy and regulations",
      "Oversee",
    ]);
    expect(sheets["Information Categories"]?.map((r) => r[0]).slice(1)).toEqual(model.information.categories.names);
    expect(sheets["Vocabularies"]?.[0]?.slice(0, 3)).toEqual(["Use Case Group", "Use Case Group Code", "Domain"]);
  });
});
