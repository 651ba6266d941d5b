/** major-outcome.unknown: Major Outcome must be one of the three Major Outcomes, in full or an unambiguous short form. */
import { closedColumns } from "./utils/closed-vocabulary-columns";
import { unknownValueRule } from "./utils/unknown-value-rule";

export default unknownValueRule(
  {
    id: "major-outcome.unknown",
    title: "Unknown Major Outcome",
    description: "Major Outcome must be one of the three Major Outcomes, in full or an unambiguous short form.",
  },
  closedColumns.majorOutcome,
);
