/** option.duplicate-id: two options share an Option ID. */
import { duplicateIdRule } from "./utils/duplicate-id-rule";

export default duplicateIdRule(
  "option.duplicate-id",
  "Every option in the Options tab needs its own Option ID.",
  "options",
  "optionId",
);
