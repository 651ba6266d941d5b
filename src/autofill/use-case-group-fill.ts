/**
 * Use Case Group on Data Categorisation. An empty cell is filled from the other rows of the same
 * Use Case when they all name one group. Workbooks write the group either as its code ("OTN") or as
 * its name; the fill follows whichever the column mostly holds, so a column of codes gets a code.
 * With normalise, a variant or alias is rewritten: "otn" -> "OTN", "Planning & Oversight" -> the
 * column's form of that group. Exact codes and exact names are both canonical and stay.
 */
import type { ClosedVocabulary } from "../model/closed-vocabulary";
import type { ReferenceModel, UseCaseGroup } from "../model/reference-model";
import { vocabularyKey } from "../model/text-normalise";
import { quote } from "../rules/utils/rule-helpers";
import type { ParsedTab } from "../sheets/parsed-tab";
import type { CategorisationColumn } from "../sheets/tab-definitions";
import type { PlanBuilder } from "./plan-builder";

export type GroupForm = "code" | "name";

/** Whether the column mostly holds codes or names (names on a tie, and in an empty column). */
export function groupFormOfColumn(
  groups: ClosedVocabulary<UseCaseGroup>,
  tab: ParsedTab<CategorisationColumn>,
): GroupForm {
  let codes = 0;
  let names = 0;
  for (const row of tab.rows) {
    const text = row.text.useCaseGroup;
    const group = text === "" ? undefined : groups.match(text)?.term;
    if (group === undefined) continue;
    if (vocabularyKey(text) === vocabularyKey(group.code)) codes++;
    else if (vocabularyKey(text) === vocabularyKey(group.name)) names++;
  }
  return codes > names ? "code" : "name";
}

function written(group: UseCaseGroup, form: GroupForm): string {
  return form === "code" ? group.code : group.name;
}

/** Use case (compared ignoring case and spacing) -> the groups its rows name. */
function groupsByUseCase(
  groups: ClosedVocabulary<UseCaseGroup>,
  tab: ParsedTab<CategorisationColumn>,
): Map<string, Set<UseCaseGroup>> {
  const byUseCase = new Map<string, Set<UseCaseGroup>>();
  for (const row of tab.rows) {
    const group = row.text.useCaseGroup === "" ? undefined : groups.match(row.text.useCaseGroup)?.term;
    if (group === undefined || row.text.useCase === "") continue;
    const key = vocabularyKey(row.text.useCase);
    const set = byUseCase.get(key) ?? new Set<UseCaseGroup>();
    set.add(group);
    byUseCase.set(key, set);
  }
  return byUseCase;
}

export function planUseCaseGroupFills(
  builder: PlanBuilder,
  model: ReferenceModel,
  tab: ParsedTab<CategorisationColumn>,
): void {
  if (tab.columns.useCaseGroup === undefined) return;
  const groups = model.useCaseGroups;
  const form = groupFormOfColumn(groups, tab);
  const byUseCase = groupsByUseCase(groups, tab);
  for (const row of tab.rows) {
    if (row.text.useCase === "") continue;
    const named = byUseCase.get(vocabularyKey(row.text.useCase));
    const only = named !== undefined && named.size === 1 ? [...named][0] : undefined;
    if (only === undefined) continue;
    builder.fill(tab, row, "useCaseGroup", {
      value: written(only, form),
      source: `the other rows of Use Case ${quote(row.text.useCase)}`,
      agrees: (existing) => groups.match(existing)?.term === only,
    });
  }
}

export function planUseCaseGroupNormalise(
  builder: PlanBuilder,
  model: ReferenceModel,
  tab: ParsedTab<CategorisationColumn>,
): void {
  if (tab.columns.useCaseGroup === undefined) return;
  const groups = model.useCaseGroups;
  const form = groupFormOfColumn(groups, tab);
  for (const row of tab.rows) {
    const raw = row.raw.useCaseGroup;
    const group = row.text.useCaseGroup === "" ? undefined : groups.match(raw)?.term;
    if (group === undefined || raw === group.code || raw === group.name) continue;
    const key = vocabularyKey(raw);
    const value =
      key === vocabularyKey(group.code)
        ? group.code
        : key === vocabularyKey(group.name)
          ? group.name
          : written(group, form);
    builder.normalise(tab, row, "useCaseGroup", value, `${quote(raw)} is Use Case Group ${quote(value)}.`);
  }
}
