/** information-group.unknown: Information Group must be one of the framework's 8 groups (Table 1). */
import { closedColumns } from "./utils/closed-vocabulary-columns";
import { unknownValueRule } from "./utils/unknown-value-rule";

export default unknownValueRule(
  {
    id: "information-group.unknown",
    title: "Unknown information group",
    description: "Information Group must be one of the framework's 8 groups (Table 1).",
  },
  closedColumns.informationGroup,
);
