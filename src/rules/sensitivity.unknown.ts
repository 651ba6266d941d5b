/** sensitivity.unknown: Sensitivity must be Public, Restricted or Critical. */
import { closedColumns } from "./utils/closed-vocabulary-columns";
import { unknownValueRule } from "./utils/unknown-value-rule";

export default unknownValueRule(
  "sensitivity.unknown",
  "Sensitivity must be Public, Restricted or Critical.",
  closedColumns.sensitivity,
);
