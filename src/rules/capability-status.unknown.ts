/** capability-status.unknown: Capability Status must be Exists, Requires augmentation or Does not exist. */
import { closedColumns } from "./closed-vocabulary-columns";
import { unknownValueRule } from "./unknown-value-rule";

export default unknownValueRule(
  "capability-status.unknown",
  "Capability Status must be Exists, Requires augmentation or Does not exist.",
  closedColumns.capabilityStatus,
);
