/** period.idiom: a phrase such as "Real time" or "Next day" stands for a period; say which. */
import { periodColumns, type PeriodColumn } from "./period-columns";
import { defineRule } from "./rule";
import { quote, reportCell, tabsWith } from "./rule-helpers";

export default defineRule({
  id: "period.idiom",
  severity: "info",
  scope: "cell",
  description:
    'Minimum Frequency and Latency written as a phrase NEM analysts use ("Real time", "Near real-time", "Next day") are read as the period it stands for (5 minutes, 1 day); writing that period makes the reading explicit.',
  check({ book, model }, reporter) {
    for (const tab of tabsWith<PeriodColumn>(book, ["categorisation"])) {
      const periods = periodColumns(tab, model);
      for (const row of tab.rows) {
        for (const key of ["minimumFrequency", "latency"] as const) {
          if (row.text[key] === "") continue;
          const reading = periods.read(row, key);
          if (reading?.kind !== "period" || reading.idiom === undefined) continue;
          const { canonical, meaning } = reading.idiom;
          reportCell(reporter, tab, row, key, `${quote(row.text[key])} is read as ${canonical} (${meaning}); write ${quote(canonical)} to say so.`, canonical, "review");
        }
      }
    }
  },
});
