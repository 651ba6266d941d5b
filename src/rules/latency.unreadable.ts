/** latency.unreadable: Latency is neither a period nor "As per frequency". */
import { PERIOD_EXPECTED } from "./utils/period-messages";
import { unreadablePeriodRule } from "./utils/unreadable-period-rule";

export default unreadablePeriodRule({
  id: "latency.unreadable",
  title: "Latency not a period",
  description:
    'Latency must be a period in minutes, hours, days, months or years, or "As per frequency". A bare number is read in the unit the header names ("Latency (mins)"), and is an error when it names none.',
  key: "latency",
  header: "Latency",
  word: "latency",
  keyword: { kind: "as-per-frequency", text: "As per frequency" },
  otherKeyword: {
    kind: "on-demand",
    message: (value) =>
      `${value} is a frequency value; for On demand data the latency is "As per frequency" or ${PERIOD_EXPECTED}.`,
    fix: { value: "As per frequency", applicability: "review" },
  },
});
