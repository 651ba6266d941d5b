import rule from "../../src/rules/required.missing";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    { name: "every required cell filled; optional ones empty", categorisation: [{ capabilityGroup: "", domain: "", informationGroup: "" }] },
    { name: "a formula error is not reported as empty", categorisation: [{ activity: "#N/A" }] },
    { name: "options with their required cells", options: [{ useCase: "", keyInitiative: "" }] },
  ],
  invalid: [
    { name: "an empty Use Case", categorisation: [{ useCase: "" }], findings: [{ cell: "B2", messageId: "empty", message: /Use Case is empty/ }] },
    { name: "a cell of spaces and a non-breaking space is empty", categorisation: [{ latency: "  \u00a0 " }], findings: [{ cell: "O2" }] },
    { name: "each empty required cell of a gap", gaps: [{ gapType: "", majorOutcome: "" }], findings: [{ cell: "B2" }, { cell: "K2" }] },
    {
      name: "a section banner row gets one finding, not one per empty cell",
      sheets: { "Data Categorisation": { rows: [["Use Case Group", "Use Case", "Capability ID", "Activity", "Information Object", "Sensitivity"], ["Planning and Oversight"]] } },
      findings: [{ cell: "B2", messageId: "mostlyEmpty", message: /Row 2 is mostly empty: 4 of its 5 required columns have no value \(Use Case, Activity, Information Object, Sensitivity\)/ }],
    },
    {
      name: "a row with none of its required cells says all of them, not N of its N",
      gaps: [{ gapId: "", gapType: "", gapDescription: "", capabilityStatus: "", majorOutcome: "" }],
      findings: [{ cell: "A2", message: /Row 2 is mostly empty: all 5 required columns have no value \(Gap ID, Gap Type, Gap Description, Capability Status, Major Outcome\)/ }],
    },
  ],
});
