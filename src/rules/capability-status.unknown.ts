/** capability-status.unknown: Capability Status must be Exists, Requires augmentation or Does not exist. */
import { closedColumns } from "./utils/closed-vocabulary-columns";
import { unknownValueRule } from "./utils/unknown-value-rule";

export default unknownValueRule(
  {
    id: "capability-status.unknown",
    title: "Unknown capability status",
    description: "Capability Status must be Exists, Requires augmentation or Does not exist.",
  },
  closedColumns.capabilityStatus,
);
