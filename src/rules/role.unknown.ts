/** role.unknown: an Initiator or Receiver role is not in the role vocabulary. */
import { BoundedMemo } from "../model/bounded-memo";
import { readRole, splitRoles } from "../model/role-reading";
import { rowsWhere } from "./utils/column-values";
import { defineRule } from "../check/rule";
import { quote, reportCell, tabsWith } from "./utils/rule-helpers";

export default defineRule({
  id: "role.unknown",
  title: "Role not in the role list",
  severity: "warning",
  scope: "cell",
  description:
    'Each Initiator and Receiver role (several separated by ; , or line breaks, or joined by & + / or "and") should be a role from the workbook\'s Roles tab, or the default NEM roles when it has none. A role\'s plural ("DNSPs") and a name with the same role in brackets ("AEMO (Market Operator)") are read as that role.',
  messages: { unknownRole: "The role is not in the Roles tab or the default NEM roles." },
  check({ book, roles }, reporter) {
    const lists = new BoundedMemo<string[]>(); // the same role lists recur on many rows
    const known = new BoundedMemo<boolean>(); // and so do the roles in them
    const isRole = (name: string) => known.get(name, () => readRole(roles, name) !== undefined);
    const source = book.roles === undefined ? "the default NEM roles" : `the ${book.roles.sheet} tab`;
    const namesOf = (value: string): string[] => lists.get(value, () => splitRoles(roles, value));
    for (const tab of tabsWith<"initiator" | "receiver">(book, ["categorisation"])) {
      for (const key of ["initiator", "receiver"] as const) {
        // The raw text keeps the line breaks that separate several roles; each distinct cell is
        // judged once, and only the rows with a name that is not a role are visited.
        const unknown = (value: string) => namesOf(value).some((name) => !isRole(name));
        for (const row of rowsWhere(tab, key, "raw", unknown)) {
          for (const name of namesOf(row.raw[key])) {
            if (isRole(name)) continue;
            const near = roles.suggest(name)?.name;
            const hint = near === undefined ? "" : ` Did you mean ${quote(near)}?`;
            reportCell(
              reporter,
              tab,
              row,
              key,
              { messageId: "unknownRole", message: `${quote(name)} is not a role in ${source}.${hint}` },
              near,
              row.text[key] === name ? "review" : undefined,
            );
          }
        }
      }
    }
  },
});
