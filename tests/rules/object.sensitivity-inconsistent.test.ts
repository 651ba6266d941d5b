import rule from "../../src/rules/object.sensitivity-inconsistent";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    { name: '"Public" and "public" agree', categorisation: [{ sensitivity: "Public" }, { sensitivity: " public" }] },
    {
      name: "rows whose object is a placeholder are not one object",
      categorisation: [
        { informationObject: "?", sensitivity: "Public" },
        { informationObject: "?", sensitivity: "Restricted" },
      ],
    },
  ],
  invalid: [
    {
      name: "Public on one row, Restricted on another",
      categorisation: [{ sensitivity: "Public" }, { sensitivity: "Restricted" }],
      findings: [{ cell: "P2", message: /sensitivity "Public" here but "Restricted" on row 3/ }, { cell: "P3" }],
    },
  ],
});
