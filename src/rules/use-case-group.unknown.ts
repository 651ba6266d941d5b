/** use-case-group.unknown: Use Case Group must be one of the four groups, by code (PO, CI, OTN, OTE) or name. */
import { closedColumns } from "./utils/closed-vocabulary-columns";
import { unknownValueRule } from "./utils/unknown-value-rule";

export default unknownValueRule(
  "use-case-group.unknown",
  "Use Case Group must be one of the four groups, by code (PO, CI, OTN, OTE) or name.",
  closedColumns.useCaseGroup,
);
