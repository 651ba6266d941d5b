/** The check behind gap.duplicate-id and option.duplicate-id: an id column whose ids must be unique. */
import type { ParsedRow } from "../../sheets/parsed-tab";
import { idKey } from "./id-keys";
import { defineRule, type Rule, type RuleHeader } from "../../check/rule";
import { quote, reportCell, tabsWith } from "./rule-helpers";
import { otherRows } from "./row-list";

export function duplicateIdRule<K extends "gapId" | "optionId">(
  header: RuleHeader,
  tab: "gaps" | "options",
  column: K,
): Rule {
  return defineRule({
    ...header,
    severity: "error",
    scope: "rows",
    messages: { duplicateId: "The id is used on another row of the tab." },
    check({ book }, reporter) {
      for (const parsed of tabsWith<K>(book, [tab])) {
        const byId = new Map<string, ParsedRow<K>[]>();
        for (const row of parsed.rows) {
          const value = row.text[column];
          if (value === "") continue;
          const rows = byId.get(idKey(value));
          if (rows === undefined) byId.set(idKey(value), [row]);
          else rows.push(row);
        }
        for (const rows of byId.values()) {
          if (rows.length < 2) continue;
          for (const row of rows) {
            const others = otherRows(rows, row).list;
            reportCell(
              reporter,
              parsed,
              row,
              column,
              `${quote(row.text[column])} is used again on row${rows.length > 2 ? "s" : ""} ${others}; each id must be unique.`,
            );
          }
        }
      }
    },
  });
}
