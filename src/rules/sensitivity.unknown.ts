/** sensitivity.unknown: Sensitivity must be Public, Restricted or Critical. */
import { closedColumns } from "./closed-vocabulary-columns";
import { unknownValueRule } from "./unknown-value-rule";

export default unknownValueRule(
  "sensitivity.unknown",
  "Sensitivity must be Public, Restricted or Critical.",
  closedColumns.sensitivity,
);
