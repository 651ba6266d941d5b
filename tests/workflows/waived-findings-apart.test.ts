/**
 * Accepted findings are kept apart from the active ones, as ESLint's LintResult keeps `messages`
 * and `suppressedMessages`: a reviewer's waiver takes a safe finding out of Fix all, out of the
 * fixable counts and out of fix, while the report still lists it among the accepted ones.
 */
import { defaultReference } from "../../src/model/default-reference";
import type { Finding } from "../../src/check/finding";
import { fixAllOffers } from "../../src/taskpane/fix-groups";
import { checkWorkbook } from "../../src/workflows/check/check";
import { fixableCounts, planFixes } from "../../src/workflows/check/fixes-of-findings";
import { acceptFinding } from "../../src/workflows/review/waivers";
import { memoryBook } from "../support/workbook-rows";

const model = defaultReference();

describe("a waived safe finding", () => {
  it("offers no fix and counts as no fixable finding", async () => {
    const book = memoryBook({ categorisation: [{ sensitivity: "public" }] });
    const before = (await checkWorkbook(book, model)).report;
    const spelling = before.findings.find((f) => f.rule === "spelling.non-canonical") as Finding;
    expect(spelling).toMatchObject({ cell: "P2", fix: { applicability: "safe" } });
    expect(fixAllOffers(before.findings).map((offer) => offer.label)).toEqual(["Fix all 1 safe fix"]);
    expect(fixableCounts(before.findings)).toEqual({ safe: 1, review: 0 });

    await acceptFinding({ reader: book, writer: book }, spelling, { by: "Ana", reason: "The registry spells it so" });
    const after = (await checkWorkbook(book, model)).report;

    expect(after.findings.filter((f) => f.rule === "spelling.non-canonical")).toEqual([]);
    expect(after.waivedFindings).toEqual([
      { ...spelling, waived: { by: "Ana", reason: "The registry spells it so", at: expect.any(String) } },
    ]);
    expect(fixAllOffers(after.findings)).toEqual([]);
    expect(fixableCounts(after.findings)).toEqual({ safe: 0, review: 0 });
    expect(planFixes(after.findings, { applicability: "review" })).toEqual([]);
    expect(after.summary).toMatchObject({ waived: 1 });
  });
});
