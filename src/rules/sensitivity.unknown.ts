/** sensitivity.unknown: Sensitivity must be Public, Restricted or Critical. */
import { closedColumns } from "./utils/closed-vocabulary-columns";
import { unknownValueRule } from "./utils/unknown-value-rule";

export default unknownValueRule(
  {
    id: "sensitivity.unknown",
    title: "Unknown sensitivity",
    description: "Sensitivity must be Public, Restricted or Critical.",
  },
  closedColumns.sensitivity,
);
