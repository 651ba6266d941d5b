/** priority.unknown: Priority must be High, Medium or Low. */
import { closedColumns } from "./closed-vocabulary-columns";
import { unknownValueRule } from "./unknown-value-rule";

export default unknownValueRule(
  "priority.unknown",
  "Priority must be High, Medium or Low.",
  closedColumns.priority,
);
