/** gap-type.unknown: Gap Type must be Data or Data Sharing. */
import { closedColumns } from "./closed-vocabulary-columns";
import { unknownValueRule } from "./unknown-value-rule";

export default unknownValueRule(
  "gap-type.unknown",
  "Gap Type must be Data or Data Sharing.",
  closedColumns.gapType,
);
