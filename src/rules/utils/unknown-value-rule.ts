/**
 * The shape shared by every "<column>.unknown" rule: a non-empty value that is not in the column's
 * closed vocabulary (nor a case/spacing variant or alias of one) is an error, with the value it
 * means suggested when it is a synonym of one ("Commercial in confidence" for Restricted), else the
 * nearest value when one is close.
 */
import type { ClosedColumn } from "./closed-vocabulary-columns";
import { rowsWhere } from "./column-values";
import { defineRule, type Rule, type RuleHeader } from "../../check/rule";
import { quote, reportCell, tabsWith } from "./rule-helpers";

export function unknownValueRule(header: RuleHeader, closed: ClosedColumn): Rule {
  return defineRule({
    ...header,
    severity: "error",
    scope: "cell",
    messages: {
      meaning: "The value is a synonym the framework defines for a value of the vocabulary.",
      unknown: "The value is not in the vocabulary (with the nearest value when one is close).",
    },
    check({ book, model }, reporter) {
      const vocabulary = closed.vocabulary(model);
      const allowed = listForMessage(vocabulary.names);
      for (const tab of tabsWith<string>(book, closed.tabs)) {
        if (tab.columns[closed.column] === undefined) continue;
        // Each distinct value is judged once; only the rows of unknown ones are visited.
        for (const row of rowsWhere(
          tab,
          closed.column,
          "text",
          (value) => value !== "" && vocabulary.match(value) === undefined,
        )) {
          const value = row.text[closed.column] ?? "";
          const meant = vocabulary.meaning(value);
          if (meant !== undefined) {
            // The whole definition: it is the reason the value is meant.
            const definition = meant.description === undefined ? "" : ` ("${meant.description}")`;
            const message = `${quote(value)} is not a known ${vocabulary.label}, but it is what ${quote(meant.name)} means${definition}: use ${quote(meant.name)}.`;
            reportCell(reporter, tab, row, closed.column, { messageId: "meaning", message }, meant.name, "review");
            continue;
          }
          const suggestion = vocabulary.suggest(value)?.name;
          const hint = suggestion === undefined ? ` Expected ${allowed}.` : ` Did you mean ${quote(suggestion)}?`;
          reportCell(
            reporter,
            tab,
            row,
            closed.column,
            { messageId: "unknown", message: `${quote(value)} is not a known ${vocabulary.label}.${hint}` },
            suggestion,
            "review",
          );
        }
      }
    },
  });
}

/** "one of A, B or C", or a count when the list is long. */
function listForMessage(names: readonly string[]): string {
  if (names.length > 6) return `one of the ${names.length} values of the framework`;
  const quoted = names.map(quote);
  return `one of ${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1] ?? ""}`;
}
