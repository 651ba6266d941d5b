/** latency.unreadable: Latency is neither a period nor "As per frequency". */
import { rowsWhere } from "./column-values";
import { periodColumns, type PeriodColumn } from "./period-columns";
import { bareNumberMessage, PERIOD_EXPECTED } from "./period-messages";
import { defineRule } from "./rule";
import { quote, reportCell, tabsWith } from "./rule-helpers";

export default defineRule({
  id: "latency.unreadable",
  severity: "error",
  scope: "cell",
  description:
    'Latency must be a period in minutes, hours, days, months or years, or "As per frequency". A bare number is read in the unit the header names ("Latency (mins)"), and is an error when it names none.',
  check({ book, model }, reporter) {
    for (const tab of tabsWith<PeriodColumn>(book, ["categorisation"])) {
      const periods = periodColumns(tab, model);
      const readable = (value: string) => {
        const reading = periods.readText(value, "latency");
        return reading?.kind === "period" || reading?.kind === "as-per-frequency";
      };
      // Each distinct value is judged once (column-values.ts); only the rows of unreadable ones are visited.
      for (const row of rowsWhere(tab, "latency", "text", (value) => value !== "" && !readable(value))) {
        const value = row.text.latency;
        const reading = periods.read(row, "latency");
        const message =
          reading?.kind === "on-demand"
            ? `${quote(value)} is a frequency value; for On demand data the latency is "As per frequency" or ${PERIOD_EXPECTED}.`
            : model.periods.isBareNumber(value)
              ? bareNumberMessage(value, "Latency")
              : `${quote(value)} is not a latency the framework can read: expected ${PERIOD_EXPECTED} or "As per frequency".`;
        reportCell(reporter, tab, row, "latency", message, reading?.kind === "on-demand" ? "As per frequency" : undefined, "review");
      }
    }
  },
});
