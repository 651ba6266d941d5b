import rule from "../../src/rules/priority.unknown";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [{ name: "High, Med and empty", gaps: [{ priority: "High" }, { gapId: "G2", priority: "Med" }, { gapId: "G3", priority: "" }] }],
  invalid: [{ name: "a number is not a priority", gaps: [{ priority: "1" }], findings: [{ cell: "N2" }] }],
});
