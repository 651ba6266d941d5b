/** capability.domain-mismatch: Domain is not the lifecycle domain of the row's capability. */
import { checkRowsByValues } from "./utils/column-values";
import { defineRule } from "../check/rule";
import { capabilityOfRow } from "./utils/capability-of-row";
import { quote, reportCell, tabsWith } from "./utils/rule-helpers";

export default defineRule({
  id: "capability.domain-mismatch",
  title: "Domain not the capability's own",
  severity: "error",
  scope: "row",
  description: "Domain must be the lifecycle domain the row's capability belongs to (4.x is Operate, 5.x is Trade...).",
  messages: { domainMismatch: "The Domain is not the one the capability belongs to." },
  check({ book, model }, reporter) {
    for (const tab of tabsWith<"capabilityId" | "capability" | "domain">(book, ["categorisation", "gaps"])) {
      // Each distinct combination of these columns is judged once (column-values.ts).
      checkRowsByValues(tab, ["domain", "capabilityId", "capability"], reporter, (row, reporter) => {
        const stated = row.text.domain === "" ? undefined : model.capabilities.domainByName(row.text.domain);
        const capability = stated && capabilityOfRow(model.capabilities, row.text.capabilityId, row.text.capability);
        if (stated === undefined || capability === undefined || capability.domain === stated) return;
        reportCell(
          reporter,
          tab,
          row,
          "domain",
          `Capability ${capability.id} ${quote(capability.name)} is in the ${capability.domain.name} domain, not ${stated.name}.`,
          capability.domain.name,
          "review",
        );
      });
    }
  },
});
