/** latency.as-per-frequency-periodic: "As per frequency" used with a periodic frequency. */
import { checkRowsByValues } from "./utils/column-values";
import { periodColumns } from "./utils/period-columns";
import { defineRule } from "../check/rule";
import { quote, reportCell, tabsWith } from "./utils/rule-helpers";

export default defineRule({
  id: "latency.as-per-frequency-periodic",
  title: '"As per frequency" with a periodic frequency',
  severity: "warning",
  scope: "row",
  description:
    '"As per frequency" is meant for On demand data; with a periodic frequency the latency should be a period.',
  messages: { asPerFrequencyPeriodic: "Latency is As per frequency on data that is not On demand." },
  check({ book, model }, reporter) {
    for (const tab of tabsWith<"minimumFrequency" | "latency">(book, ["categorisation"])) {
      const periods = periodColumns(tab, model);
      // Each distinct (frequency, latency) pair is judged once (column-values.ts).
      checkRowsByValues(tab, ["minimumFrequency", "latency"], reporter, (row, reporter) => {
        const latency = periods.read(row, "latency");
        if (latency?.kind !== "as-per-frequency" || periods.read(row, "minimumFrequency")?.kind !== "period") return;
        reportCell(
          reporter,
          tab,
          row,
          "latency",
          `Latency ${quote(row.text.latency)} is meant for On demand data, but the frequency is ${quote(row.text.minimumFrequency)}: give the latency as a period.`,
        );
      });
    }
  },
});
