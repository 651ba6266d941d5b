/** category.unknown: Information Category must be one of the framework's 31 categories (Table 1). */
import { closedColumns } from "./utils/closed-vocabulary-columns";
import { unknownValueRule } from "./utils/unknown-value-rule";

export default unknownValueRule(
  {
    id: "category.unknown",
    title: "Unknown information category",
    description: "Information Category must be one of the framework's 31 categories (Table 1).",
  },
  closedColumns.informationCategory,
);
