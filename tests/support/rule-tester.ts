/**
 * ESLint-style rule tests: `valid` books on which the rule must stay silent, `invalid` books with
 * the exact findings (cell, and optionally suggestion and words of the message) it must report.
 */
import { defaultReference } from "../../src/model/default-reference";
import type { Finding } from "../../src/rules/finding";
import type { Rule } from "../../src/rules/rule";
import { runRules } from "../../src/rules/run-rules";
import { parsedBook, type BookSpec } from "./workbook-rows";

export interface ExpectedFinding {
  sheet?: string;
  cell: string;
  suggestion?: string;
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
      expect(rule.description.length).toBeGreaterThan(20);
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
          expect(found.map((f) => `${f.sheet}!${f.cell}`)).toEqual(expected.map((e) => `${e.sheet ?? defaultSheet(spec)}!${e.cell}`));
          found.forEach((finding, i) => {
            const want = expected[i];
            expect(finding.rule).toBe(rule.id);
            expect(finding.severity).toBe(rule.severity);
            expect(finding.message.length).toBeGreaterThan(10);
            if (want !== undefined && "suggestion" in want) expect(finding.suggestion).toBe(want.suggestion);
            if (want?.message !== undefined) expect(finding.message).toMatch(want.message);
          });
        });
      }
    });
  });
}

function defaultSheet(spec: BookSpec): string {
  const given = Object.keys(spec.sheets ?? {});
  if (given.length === 1 && given[0] !== undefined) return given[0];
  if (spec.categorisation) return "Data Categorisation";
  if (spec.gaps) return "Distinct Gap Analysis";
  return "Options";
}
