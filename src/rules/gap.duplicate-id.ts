/** gap.duplicate-id: two gaps share a Gap ID. */
import { duplicateIdRule } from "./utils/duplicate-id-rule";

export default duplicateIdRule(
  {
    id: "gap.duplicate-id",
    title: "Duplicate Gap ID",
    description: "Every gap in Distinct Gap Analysis needs its own Gap ID.",
  },
  "gaps",
  "gapId",
);
