/** option.duplicate-id: two options share an Option ID. */
import { duplicateIdRule } from "./utils/duplicate-id-rule";

export default duplicateIdRule(
  {
    id: "option.duplicate-id",
    title: "Duplicate Option ID",
    description: "Every option in the Options tab needs its own Option ID.",
  },
  "options",
  "optionId",
);
