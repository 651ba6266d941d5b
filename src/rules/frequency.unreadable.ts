/** frequency.unreadable: Minimum Frequency is neither a period nor "On demand". */
import { rowsWhere } from "./column-values";
import { periodColumns, type PeriodColumn } from "./period-columns";
import { bareNumberMessage, PERIOD_EXPECTED } from "./period-messages";
import { defineRule } from "./rule";
import { quote, reportCell, tabsWith } from "./rule-helpers";

export default defineRule({
  id: "frequency.unreadable",
  severity: "error",
  scope: "cell",
  description:
    'Minimum Frequency must be a period in minutes, hours, days, months or years, or "On demand". A bare number is read in the unit the header names ("Minimum Frequency (mins)"), and is an error when it names none.',
  check({ book, model }, reporter) {
    for (const tab of tabsWith<PeriodColumn>(book, ["categorisation"])) {
      const periods = periodColumns(tab, model);
      const readable = (value: string) => {
        const reading = periods.readText(value, "minimumFrequency");
        return reading?.kind === "period" || reading?.kind === "on-demand";
      };
      // Each distinct value is judged once (column-values.ts); only the rows of unreadable ones are visited.
      for (const row of rowsWhere(tab, "minimumFrequency", "text", (value) => value !== "" && !readable(value))) {
        const value = row.text.minimumFrequency;
        const reading = periods.read(row, "minimumFrequency");
        const message =
          reading?.kind === "as-per-frequency"
            ? `${quote(value)} is a latency value; Minimum Frequency needs ${PERIOD_EXPECTED} or "On demand".`
            : model.periods.isBareNumber(value)
              ? bareNumberMessage(value, "Minimum Frequency")
              : `${quote(value)} is not a frequency the framework can read: expected ${PERIOD_EXPECTED} or "On demand".`;
        reportCell(reporter, tab, row, "minimumFrequency", message);
      }
    }
  },
});
