/** latency.exceeds-frequency: data would arrive later than the next update is due. */
import { describeMinutes } from "../model/period-reading";
import { checkRowsByValues } from "./utils/column-values";
import { periodColumns } from "./utils/period-columns";
import { defineRule } from "../check/rule";
import { quote, reportCell, tabsWith } from "./utils/rule-helpers";

export default defineRule({
  id: "latency.exceeds-frequency",
  title: "Latency longer than the frequency's period",
  severity: "warning",
  scope: "row",
  description:
    "A latency longer than the frequency's period (5 minute data with a daily latency) is probably a mistake.",
  messages: { exceedsFrequency: "The latency is longer than the minimum frequency." },
  check({ book, model }, reporter) {
    for (const tab of tabsWith<"minimumFrequency" | "latency">(book, ["categorisation"])) {
      const periods = periodColumns(tab, model);
      // Each distinct (frequency, latency) pair is judged once (column-values.ts).
      checkRowsByValues(tab, ["minimumFrequency", "latency"], reporter, (row, reporter) => {
        const frequency = periods.read(row, "minimumFrequency");
        const latency = periods.read(row, "latency");
        if (frequency?.kind !== "period" || latency?.kind !== "period" || latency.minutes <= frequency.minutes) return;
        reportCell(
          reporter,
          tab,
          row,
          "latency",
          `Latency ${quote(row.text.latency)} (${describeMinutes(latency.minutes)}) is longer than the frequency ${quote(row.text.minimumFrequency)} (${describeMinutes(frequency.minutes)}): each update would arrive after the next one is due.`,
        );
      });
    }
  },
});
