/**
 * Attack: one row pasted down tens of thousands of times, or one id given to every row. A rule that
 * names, for each row, the other rows like it must not build that list afresh per row (quadratic:
 * 100,000 copies took minutes) nor spell it out whole (each message listing every other row is
 * gigabytes of text). A slow rule fails by its timeout; a long message by its length.
 */
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import { rowsTouched } from "../../src/incremental/row-change";
import { defaultReference } from "../../src/model/default-reference";
import { checkWorkbook } from "../../src/workflows/check/check";
import { planProposedGaps } from "../../src/workflows/gaps/propose-gaps";
import {
  categorisationSheetXml,
  entryOf,
  SHEET_PART,
  withEntry,
  workbookEntries,
  writeZip,
} from "../support/hostile-files";
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

  // Past about 100,000 items, spreading an array into a call's arguments (Math.max(...cells),
  // lines.push(...section)) overflows node's stack: "Unexpected error: Maximum call stack size exceeded".
  const MANY = 130_000;

  it(`${MANY} rows each missing their Information Object: the text and Markdown reports are written`, async () => {
    const rows = Array.from(
      { length: MANY },
      (_, i) =>
        `<row r="${i + 3}"><c r="A${i + 3}" t="inlineStr"><is><t>u</t></is></c><c r="B${i + 3}" t="inlineStr"><is><t>a${i}</t></is></c></row>`,
    ).join("");
    const dir = mkdtempSync(join(tmpdir(), "attack-many-"));
    const book = join(dir, "many.xlsx");
    writeFileSync(
      book,
      writeZip(withEntry(workbookEntries(), entryOf(SHEET_PART, categorisationSheetXml(["u", "a"], rows)))),
    );
    const text = await runCli(["validate", book]);
    expect(text.stderr).toBe("");
    expect(text.exitCode).toBe(1);
    expect(text.stdout).toMatch(/\.\.\. and \d+ more \(--all shows every finding\)/);
    const markdown = await runCli(["validate", book, "--format", "markdown", "--out", join(dir, "many.md")]);
    expect(markdown.stderr).toBe("");
    expect(markdown.exitCode).toBe(1);
  }, 60_000);

  it(`${MANY} rows of one Information Object, each saying something else: row.duplicate keeps its groups`, async () => {
    const book = memoryBook({ categorisation: Array.from({ length: MANY }, (_, i) => ({ activity: `Step ${i}` })) });
    const { report } = await checkWorkbook(book, defaultReference());
    expect(report.findings.filter((f) => f.rule === "row.duplicate")).toEqual([]);
  }, 60_000);

  it(`an edit of ${MANY} rows at once (a paste in live mode) is placed by its first and last row`, () => {
    const rows = Array.from({ length: MANY }, (_, i) => ({ row: i + 2, cells: ["x"] }));
    expect(rowsTouched({ kind: "edit", sheet: "Data Categorisation", rows })).toEqual({ first: 2, last: MANY + 1 });
  });

  it(`suggest over ${COPIES} rows saying one thing: the neighbours' votes are counted once, not per row`, async () => {
    const rows = Array.from(
      { length: COPIES },
      (_, i) =>
        `<row r="${i + 3}"><c r="A${i + 3}" t="inlineStr"><is><t>u</t></is></c><c r="B${i + 3}" t="inlineStr"><is><t>a</t></is></c><c r="C${i + 3}" t="inlineStr"><is><t>1.1.1</t></is></c></row>`,
    ).join("");
    const book = join(mkdtempSync(join(tmpdir(), "attack-suggest-")), "same.xlsx");
    writeFileSync(
      book,
      writeZip(withEntry(workbookEntries(), entryOf(SHEET_PART, categorisationSheetXml(["u", "a", "1.1.1"], rows)))),
    );
    const result = await runCli(["suggest", book, "--format", "json"]);
    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
  }, 20_000);

  it("propose-gaps over 20,000 quality issues and 20,000 recorded gaps looks each issue up by its object", async () => {
    const book = memoryBook({
      categorisation: Array.from({ length: 20_000 }, (_, i) => ({
        informationObject: `Object ${i}`,
        quality: "Issues",
        qualityRationale: `Late by ${i} days`,
      })),
      gaps: Array.from({ length: 20_000 }, (_, i) => ({
        gapId: `G${i}`,
        informationObject: i % 2 === 0 ? `Object ${i}` : `Something else ${i}`,
        gapDescription: `Late by ${i} days`,
      })),
    });
    const plan = await planProposedGaps(book, defaultReference());
    expect(plan.proposal.covered).toHaveLength(10_000);
    expect(plan.proposal.gaps).toHaveLength(10_000);
  }, 20_000);
});
