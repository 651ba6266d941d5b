/** period.idiom: a phrase such as "Real time" or "Next day" stands for a period; say which. */
import { rowsWhere } from "./utils/column-values";
import { periodColumns, type PeriodColumn } from "./utils/period-columns";
import { defineRule } from "../check/rule";
import { quote, reportCell, tabsWith } from "./utils/rule-helpers";

export default defineRule({
  id: "period.idiom",
  title: "Period written as a phrase",
  severity: "info",
  scope: "cell",
  description:
    'Minimum Frequency and Latency written as a phrase NEM analysts use ("Real time", "Near real-time", "Next day") are read as the period it stands for (5 minutes, 1 day); writing that period makes the reading explicit.',
  messages: { idiom: "A period written as an idiom that has a canonical spelling." },
  check({ book, model }, reporter) {
    for (const tab of tabsWith<PeriodColumn>(book, ["categorisation"])) {
      const periods = periodColumns(tab, model);
      for (const key of ["minimumFrequency", "latency"] as const) {
        // Each distinct value is read once; only the rows holding an idiom are visited.
        const idiom = (text: string) => {
          const reading = text === "" ? undefined : periods.readText(text, key);
          return reading?.kind === "period" ? reading.idiom : undefined;
        };
        for (const row of rowsWhere(tab, key, "text", (text) => idiom(text) !== undefined)) {
          const found = idiom(row.text[key]);
          if (found === undefined) continue;
          const { canonical, meaning } = found;
          reportCell(
            reporter,
            tab,
            row,
            key,
            `${quote(row.text[key])} is read as ${canonical} (${meaning}); write ${quote(canonical)} to say so.`,
            canonical,
            "review",
          );
        }
      }
    }
  },
});
