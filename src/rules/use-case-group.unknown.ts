/** use-case-group.unknown: Use Case Group must be one of the four groups, by code (PO, CI, OTN, OTE) or name. */
import { closedColumns } from "./utils/closed-vocabulary-columns";
import { unknownValueRule } from "./utils/unknown-value-rule";

export default unknownValueRule(
  {
    id: "use-case-group.unknown",
    title: "Unknown use case group",
    description: "Use Case Group must be one of the four groups, by code (PO, CI, OTN, OTE) or name.",
  },
  closedColumns.useCaseGroup,
);
