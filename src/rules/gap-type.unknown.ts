/** gap-type.unknown: Gap Type must be Data or Data Sharing. */
import { closedColumns } from "./utils/closed-vocabulary-columns";
import { unknownValueRule } from "./utils/unknown-value-rule";

export default unknownValueRule(
  {
    id: "gap-type.unknown",
    title: "Unknown gap type",
    description: "Gap Type must be Data or Data Sharing.",
  },
  closedColumns.gapType,
);
