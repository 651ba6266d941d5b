/**
 * Attack: one row pasted down tens of thousands of times, or one id given to every row. A rule that
 * names, for each row, the other rows like it must not build that list afresh per row (quadratic:
 * 100,000 copies took minutes) nor spell it out whole (each message listing every other row is
 * gigabytes of text). A slow rule fails by its timeout; a long message by its length.
 */
import { defaultReference } from "../../src/model/default-reference";
import { checkWorkbook } from "../../src/workflows/check/check";
import { memoryBook } from "../support/workbook-rows";

const COPIES = 50_000;

describe("attack: many copies of one row", () => {
  it(`${COPIES} identical Data Categorisation rows: each repeat names a few rows and how many more`, async () => {
    const book = memoryBook({ categorisation: Array.from({ length: COPIES }, () => ({})) });
    const { report } = await checkWorkbook(book, defaultReference());
    const repeats = report.findings.filter((f) => f.rule === "row.duplicate");
    expect(repeats).toHaveLength(COPIES);
    expect(repeats[0]?.message).toBe(`This row repeats rows 3, 4, 5, 6, 7 and ${COPIES - 6} more exactly; keep one.`);
    expect(repeats.at(-1)?.message).toBe(
      `This row repeats rows 2, 3, 4, 5, 6 and ${COPIES - 6} more exactly; keep one.`,
    );
  }, 20_000);

  it(`${COPIES} gaps sharing one Gap ID: each finding names a few rows and how many more, not all`, async () => {
    const book = memoryBook({
      gaps: Array.from({ length: COPIES }, (_, i) => ({ gapDescription: `Gap number ${i}` })),
    });
    const { report } = await checkWorkbook(book, defaultReference());
    const duplicates = report.findings.filter((f) => f.rule === "gap.duplicate-id");
    expect(duplicates).toHaveLength(COPIES);
    expect(duplicates[0]?.message).toBe(
      `"G01" is used again on rows 3, 4, 5, 6, 7 and ${COPIES - 6} more; each id must be unique.`,
    );
    expect(duplicates.reduce((longest, f) => Math.max(longest, f.message.length), 0)).toBeLessThan(200);
  }, 20_000);
});
