/** domain.unknown: Domain is not one of the five lifecycle domains. */
import { checkRowsByValues } from "./utils/column-values";
import { defineRule } from "../check/rule";
import { quote, reportCell, tabsWith } from "./utils/rule-helpers";

export default defineRule({
  id: "domain.unknown",
  title: "Unknown domain",
  severity: "error",
  scope: "cell",
  description: "Domain must be one of the five lifecycle domains: Oversee, Plan, Connect, Operate or Trade.",
  messages: { unknownDomain: "The Domain is not a domain of the framework." },
  check({ book, model }, reporter) {
    const names = model.capabilities.domains.map((d) => d.name).join(", ");
    for (const tab of tabsWith<"domain">(book, ["categorisation", "gaps"])) {
      // Each distinct combination of these columns is judged once (column-values.ts).
      checkRowsByValues(tab, ["domain"], reporter, (row, reporter) => {
        const value = row.text.domain;
        if (value === "" || model.capabilities.domainByName(value) !== undefined) return;
        const near = model.capabilities.suggestDomain(value);
        const hint = near === undefined ? ` Expected one of ${names}.` : ` Did you mean ${quote(near.name)}?`;
        reportCell(
          reporter,
          tab,
          row,
          "domain",
          `${quote(value)} is not a lifecycle domain.${hint}`,
          near?.name,
          "review",
        );
      });
    }
  },
});
