import rule from "../../src/rules/capability.id-with-name";
import { findingsOf, testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    {
      name: "a bare id",
      categorisation: [{ capabilityId: "4.3.5", capability: "Calculate and publish physical limits" }],
    },
    {
      name: "an id with another capability's name is capability.unknown-id's error",
      categorisation: [{ capabilityId: "4.3.5 - Monitor network / power system", capability: "" }],
    },
    {
      name: "an unknown id with a name",
      categorisation: [{ capabilityId: "4.2.8 - Calculate and publish physical limits", capability: "" }],
    },
  ],
  invalid: [
    {
      name: "an id and its name, split with the name moved to an empty Capability cell",
      categorisation: [{ capabilityId: "4.3.5 - Calculate and publish physical limits", capability: "" }],
      findings: [
        {
          cell: "C2",
          fix: {
            applicability: "review",
            edits: [
              { cell: "C2", value: "4.3.5" },
              { cell: "D2", value: "Calculate and publish physical limits" },
            ],
          },
          suggestion: "4.3.5",
          message:
            /read as 4.3.5. Keep 4.3.5 in Capability ID and "Calculate and publish physical limits" in Capability/,
        },
      ],
    },
    {
      name: "on the gap tab too, with the Capability cell already filled",
      gaps: [{ capabilityId: "4.3.2 Monitor network / power system", capability: "Monitor network / power system" }],
      findings: [
        {
          cell: "G2",
          fix: { applicability: "review", edits: [{ cell: "G2", value: "4.3.2" }] },
          suggestion: "4.3.2",
          message: /Keep 4.3.2 in Capability ID\.$/,
        },
      ],
    },
  ],
});

describe("capability.id-with-name's fix", () => {
  it("puts the bare id in Capability ID and the framework's name in an empty Capability cell, for review", async () => {
    const [finding] = await findingsOf(rule, {
      categorisation: [{ capabilityId: "4.3.5 - calculate & publish physical limit", capability: "" }],
    });
    expect(finding?.fix).toEqual({
      applicability: "review",
      edits: [
        { sheet: "Data Categorisation", cell: "C2", row: 2, column: "Capability ID", value: "4.3.5" },
        {
          sheet: "Data Categorisation",
          cell: "D2",
          row: 2,
          column: "Capability",
          value: "Calculate and publish physical limits",
        },
      ],
    });
  });

  it("never writes over a Capability cell that holds something", async () => {
    const [finding] = await findingsOf(rule, {
      categorisation: [
        {
          capabilityId: "4.3.5 - Calculate and publish physical limits",
          capability: "Calculate and publish physical limits",
        },
      ],
    });
    expect(finding?.fix?.edits.map((e) => e.cell)).toEqual(["C2"]);
  });
});
