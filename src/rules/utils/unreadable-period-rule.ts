/**
 * The shape shared by frequency.unreadable and latency.unreadable: a period column whose value is
 * neither a period nor the column's own keyword ("On demand", "As per frequency"). The two differ
 * only in their column, their keyword, and what to say when the value is the other column's keyword.
 */
import type { FixApplicability } from "../../check/finding";
import { rowsWhere } from "./column-values";
import { periodColumns, type PeriodColumn } from "./period-columns";
import { bareNumberMessage, PERIOD_EXPECTED } from "./period-messages";
import { defineRule, type Rule, type RuleHeader } from "../../check/rule";
import { quote, reportCell, tabsWith } from "./rule-helpers";

type KeywordKind = "on-demand" | "as-per-frequency";

export interface UnreadablePeriodColumn extends RuleHeader {
  key: PeriodColumn;
  /** The column's canonical header: "Minimum Frequency". */
  header: string;
  /** "frequency", "latency": what the message calls a value of the column. */
  word: string;
  /** The keyword the column takes besides a period. */
  keyword: { kind: KeywordKind; text: string };
  /** The other period column's keyword in this column: what to say, and the fix when there is one. */
  otherKeyword: {
    kind: KeywordKind;
    message: (quoted: string) => string;
    fix?: { value: string; applicability: FixApplicability };
  };
}

export const unreadablePeriodMessages = {
  otherKeyword:
    "The value is the other period column's keyword (On demand in Latency, As per frequency in Minimum Frequency).",
  bareNumber: "A number without a unit, in a column whose header names none.",
  unreadable: "Neither a period nor the column's keyword.",
} as const;

export function unreadablePeriodRule(column: UnreadablePeriodColumn): Rule {
  const { key, keyword, otherKeyword } = column;
  return defineRule({
    id: column.id,
    title: column.title,
    severity: "error",
    scope: "cell",
    description: column.description,
    messages: unreadablePeriodMessages,
    check({ book, model }, reporter) {
      for (const tab of tabsWith<PeriodColumn>(book, ["categorisation"])) {
        const periods = periodColumns(tab, model);
        const readable = (value: string) => {
          const kind = periods.readText(value, key)?.kind;
          return kind === "period" || kind === keyword.kind;
        };
        // Each distinct value is judged once (column-values.ts); only the rows of unreadable ones are visited.
        for (const row of rowsWhere(tab, key, "text", (value) => value !== "" && !readable(value))) {
          const value = row.text[key];
          if (periods.read(row, key)?.kind === otherKeyword.kind) {
            const message = { messageId: "otherKeyword", message: otherKeyword.message(quote(value)) };
            reportCell(reporter, tab, row, key, message, otherKeyword.fix?.value, otherKeyword.fix?.applicability);
          } else if (model.periods.isBareNumber(value)) {
            reportCell(reporter, tab, row, key, {
              messageId: "bareNumber",
              message: bareNumberMessage(value, column.header),
            });
          } else {
            const message = `${quote(value)} is not a ${column.word} the framework can read: expected ${PERIOD_EXPECTED} or "${keyword.text}".`;
            reportCell(reporter, tab, row, key, { messageId: "unreadable", message });
          }
        }
      }
    },
  });
}
