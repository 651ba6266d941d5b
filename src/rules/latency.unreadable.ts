/** latency.unreadable: Latency is neither a period nor "As per frequency". */
import { defineRule } from "./rule";
import { PERIOD_EXPECTED } from "./period-messages";
import { quote, reportCell, tabsWith } from "./rule-helpers";

export default defineRule({
  id: "latency.unreadable",
  severity: "error",
  scope: "cell",
  description: 'Latency must be a period in minutes, hours, days, months or years, or "As per frequency".',
  check({ book, model }, reporter) {
    for (const tab of tabsWith<"latency">(book, ["categorisation"])) {
      for (const row of tab.rows) {
        const value = row.text.latency;
        if (value === "") continue;
        const reading = model.periods.read(value);
        if (reading?.kind === "period" || reading?.kind === "as-per-frequency") continue;
        const message =
          reading?.kind === "on-demand"
            ? `${quote(value)} is a frequency value; for On demand data the latency is "As per frequency" or ${PERIOD_EXPECTED}.`
            : `${quote(value)} is not a latency the framework can read: expected ${PERIOD_EXPECTED} or "As per frequency".`;
        reportCell(reporter, tab, row, "latency", message, reading?.kind === "on-demand" ? "As per frequency" : undefined, "review");
      }
    }
  },
});
