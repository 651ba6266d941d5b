import rule from "../../src/rules/header.missing-columns";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    { name: "all columns", categorisation: [{}], gaps: [{}], options: [{}] },
    {
      name: "headers spelt the untidy way",
      sheets: { Options: { rows: [["Option #", "Gap ID(s)", "option\ndescription "]] } },
    },
    {
      name: "the parties and the latency named as analysts name them",
      sheets: {
        "Data Categorisation": {
          rows: [
            [
              "Use Case Group",
              "Use Case",
              "Capability ID",
              "Activity",
              "Information Object",
              "Information Category",
              "Initiating Party",
              "Receiving Party",
              "Interface",
              "Minimum Frequency",
              "Latency Requirement",
              "Sensitivity",
              "Quality",
            ],
          ],
        },
      },
    },
  ],
  invalid: [
    {
      name: "one finding lists every missing column",
      sheets: { Options: { rows: [["Title"], ["Option ID", "Notes", "Use Case"]] } },
      findings: [{ cell: "A2", message: /no "Gap ID", "Option Description" columns/ }],
    },
    {
      name: "the headers that match no column are named, as one of them may be the missing one",
      sheets: { Options: { rows: [["Option ID", "Gap ID", "Remedy", "Use Case", "Owner"]] } },
      findings: [
        {
          cell: "A1",
          message:
            'The header row (row 1) has no "Option Description" column; add it so every row can be checked, or rename the header that holds it: "Remedy" and "Owner" match no column.',
        },
      ],
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
