/** Ordering, grouping and paging of findings for the pane. */
import type { Finding, Severity } from "../../src/check/finding";
import { firstFindings, groupBySheet } from "../../src/taskpane/finding-groups";

const all: ReadonlySet<Severity> = new Set<Severity>(["error", "warning", "info"]);

function at(sheet: string, cell: string, row: number, severity: Severity = "error"): Finding {
  return { sheet, cell, row, column: "", rule: "r.x", severity, message: `${sheet} ${cell}`, value: "" };
}

describe("groupBySheet", () => {
  it("groups by sheet in order of appearance and sorts by severity, then row, then column", () => {
    const groups = groupBySheet(
      [
        at("Gaps", "B9", 9),
        at("Data", "C4", 4, "info"),
        at("Data", "AA4", 4),
        at("Data", "B4", 4),
        at("Data", "A2", 2, "warning"),
      ],
      all,
    );
    expect(groups.map((g) => [g.sheet, g.findings.map((f) => f.cell)])).toEqual([
      ["Gaps", ["B9"]],
      ["Data", ["B4", "AA4", "A2", "C4"]],
    ]);
  });

  it("lists an error on a later row before a warning on an earlier one", () => {
    const [data] = groupBySheet(
      [at("Data", "B3", 3, "warning"), at("Data", "J40", 40), at("Data", "C2", 2, "info"), at("Data", "J9", 9)],
      all,
    );
    expect(data?.findings.map((f) => f.cell)).toEqual(["J9", "J40", "B3", "C2"]);
  });

  it("keeps only the severities shown and drops sheets left empty", () => {
    const groups = groupBySheet([at("Gaps", "B9", 9, "info"), at("Data", "C4", 4)], new Set<Severity>(["error"]));
    expect(groups.map((g) => g.sheet)).toEqual(["Data"]);
  });
});

describe("firstFindings", () => {
  it("cuts across sheets at the limit", () => {
    const groups = groupBySheet([at("A", "A1", 1), at("A", "A2", 2), at("B", "A1", 1), at("C", "A1", 1)], all);
    expect(firstFindings(groups, 3).map((g) => [g.sheet, g.findings.length])).toEqual([
      ["A", 2],
      ["B", 1],
    ]);
  });
});
