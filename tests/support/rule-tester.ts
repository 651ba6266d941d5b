/**
 * ESLint-style rule tests: the rule's metadata (id, a short title, severity, description, messages),
 * `valid` books on which the rule must stay silent, `invalid` books with
 * the exact findings it must report: their cells, and optionally the message id, the suggestion and
 * words of the message. Every finding's message id must be one the rule declares, and a finding
 * that carries a fix must have its edits and applicability stated (`fix`), as ESLint's RuleTester
 * requires `output` of a fixable rule.
 */
import { defaultReference } from "../../src/model/default-reference";
import type { Finding, FixApplicability } from "../../src/check/finding";
import type { Rule } from "../../src/check/rule";
import { runRules } from "../../src/check/run-rules";
import { parsedBook, type BookSpec } from "./workbook-rows";

export interface ExpectedFix {
  applicability: FixApplicability;
  /** Each cell the fix sets, and to what (the sheet defaults to the finding's). */
  edits: Array<{ cell: string; value: string; sheet?: string }>;
}

export interface ExpectedFinding {
  sheet?: string;
  cell: string;
  /** One of Rule.messages' ids. */
  messageId?: string;
  suggestion?: string;
  /** The fix the finding offers; null when it must offer none. Required when it offers one. */
  fix?: ExpectedFix | null;
  /** Words the message must contain. */
  message?: string | RegExp;
}

export interface RuleCases {
  valid: Array<BookSpec & { name: string }>;
  invalid: Array<BookSpec & { name: string; findings: ExpectedFinding[] }>;
}

export async function findingsOf(rule: Rule, spec: BookSpec): Promise<Finding[]> {
  return runRules(await parsedBook(spec), defaultReference(), [rule]);
}

export function testRule(rule: Rule, cases: RuleCases): void {
  describe(rule.id, () => {
    it("declares its metadata", () => {
      expect(rule.id).toMatch(/^[a-z-]+\.[a-z-]+$/);
      expect(["error", "warning", "info"]).toContain(rule.severity);
      // The rule's name to the analyst (a Fix all batch, History, reports): short, a name not a sentence.
      expect(rule.title.trim()).toBe(rule.title);
      expect(rule.title.length).toBeGreaterThan(0);
      expect(rule.title.length).toBeLessThanOrEqual(60);
      expect(rule.title).not.toMatch(/\.$/);
      expect(rule.description.length).toBeGreaterThan(20);
      expect(Object.keys(rule.messages ?? {}).length).toBeGreaterThan(0);
      for (const text of Object.values(rule.messages ?? {})) expect(text.length).toBeGreaterThan(10);
    });
    describe("valid", () => {
      for (const { name, ...spec } of cases.valid) {
        it(name, async () => {
          expect(await findingsOf(rule, spec)).toEqual([]);
        });
      }
    });
    describe("invalid", () => {
      for (const { name, findings: expected, ...spec } of cases.invalid) {
        it(name, async () => {
          const found = await findingsOf(rule, spec);
          expect(found.map((f) => `${f.sheet}!${f.cell}`)).toEqual(
            expected.map((e) => `${e.sheet ?? defaultSheet(spec)}!${e.cell}`),
          );
          found.forEach((finding, i) => {
            const want = expected[i];
            expect(finding.rule).toBe(rule.id);
            expect(finding.severity).toBe(rule.severity);
            expect(finding.message.length).toBeGreaterThan(10);
            expect(Object.keys(rule.messages ?? {})).toContain(finding.messageId);
            if (want?.messageId !== undefined) expect(finding.messageId).toBe(want.messageId);
            if (want !== undefined && "suggestion" in want) expect(finding.suggestion).toBe(want.suggestion);
            if (want?.message !== undefined) expect(finding.message).toMatch(want.message);
            expect({ cell: finding.cell, fix: fixOf(finding) }).toEqual({ cell: finding.cell, fix: want?.fix ?? null });
          });
        });
      }
    });
  });
}

/** The finding's fix in the shape a case states it, the sheet left out where it is the finding's own. */
function fixOf(finding: Finding): ExpectedFix | null {
  if (finding.fix === undefined) return null;
  return {
    applicability: finding.fix.applicability,
    edits: finding.fix.edits.map((edit) => ({
      cell: edit.cell,
      value: edit.value,
      ...(edit.sheet === finding.sheet ? {} : { sheet: edit.sheet }),
    })),
  };
}

function defaultSheet(spec: BookSpec): string {
  const given = Object.keys(spec.sheets ?? {});
  if (given.length === 1 && given[0] !== undefined) return given[0];
  if (spec.categorisation) return "Data Categorisation";
  if (spec.gaps) return "Distinct Gap Analysis";
  return "Options";
}
