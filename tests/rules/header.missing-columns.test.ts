import rule from "../../src/rules/header.missing-columns";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    { name: "all columns", categorisation: [{}], gaps: [{}], options: [{}] },
    {
      name: "headers spelt the untidy way",
      sheets: { Options: { rows: [["Option #", "Gap ID(s)", "option\ndescription "]] } },
    },
  ],
  invalid: [
    {
      name: "one finding lists every missing column",
      sheets: { Options: { rows: [["Title"], ["Option ID", "Notes", "Use Case"]] } },
      findings: [{ cell: "A2", message: /no "Gap ID", "Option Description" columns/ }],
    },
    {
      name: "Data Categorisation needs Capability ID or Capability",
      sheets: {
        "Data Categorisation": {
          rows: [
            [
              "Use Case Group",
              "Use Case",
              "Activity",
              "Information Object",
              "Information Category",
              "Initiator",
              "Receiver",
              "Interface",
              "Minimum Frequency",
              "Latency",
              "Sensitivity",
              "Quality",
            ],
          ],
        },
      },
      findings: [{ cell: "A1", message: /Capability ID \(or Capability\)/ }],
    },
  ],
});
