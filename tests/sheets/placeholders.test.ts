/**
 * "N/A", "n/a", "-" in an optional column say there is nothing to give: read as empty, so no rule
 * calls them an unknown value. In a required column they stay a value, and a wrong one; a rationale
 * of "N/A" on a row with Issues is no rationale.
 */
import { defaultReference } from "../../src/model/default-reference";
import { runRules } from "../../src/check/run-rules";
import { parsedBook } from "../support/workbook-rows";

const model = defaultReference();
const serious = async (spec: Parameters<typeof parsedBook>[0]) =>
  runRules(await parsedBook(spec), model)
    .filter((f) => f.severity !== "info")
    .map((f) => `${f.cell} ${f.rule}`);

describe("placeholders", () => {
  it("in optional columns read as empty: no finding", async () => {
    expect(
      await serious({
        categorisation: [{ capabilityGroup: "N/A", domain: "-", informationGroup: "n/a", qualityRationale: "N/A" }],
        gaps: [{ priority: "N/A", evidence: "\u2013" }],
      }),
    ).toEqual([]);
  });

  it("in required columns stay values, and wrong ones", async () => {
    expect(await serious({ categorisation: [{ sensitivity: "N/A", receiver: "n/a" }] })).toEqual([
      "L2 role.unknown",
      "P2 sensitivity.unknown",
    ]);
  });

  it("as the rationale of a row with Issues, is no rationale", async () => {
    expect(await serious({ categorisation: [{ quality: "Issues", qualityRationale: "N/A" }] })).toEqual([
      "R2 quality.rationale-missing",
    ]);
  });

  it("a row needs a capability: N/A in both capability columns is none", async () => {
    expect(
      await serious({ categorisation: [{ capabilityId: "N/A", capability: "n/a", capabilityGroup: "", domain: "" }] }),
    ).toEqual(["C2 capability.missing"]);
  });
});
