/** capability.outside-use-case-group: a capability from a domain its use case group rarely draws on. */
import { checkRowsByValues } from "./utils/column-values";
import { defineRule } from "../check/rule";
import { capabilityOfRow } from "./utils/capability-of-row";
import { quote, reportCell, tabsWith } from "./utils/rule-helpers";

export default defineRule({
  id: "capability.outside-use-case-group",
  title: "Capability outside the use case group's usual domains",
  severity: "info",
  scope: "row",
  description:
    "Each use case group usually draws on some lifecycle domains (PO: Oversee and Plan; CI: Connect; OTN and OTE: Operate and Trade); a capability elsewhere is worth a second look.",
  messages: { outsideGroup: "The capability is not in the row's Use Case Group." },
  check({ book, model }, reporter) {
    for (const tab of tabsWith<"useCaseGroup" | "capabilityId" | "capability">(book, ["categorisation"])) {
      const target = tab.columns.capabilityId !== undefined ? "capabilityId" : "capability";
      // Each distinct combination of these columns is judged once (column-values.ts).
      checkRowsByValues(tab, ["useCaseGroup", "capabilityId", "capability"], reporter, (row, reporter) => {
        const group = model.useCaseGroups.match(row.text.useCaseGroup)?.term;
        const capability = group && capabilityOfRow(model.capabilities, row.text.capabilityId, row.text.capability);
        if (group === undefined || capability === undefined || group.domains.includes(capability.domain)) return;
        const usual = group.domains.map((d) => d.name).join(" and ");
        reportCell(
          reporter,
          tab,
          row,
          target,
          `Capability ${capability.id} ${quote(capability.name)} is in the ${capability.domain.name} domain; use case group ${group.code} usually draws on ${usual}.`,
        );
      });
    }
  },
});
