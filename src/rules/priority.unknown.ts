/** priority.unknown: Priority must be High, Medium or Low. */
import { closedColumns } from "./utils/closed-vocabulary-columns";
import { unknownValueRule } from "./utils/unknown-value-rule";

export default unknownValueRule(
  {
    id: "priority.unknown",
    title: "Unknown priority",
    description: "Priority must be High, Medium or Low.",
  },
  closedColumns.priority,
);
