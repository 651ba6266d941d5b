/**
 * The check behind object.category-inconsistent and object.sensitivity-inconsistent: every row of
 * the same information object (compared ignoring case and spacing) should give the same value in a
 * column. Each disagreeing row is reported, naming the rows that say otherwise and suggesting the
 * value most rows give.
 */
import type { ClosedVocabulary } from "../../model/closed-vocabulary";
import type { ParsedRow } from "../../sheets/parsed-tab";
import type { Rule, RuleContext, RuleHeader, Reporter } from "../../check/rule";
import { defineRule } from "../../check/rule";
import { quote, reportCell, tabsWith } from "./rule-helpers";
import { objectsWithSeveralRows } from "./rows-by-object";
import { rowList } from "./row-list";
import { isStandIn } from "../../sheets/column-dictionary";

type Column = "informationCategory" | "sensitivity";

export function objectConsistencyRule(
  header: RuleHeader,
  column: Column,
  label: string,
  vocabulary: (context: RuleContext) => ClosedVocabulary,
): Rule {
  return defineRule({
    ...header,
    severity: "warning",
    scope: "rows",
    messages: { inconsistent: "Rows of one information object disagree on the column." },
    check(context: RuleContext, reporter: Reporter) {
      const known = vocabulary(context);
      for (const tab of tabsWith<"informationObject" | Column>(context.book, ["categorisation"])) {
        // Most objects appear once: only those with several rows can disagree.
        for (const objectRows of objectsWithSeveralRows(tab)) {
          // Rows whose object is a placeholder ("TBC", "N/A") name no object: required.missing says so.
          if (isStandIn(objectRows[0]?.text.informationObject ?? "")) continue;
          if (allAgree(objectRows, column, known)) continue; // the usual case: nothing to build
          // canonical value -> rows giving it
          const values = new Map<string, ParsedRow<"informationObject" | Column>[]>();
          for (const row of objectRows) {
            // Unknown values are their own rule's business: compare only values the framework knows.
            const canonical = row.text[column] === "" ? undefined : known.match(row.text[column])?.term.name;
            if (canonical === undefined) continue;
            const valueKey = canonical.toLowerCase();
            const rows = values.get(valueKey);
            if (rows === undefined) values.set(valueKey, [row]);
            else rows.push(row);
          }
          if (values.size < 2) continue;
          const ranked = [...values.values()].sort((a, b) => b.length - a.length);
          const majority =
            ranked[0] !== undefined && ranked[0].length > (ranked[1]?.length ?? 0) ? ranked[0] : undefined;
          for (const rows of ranked) {
            const mine = rows[0]?.text[column] ?? "";
            const others = ranked
              .filter((r) => r !== rows)
              .map((r) => `${quote(r[0]?.text[column] ?? "")} on row${r.length > 1 ? "s" : ""} ${rowList(r)}`)
              .join(" and ");
            for (const row of rows) {
              const suggestion =
                majority !== undefined && majority !== rows
                  ? known.match(majority[0]?.text[column] ?? "")?.term.name
                  : undefined;
              reportCell(
                reporter,
                tab,
                row,
                column,
                `Information object ${quote(row.text.informationObject)} has ${label} ${quote(mine)} here but ${others}.`,
                suggestion,
                "review",
              );
            }
          }
        }
      }
    },
  });
}

/** Whether every known value the rows give in `column` is the same term (unknown and empty values aside). */
function allAgree(
  rows: readonly ParsedRow<"informationObject" | Column>[],
  column: Column,
  known: ClosedVocabulary,
): boolean {
  let first: unknown;
  for (const row of rows) {
    const value = row.text[column];
    if (value === "") continue;
    const term = known.match(value)?.term;
    if (term === undefined) continue;
    if (first === undefined) first = term;
    else if (term !== first) return false;
  }
  return true;
}
