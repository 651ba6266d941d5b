/** interface.unknown: Interface must be System to System, System to Person, Person to Person or Person to System. */
import { closedColumns } from "./utils/closed-vocabulary-columns";
import { unknownValueRule } from "./utils/unknown-value-rule";

export default unknownValueRule(
  {
    id: "interface.unknown",
    title: "Unknown interface",
    description: "Interface must be System to System, System to Person, Person to Person or Person to System.",
  },
  closedColumns.interface,
);
