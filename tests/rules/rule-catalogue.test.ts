/** The rules folder stays a catalogue: one file per rule named by its id, each registered and tested. */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { rules } from "../../src/rules";

const rulesDir = join(__dirname, "..", "..", "src", "rules");
const ruleFiles = readdirSync(rulesDir)
  .filter((f) => /^[a-z-]+\.[a-z-]+\.ts$/.test(f))
  .map((f) => f.replace(/\.ts$/, ""));

describe("rule catalogue", () => {
  it("registers every rule file, and only those", () => {
    expect(rules.map((r) => r.id).sort()).toEqual([...ruleFiles].sort());
  });

  it("has unique ids", () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  it("has unique titles, so a Fix all batch or a report heading names one rule", () => {
    expect(new Set(rules.map((r) => r.title.toLowerCase())).size).toBe(rules.length);
  });

  it.each(ruleFiles)("%s has its own test file", (id) => {
    expect(existsSync(join(__dirname, `${id}.test.ts`))).toBe(true);
  });

  it("keeps the severity the policy gives the rules that break the model", () => {
    const severity = Object.fromEntries(rules.map((r) => [r.id, r.severity]));
    expect(severity["required.missing"]).toBe("error");
    expect(severity["category.unknown"]).toBe("error");
    expect(severity["capability.unknown-id"]).toBe("error");
    expect(severity["capability.id-name-mismatch"]).toBe("error");
    expect(severity["category.group-mismatch"]).toBe("error");
    expect(severity["quality.rationale-missing"]).toBe("error");
    expect(severity["option.unknown-gap"]).toBe("error");
    expect(severity["role.unknown"]).toBe("warning");
    expect(severity["latency.exceeds-frequency"]).toBe("warning");
    expect(severity["row.duplicate"]).toBe("warning");
    expect(severity["gap.evidence-missing"]).toBe("warning");
    expect(severity["spelling.non-canonical"]).toBe("info");
    expect(severity["object.near-duplicate-name"]).toBe("info");
  });
});
