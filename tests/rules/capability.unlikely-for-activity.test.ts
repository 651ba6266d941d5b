import rule from "../../src/rules/capability.unlikely-for-activity";
import { findingsOf, testRule } from "../support/rule-tester";

const envelopes = {
  useCaseGroup: "OTN",
  useCase: "Manage network limits",
  activity: "Calculate dynamic operating envelopes",
  informationObject: "DOE allocation",
};
const codesign = {
  capabilityId: "1.1.1",
  capability: "Co-design goals and objectives",
  capabilityGroup: "Co-design policy and regulations",
  domain: "Oversee",
};

testRule(rule, {
  valid: [
    { name: "the baseline row (4.1.2 for publishing forecasts)", categorisation: [{}] },
    {
      name: "envelopes under 4.3.5",
      categorisation: [
        {
          ...envelopes,
          capabilityId: "4.3.5",
          capability: "Calculate and publish physical limits",
          capabilityGroup: "Operate electricity networks",
          domain: "Operate",
        },
      ],
    },
    {
      name: "a sibling under the same Level 2 (VPP payments under 4.4.2 Operate retail electricity market(s), 4.4.6 fits): a fine distinction, not a far value",
      categorisation: [
        {
          useCaseGroup: "OTN",
          useCase: "Market operations",
          activity: "Settle VPP energy payments",
          informationObject: "Settlement statement",
          capabilityId: "4.4.2",
          capability: "Operate retail electricity market(s)",
          capabilityGroup: "Operate electricity markets",
          domain: "Operate",
        },
      ],
    },
    {
      name: "one abbreviation written as two words (CSIP-AUS) is one word of evidence, not the two a far value needs",
      categorisation: [
        {
          useCaseGroup: "PO",
          useCase: "Installer readiness",
          activity: "Run CSIP-AUS training for installers",
          informationObject: "Installer course",
          capabilityId: "2.3.4",
          capability: "Develop workforce capabilities",
          capabilityGroup: "Prepare for operational readiness",
          domain: "Plan",
        },
      ],
    },
    {
      name: "'plan' names a kind of document, not a topic: 'joint' alone does not question 4.3.9",
      categorisation: [
        {
          useCaseGroup: "OTE",
          useCase: "Cyber incident",
          activity: "Trigger joint cyber plan with DNSPs",
          informationObject: "Cyber incident notice",
          capabilityId: "4.3.9",
          capability: "Manage emergencies and contingency events",
          capabilityGroup: "Operate electricity networks",
          domain: "Operate",
        },
      ],
    },
    { name: "an activity of everyday verbs only", categorisation: [{ activity: "Send and receive", ...codesign }] },
    {
      name: "an activity whose words the definitions do not speak of",
      categorisation: [{ activity: "Handle gizmo", ...codesign }],
    },
    {
      name: "a capability the activity's words also name (4.1.1 for a PV output forecast)",
      categorisation: [
        {
          activity: "Forecast rooftop PV output",
          capabilityId: "4.1.1",
          capability: "Conduct operational forecasting",
        },
      ],
    },
    {
      name: "a Level 2 capability (not judged)",
      categorisation: [{ ...envelopes, capabilityId: "1.1", capability: "Co-design policy and regulations" }],
    },
    { name: "no activity", categorisation: [{ ...envelopes, activity: "", ...codesign }] },
  ],
  invalid: [
    {
      name: "envelope calculation under co-design of goals",
      categorisation: [{ ...envelopes, ...codesign }],
      findings: [
        {
          cell: "C2",
          fix: {
            applicability: "review",
            edits: [
              { cell: "C2", value: "4.3.5" },
              { cell: "D2", value: "Calculate and publish physical limits" },
              { cell: "E2", value: "Operate electricity networks" },
              { cell: "F2", value: "Operate" },
            ],
          },
          suggestion: "4.3.5",
          message:
            /^The activity "Calculate dynamic operating envelopes" is under 1\.1\.1 Co-design goals and objectives; 4\.3\.5 Calculate and publish physical limits \(.*\) fits its words better\.$/,
        },
      ],
    },
    {
      name: "only a Capability name column: the finding and its suggestion are on the name",
      categorisation: [{ ...envelopes, ...codesign, capabilityId: "" }],
      findings: [
        {
          cell: "D2",
          fix: {
            applicability: "review",
            edits: [
              { cell: "C2", value: "4.3.5" },
              { cell: "D2", value: "Calculate and publish physical limits" },
              { cell: "E2", value: "Operate electricity networks" },
              { cell: "F2", value: "Operate" },
            ],
          },
          suggestion: "Calculate and publish physical limits",
        },
      ],
    },
  ],
});

describe("capability.unlikely-for-activity's fix", () => {
  it("writes the better capability with its lookups, to review", async () => {
    const [finding] = await findingsOf(rule, { categorisation: [{ ...envelopes, ...codesign }] });
    expect(finding?.fix?.applicability).toBe("review");
    expect(finding?.fix?.edits.map((e) => [e.cell, e.value, e.previous])).toEqual([
      ["C2", "4.3.5", "1.1.1"],
      ["D2", "Calculate and publish physical limits", "Co-design goals and objectives"],
      ["E2", "Operate electricity networks", "Co-design policy and regulations"],
      ["F2", "Operate", "Oversee"],
    ]);
  });
});
