/** reference.unknown-use-case: a gap or option names a use case that Data Categorisation lacks. */
import { splitList, tidiedKey, vocabularyKey } from "../model/text-normalise";
import { absentFrom, categorisationIndex } from "./utils/categorisation-index";
import { defineRule } from "../check/rule";
import { reportCell, tabsWith } from "./utils/rule-helpers";

// Options' Priority Use Case may be a flag on the option's Use Case instead of a name (not from the
// framework: how workbooks mark it).
export const PRIORITY_FLAGS: ReadonlySet<string> = new Set([
  "yes",
  "no",
  "y",
  "n",
  "true",
  "false",
  "x",
  "✓",
  "✔",
  "-",
  "n/a",
]);

export default defineRule({
  id: "reference.unknown-use-case",
  title: "Use case not in Data Categorisation",
  severity: "warning",
  scope: "tabs",
  description:
    "Use cases named in Distinct Gap Analysis and Options (several separated by ; or line breaks), and Options' Priority Use Case when it names one rather than flags the row (Yes/No), should be use cases of Data Categorisation.",
  messages: {
    unknownUseCase: "The gap's Use Case is on no Data Categorisation row.",
    unknownPriorityUseCase: "The option's Priority Use Case is on no Data Categorisation row.",
  },
  check({ book }, reporter) {
    const index = categorisationIndex(book);
    if (index === undefined) return;
    for (const tab of tabsWith<"useCase">(book, ["gaps", "options"])) {
      for (const row of tab.rows) {
        if (row.text.useCase === "") continue;
        for (const useCase of splitList(row.raw.useCase, { commas: false })) {
          if (index.useCases.has(useCase)) continue;
          const { message, suggestion } = absentFrom(index.useCases, index.sheet, "Use case", useCase);
          reportCell(reporter, tab, row, "useCase", { messageId: "unknownUseCase", message }, suggestion, "review");
        }
      }
    }
    for (const tab of tabsWith<"priorityUseCase">(book, ["options"])) {
      for (const row of tab.rows) {
        if (row.text.priorityUseCase === "" || PRIORITY_FLAGS.has(tidiedKey(vocabularyKey(row.text.priorityUseCase))))
          continue;
        for (const useCase of splitList(row.raw.priorityUseCase, { commas: false })) {
          if (index.useCases.has(useCase)) continue;
          const { message, suggestion } = absentFrom(index.useCases, index.sheet, "Priority use case", useCase);
          reportCell(
            reporter,
            tab,
            row,
            "priorityUseCase",
            { messageId: "unknownPriorityUseCase", message },
            suggestion,
          );
        }
      }
    }
  },
});
