import rule from "../../src/rules/capability.outside-use-case-group";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    { name: "an Operate capability in OTN", categorisation: [{}] },
    {
      name: "a Plan capability in PO",
      categorisation: [{ useCaseGroup: "PO", capabilityId: "2.1.1", capability: "", capabilityGroup: "", domain: "" }],
    },
  ],
  invalid: [
    {
      name: "an Oversee capability in OTE",
      categorisation: [{ useCaseGroup: "OTE", capabilityId: "1.1.2", capability: "", capabilityGroup: "", domain: "" }],
      findings: [{ cell: "C2", message: /usually draws on Operate and Trade/ }],
    },
  ],
});
