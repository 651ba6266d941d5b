import rule from "../../src/rules/gap-type.unknown";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [{ name: "Data and Data Sharing", gaps: [{ gapType: "Data" }, { gapId: "G02", gapType: "data sharing" }] }],
  invalid: [
    {
      name: "a process gap is not a gap type",
      gaps: [{ gapType: "Process" }],
      findings: [{ cell: "B2", message: /Expected one of "Data" or "Data Sharing"/ }],
    },
  ],
});
