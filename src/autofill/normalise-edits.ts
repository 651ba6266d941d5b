/**
 * With normalise: closed-vocabulary values that differ from their canonical spelling only in case
 * or spacing ("public", "System  to system", " Operate") are rewritten to it, as edits of their own
 * kind. Aliases and abbreviations (S2S, DNSP) are left as typed: they are the analyst's choice, and
 * spelling.non-canonical already suggests the long form. Use Case Group has its own rule (code or
 * name, see use-case-group-fill.ts).
 */
import type { ReferenceModel } from "../model/reference-model";
import { vocabularyKey } from "../model/text-normalise";
import { closedColumns, type ClosedColumn } from "../rules/utils/closed-vocabulary-columns";
import { quote, tabsWith } from "../rules/utils/rule-helpers";
import type { ParsedWorkbook } from "../sheets/parsed-workbook";
import type { PlanBuilder } from "./plan-builder";

/** Capability-model columns: closed too, though not listed in closedColumns (their rules are richer). */
const capabilityColumns: ReadonlyArray<{
  column: string;
  canonical: (model: ReferenceModel, raw: string) => string | undefined;
}> = [
  { column: "capability", canonical: (model, raw) => model.capabilities.byName(raw)[0]?.name },
  {
    column: "capabilityGroup",
    canonical: (model, raw) => model.capabilities.byName(raw).find((c) => c.level === 2)?.name,
  },
  { column: "domain", canonical: (model, raw) => model.capabilities.domainByName(raw)?.name },
];

export function planNormaliseEdits(builder: PlanBuilder, book: ParsedWorkbook, model: ReferenceModel): void {
  for (const closed of Object.values(closedColumns) as ClosedColumn[]) {
    if (closed.column === "useCaseGroup") continue;
    const vocabulary = closed.vocabulary(model);
    for (const tab of tabsWith<string>(book, closed.tabs)) {
      if (tab.columns[closed.column] === undefined) continue;
      for (const row of tab.rows) {
        const raw = row.raw[closed.column] ?? "";
        if (row.text[closed.column] === "") continue;
        const match = vocabulary.match(raw);
        if (match?.kind !== "variant") continue;
        builder.normalise(
          tab,
          row,
          closed.column,
          match.term.name,
          `${quote(raw.trim())} is the ${vocabulary.label} ${quote(match.term.name)}.`,
        );
      }
    }
  }
  for (const { column, canonical } of capabilityColumns) {
    for (const tab of tabsWith<string>(book, ["categorisation", "gaps"])) {
      if (tab.columns[column] === undefined) continue;
      for (const row of tab.rows) {
        const raw = row.raw[column] ?? "";
        if (row.text[column] === "") continue;
        const name = canonical(model, raw);
        // Only a case/spacing variant: "4.3 Operate networks" in a name column is not rewritten.
        if (name === undefined || raw === name || vocabularyKey(raw) !== vocabularyKey(name)) continue;
        builder.normalise(
          tab,
          row,
          column,
          name,
          `${quote(raw.trim())} is spelt ${quote(name)} in the capability model.`,
        );
      }
    }
  }
}
