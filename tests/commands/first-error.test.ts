/** The ribbon command's work, with stand-in operations: the first error is selected, or nothing. */
import { goToFirstError } from "../../src/commands/first-error";
import type { Finding } from "../../src/check/finding";
import type { ValidationReport } from "../../src/check/validation-report";

function at(sheet: string, cell: string, row: number, severity: Finding["severity"]): Finding {
  return { sheet, cell, row, column: "", rule: "r.x", severity, message: "", value: "" };
}

function reportOf(findings: Finding[]): ValidationReport {
  const errors = findings.filter((f) => f.severity === "error").length;
  return {
    valid: errors === 0,
    summary: { errors, warnings: 0, info: findings.length - errors },
    sheets: [],
    findings,
  };
}

describe("goToFirstError", () => {
  it("selects the top error of the first sheet with errors, skipping warnings and info", async () => {
    const goTo = jest.fn(() => Promise.resolve());
    const report = reportOf([
      at("Data", "A1", 1, "info"),
      at("Data", "C9", 9, "error"),
      at("Data", "B4", 4, "error"),
      at("Gaps", "A2", 2, "error"),
    ]);
    const first = await goToFirstError({ validate: () => Promise.resolve(report), goTo });
    expect(goTo).toHaveBeenCalledWith("Data", "B4");
    expect(first?.cell).toBe("B4");
  });

  it("selects nothing when there are no errors", async () => {
    const goTo = jest.fn(() => Promise.resolve());
    await goToFirstError({ validate: () => Promise.resolve(reportOf([at("Data", "A1", 1, "info")])), goTo });
    expect(goTo).not.toHaveBeenCalled();
  });

  it("lets a failed check reach the caller", async () => {
    await expect(
      goToFirstError({ validate: () => Promise.reject(new Error("no tabs")), goTo: () => Promise.resolve() }),
    ).rejects.toThrow("no tabs");
  });
});
