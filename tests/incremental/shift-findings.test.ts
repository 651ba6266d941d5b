import { moveWords } from "../../src/incremental/shift-findings";
import { quote } from "../../src/rules/utils/rule-helpers";

const insertAt5 = { kind: "insert", sheet: "Data Categorisation", at: 5, count: 1 } as const;
const deleteRow7 = { kind: "delete", sheet: "Data Categorisation", at: 7, count: 1 } as const;

describe("moveWords: the row numbers a message names, moved with the rows", () => {
  it("moves rows named as 'row N' and 'rows N, M', and leaves numbers above the change", () => {
    expect(moveWords(insertAt5, "Used again on rows 3, 12, 40 and 2 more.")).toBe(
      "Used again on rows 3, 13, 41 and 2 more.",
    );
    expect(moveWords(insertAt5, "Row 9 is mostly empty.")).toBe("Row 10 is mostly empty.");
  });

  it("gives up (the finding is found again) when it names a deleted row, or a number it cannot tell is a row", () => {
    expect(moveWords(deleteRow7, "Same as on row 7.")).toBeUndefined();
    expect(moveWords(insertAt5, "Seen 12 times.")).toBeUndefined();
  });

  it("never moves a number inside a quoted value, even one holding quotes and the words 'row 12'", () => {
    // quote() writes a quote inside a value twice, so the value's end is always where the parser thinks:
    // its 12 is a value's number the change moves, so the finding is found again rather than rewritten.
    const message = (value: string) => `Use case ${quote(value)} does not appear; it is on row 20.`;
    expect(message('see" row 12 "notes')).toBe('Use case "see"" row 12 ""notes" does not appear; it is on row 20.');
    expect(moveWords(insertAt5, message('see" row 12 "notes'))).toBeUndefined();
    expect(moveWords(insertAt5, message('see" row 3 "notes'))).toBe(
      'Use case "see"" row 3 ""notes" does not appear; it is on row 21.',
    );
  });
});
