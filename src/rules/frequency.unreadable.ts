/** frequency.unreadable: Minimum Frequency is neither a period nor "On demand". */
import { defineRule } from "./rule";
import { PERIOD_EXPECTED } from "./period-messages";
import { quote, reportCell, tabsWith } from "./rule-helpers";

export default defineRule({
  id: "frequency.unreadable",
  severity: "error",
  scope: "cell",
  description: 'Minimum Frequency must be a period in minutes, hours, days, months or years, or "On demand".',
  check({ book, model }, reporter) {
    for (const tab of tabsWith<"minimumFrequency">(book, ["categorisation"])) {
      for (const row of tab.rows) {
        const value = row.text.minimumFrequency;
        if (value === "") continue;
        const reading = model.periods.read(value);
        if (reading?.kind === "period" || reading?.kind === "on-demand") continue;
        const message =
          reading?.kind === "as-per-frequency"
            ? `${quote(value)} is a latency value; Minimum Frequency needs ${PERIOD_EXPECTED} or "On demand".`
            : `${quote(value)} is not a frequency the framework can read: expected ${PERIOD_EXPECTED} or "On demand".`;
        reportCell(reporter, tab, row, "minimumFrequency", message);
      }
    }
  },
});
