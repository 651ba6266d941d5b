/** quality.unknown: Quality must be No Issues or Issues. */
import { closedColumns } from "./utils/closed-vocabulary-columns";
import { unknownValueRule } from "./utils/unknown-value-rule";

export default unknownValueRule(
  {
    id: "quality.unknown",
    title: "Unknown quality",
    description: "Quality must be No Issues or Issues.",
  },
  closedColumns.quality,
);
