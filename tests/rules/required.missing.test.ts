import rule from "../../src/rules/required.missing";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    {
      name: "a section title, a note and a totals row are not data (row.not-data lists them)",
      sheets: {
        "Data Categorisation": {
          rows: [
            ["Use Case Group", "Use Case", "Capability ID", "Activity", "Information Object", "Sensitivity"],
            ["Planning and Oversight"],
            ["Total", "", "", "", "", "3"],
            ["* Latency is indicative."],
          ],
        },
      },
    },
    {
      name: "every required cell filled; optional ones empty",
      categorisation: [{ capabilityGroup: "", domain: "", informationGroup: "" }],
    },
    { name: "a formula error is not reported as empty", categorisation: [{ activity: "#N/A" }] },
    { name: "options with their required cells", options: [{ useCase: "", keyInitiative: "" }] },
    {
      name: "free text that merely holds a dash, a question mark or TBC among its words",
      categorisation: [
        { activity: "Publish DOEs - TBC", informationObject: "Forecast (what horizon?)", useCase: "N/A handling" },
      ],
    },
    {
      name: "a placeholder in an optional column, or in a closed column (its own rule reports it)",
      categorisation: [{ domain: "TBC", sensitivity: "TBC", latency: "?" }],
    },
  ],
  invalid: [
    {
      name: "a formula stored with no result is not called empty: the file needs calculating",
      sheets: {
        "Data Categorisation": {
          rows: [
            ["Use Case Group", "Use Case", "Capability ID", "Activity", "Information Object", "Sensitivity"],
            ["OTN", "Trade CER", "4.1.2", "Publish forecasts", "Market forecast", ""],
            ["OTN", "Trade CER", "4.1.2", "Publish prices", "Market price", ""],
          ],
          uncalculated: ["F2"],
        },
      },
      findings: [
        {
          cell: "F2",
          messageId: "uncalculated",
          message:
            "Sensitivity holds a formula whose result was never saved (the file was written by a program that does not calculate): open the file in Excel or LibreOffice and save it, so the result can be checked.",
        },
        { cell: "F3", messageId: "empty" },
      ],
    },
    {
      name: "a placeholder where free text is required is no value",
      categorisation: [
        { useCase: "N/A", activity: "TBC", informationObject: "?" },
        { activity: "-", informationObject: "to be confirmed" },
      ],
      gaps: [{ gapDescription: "TBD" }],
      options: [{ optionDescription: "??" }],
      findings: [
        {
          cell: "B2",
          messageId: "placeholder",
          message: 'Use Case holds "N/A", a placeholder; every row needs a use case.',
        },
        { cell: "G2", messageId: "placeholder", message: /^Activity holds "TBC", a placeholder/ },
        { cell: "H2", messageId: "placeholder", message: /^Information Object holds "\?", a placeholder/ },
        { cell: "G3", messageId: "placeholder" },
        { cell: "H3", messageId: "placeholder" },
        { sheet: "Distinct Gap Analysis", cell: "C2", messageId: "placeholder" },
        { sheet: "Options", cell: "C2", messageId: "placeholder" },
      ],
    },
    {
      name: "an empty Use Case",
      categorisation: [{ useCase: "" }],
      findings: [{ cell: "B2", messageId: "empty", message: /Use Case is empty/ }],
    },
    {
      name: "a cell of spaces and a non-breaking space is empty",
      categorisation: [{ latency: "  \u00a0 " }],
      findings: [{ cell: "O2" }],
    },
    {
      name: "each empty required cell of a gap",
      gaps: [{ gapType: "", majorOutcome: "" }],
      findings: [{ cell: "B2" }, { cell: "K2" }],
    },
    {
      name: "a half-typed row gets one finding, not one per empty cell",
      sheets: {
        "Data Categorisation": {
          rows: [
            ["Use Case Group", "Use Case", "Capability ID", "Activity", "Information Object", "Sensitivity"],
            ["Planning and Oversight", "", "4.1.2"],
          ],
        },
      },
      findings: [
        {
          cell: "B2",
          message:
            /Row 2 is mostly empty: 4 of its 5 required columns have no value \(Use Case, Activity, Information Object, Sensitivity\)/,
        },
      ],
    },
    {
      name: "a row with none of its required cells says all of them, not N of its N",
      gaps: [{ gapId: "", gapType: "", gapDescription: "", capabilityStatus: "", majorOutcome: "" }],
      findings: [
        {
          cell: "A2",
          message:
            /Row 2 is mostly empty: all 5 required columns have no value \(Gap ID, Gap Type, Gap Description, Capability Status, Major Outcome\)/,
        },
      ],
    },
    {
      name: "a gap row with only its Gap ID is data, however empty",
      gaps: [
        { gapId: "G01" },
        {
          gapId: "G09",
          gapType: "",
          gapDescription: "",
          capabilityStatus: "",
          majorOutcome: "",
          useCase: "",
          informationObject: "",
          informationCategory: "",
          capabilityId: "",
          capability: "",
          domain: "",
          evidence: "",
          proposedAction: "",
          priority: "",
        },
      ],
      findings: [{ cell: "B3", message: /Row 3 is mostly empty/ }],
    },
  ],
});
