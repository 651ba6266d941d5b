/** role.unknown: an Initiator or Receiver role is not in the role vocabulary. */
import { BoundedMemo } from "../model/bounded-memo";
import { readRole } from "../model/role-reading";
import { splitList } from "../model/text-normalise";
import { rowsWhere } from "./column-values";
import { defineRule } from "./rule";
import { quote, reportCell, tabsWith } from "./rule-helpers";

export default defineRule({
  id: "role.unknown",
  severity: "warning",
  scope: "cell",
  description:
    "Initiator and each Receiver (separated by ; , or line breaks) should be a role from the workbook's Roles tab, or the default NEM roles when it has none. A role's plural (\"DNSPs\") and a name with the same role in brackets (\"AEMO (Market Operator)\") are read as that role.",
  messages: {
    severalRoles: "One cell holds several roles without separators.",
    unknownRole: "The role is not in the Roles tab or the default NEM roles.",
  },
  check({ book, roles }, reporter) {
    const receivers = new BoundedMemo<string[]>(); // the same receiver lists recur on many rows
    const known = new BoundedMemo<boolean>(); // and so do the roles in them
    const isRole = (name: string) => known.get(name, () => readRole(roles, name) !== undefined);
    const source = book.roles === undefined ? "the default NEM roles" : `the ${book.roles.sheet} tab`;
    const namesOf = (key: "initiator" | "receiver", value: string): string[] =>
      key === "receiver" ? receivers.get(value, () => splitList(value)) : value === "" ? [] : [value];
    for (const tab of tabsWith<"initiator" | "receiver">(book, ["categorisation"])) {
      for (const key of ["initiator", "receiver"] as const) {
        // The raw text keeps the line breaks that separate several receivers; each distinct cell is
        // judged once, and only the rows with a name that is not a role are visited.
        const form = key === "receiver" ? "raw" : "text";
        const unknown = (value: string) => namesOf(key, value).some((name) => !isRole(name));
        for (const row of rowsWhere(tab, key, form, unknown)) {
          for (const name of namesOf(key, form === "raw" ? row.raw[key] : row.text[key])) {
            if (isRole(name)) continue;
            // "DNSP / Retailer": known roles joined by a separator the list doesn't use.
            const parts = name.split(/\s*(?:\/|&|\+|\band\b)\s*/i).filter((part) => part !== "");
            if (parts.length > 1 && parts.every(isRole)) {
              const listed = parts.join("; ");
              reportCell(reporter, tab, row, key, { messageId: "severalRoles", message: `${quote(name)} looks like several roles; separate them with ";" (${quote(listed)}).` }, listed, row.text[key] === name ? "review" : undefined);
              continue;
            }
            const near = roles.suggest(name)?.name;
            const hint = near === undefined ? "" : ` Did you mean ${quote(near)}?`;
            reportCell(reporter, tab, row, key, { messageId: "unknownRole", message: `${quote(name)} is not a role in ${source}.${hint}` }, near, row.text[key] === name ? "review" : undefined);
          }
        }
      }
    }
  },
});
