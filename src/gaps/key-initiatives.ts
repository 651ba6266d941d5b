/**
 * The Key Initiatives view: Options rows grouped by Key Initiative, each initiative with its options,
 * the gaps they close (each gap's description, or that no such gap exists) and its priority use
 * cases; the gaps no option closes listed on their own. Initiatives are compared ignoring case and
 * spacing and shown as first spelt; a cell naming several (separated by ";" or line breaks) puts the
 * option under each; options without one go under "No initiative", last. Gap ID cells are read as
 * option.unknown-gap and coverage.gap-without-option read them ("G01; G02", "G02-G04").
 * Priority use cases: a Priority Use Case cell that says yes ("Yes", "Y", "True", "x") makes the
 * option's Use Case(s) priority ones; one that names use cases is those; "No" or empty, none.
 * Pure: built from a parsed workbook.
 */
import { cleanText, splitList, tidiedKey, vocabularyKey } from "../model/text-normalise";
import { readGapIdList } from "../rules/utils/gap-id-list";
import { idKey } from "../rules/utils/id-keys";
import type { ParsedWorkbook } from "../sheets/parsed-workbook";

export const NO_INITIATIVE = "No initiative";

export interface ClosedGap {
  /** As the option names it. */
  gapId: string;
  /** The gap's description on Distinct Gap Analysis; "" when the gap does not exist there. */
  description: string;
  exists: boolean;
}

export interface InitiativeOption {
  optionId: string;
  description: string;
  /** Its row on the Options tab. */
  row: number;
  gaps: ClosedGap[];
}

export interface KeyInitiative {
  /** As first spelt; NO_INITIATIVE for options without one. */
  name: string;
  named: boolean;
  options: InitiativeOption[];
  /** The gaps its options close, each once, in the order first named. */
  gaps: ClosedGap[];
  priorityUseCases: string[];
}

export interface UnclosedGap {
  gapId: string;
  description: string;
  /** Its row on Distinct Gap Analysis. */
  row: number;
}

export interface KeyInitiatives {
  /** The Options tab's name; undefined when the workbook has none. */
  optionsSheet?: string;
  gapsSheet?: string;
  initiatives: KeyInitiative[];
  /** Gaps of Distinct Gap Analysis that no option closes. */
  gapsWithoutOption: UnclosedGap[];
}

const YES = new Set(["yes", "y", "true", "x", "✓", "✔", "1"]);
const NO = new Set(["no", "n", "false", "0", "-", "n/a"]);

export function keyInitiatives(book: ParsedWorkbook): KeyInitiatives {
  const descriptions = new Map<string, string>();
  for (const row of book.gaps?.rows ?? [])
    if (row.text.gapId !== "") descriptions.set(idKey(row.text.gapId), row.text.gapDescription);
  const isKnown = (id: string) => descriptions.has(idKey(id));
  const closedIds = new Set<string>();
  const groups = new Map<string, KeyInitiative>();
  const unnamed: KeyInitiative = { name: NO_INITIATIVE, named: false, options: [], gaps: [], priorityUseCases: [] };

  for (const row of book.options?.rows ?? []) {
    const gaps = readGapIdList(row.raw.gapIds, isKnown).map((item): ClosedGap => {
      const gapId = item.kind === "id" ? item.id : item.text;
      const description = item.kind === "id" ? descriptions.get(idKey(item.id)) : undefined;
      if (description !== undefined) closedIds.add(idKey(gapId));
      return { gapId, description: description ?? "", exists: description !== undefined };
    });
    const option: InitiativeOption = {
      optionId: row.text.optionId,
      description: row.text.optionDescription,
      row: row.row,
      gaps,
    };
    const names = splitList(row.raw.keyInitiative, { commas: false });
    const targets = names.length === 0 ? [unnamed] : names.map((name) => groupOf(groups, name));
    for (const initiative of targets) {
      initiative.options.push(option);
      for (const gap of gaps)
        if (!initiative.gaps.some((g) => idKey(g.gapId) === idKey(gap.gapId))) initiative.gaps.push(gap);
      for (const useCase of priorityUseCases(row.raw.priorityUseCase, row.raw.useCase)) {
        if (!initiative.priorityUseCases.some((u) => vocabularyKey(u) === vocabularyKey(useCase)))
          initiative.priorityUseCases.push(useCase);
      }
    }
  }
  const gapsWithoutOption = (book.gaps?.rows ?? [])
    .filter((row) => row.text.gapId !== "" && !closedIds.has(idKey(row.text.gapId)))
    .map((row) => ({ gapId: row.text.gapId, description: row.text.gapDescription, row: row.row }));
  const initiatives = [...groups.values(), ...(unnamed.options.length > 0 ? [unnamed] : [])];
  return {
    ...(book.options === undefined ? {} : { optionsSheet: book.options.sheet }),
    ...(book.gaps === undefined ? {} : { gapsSheet: book.gaps.sheet }),
    initiatives,
    gapsWithoutOption,
  };
}

function groupOf(groups: Map<string, KeyInitiative>, name: string): KeyInitiative {
  const key = vocabularyKey(name);
  let group = groups.get(key);
  if (group === undefined) {
    group = { name: cleanText(name), named: true, options: [], gaps: [], priorityUseCases: [] };
    groups.set(key, group);
  }
  return group;
}

/** The priority use cases an option's cells give (see the file's comment). */
export function priorityUseCases(priorityCell: string, useCaseCell: string): string[] {
  const flag = tidiedKey(vocabularyKey(priorityCell));
  if (flag === "" || NO.has(flag)) return [];
  if (YES.has(flag)) return splitList(useCaseCell, { commas: false });
  return splitList(priorityCell, { commas: false });
}
