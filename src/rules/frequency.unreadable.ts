/** frequency.unreadable: Minimum Frequency is neither a period nor "On demand". */
import { PERIOD_EXPECTED } from "./utils/period-messages";
import { unreadablePeriodRule } from "./utils/unreadable-period-rule";

export default unreadablePeriodRule({
  id: "frequency.unreadable",
  title: "Minimum Frequency not a period",
  description:
    'Minimum Frequency must be a period in minutes, hours, days, months or years, or "On demand". A bare number is read in the unit the header names ("Minimum Frequency (mins)"), and is an error when it names none.',
  key: "minimumFrequency",
  header: "Minimum Frequency",
  word: "frequency",
  keyword: { kind: "on-demand", text: "On demand" },
  otherKeyword: {
    kind: "as-per-frequency",
    message: (value) => `${value} is a latency value; Minimum Frequency needs ${PERIOD_EXPECTED} or "On demand".`,
  },
});
