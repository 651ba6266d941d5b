/** quality.unknown: Quality must be No Issues or Issues. */
import { closedColumns } from "./closed-vocabulary-columns";
import { unknownValueRule } from "./unknown-value-rule";

export default unknownValueRule(
  "quality.unknown",
  "Quality must be No Issues or Issues.",
  closedColumns.quality,
);
