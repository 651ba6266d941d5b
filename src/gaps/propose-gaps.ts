/**
 * Proposed Distinct Gap Analysis rows from the quality issues of Data Categorisation: one per
 * distinct information object and issue (Quality "Issues", matched as the quality vocabulary
 * matches, so " issues " counts; the issue is the Quality Rationale). Objects and issues are compared
 * ignoring case and spacing, as the object-consistency rules group rows. Each proposal gets the next
 * free Gap ID in the workbook's pattern (next-gap-id.ts) and a row below the tab's last used row, and
 * pre-fills what Data Categorisation knows: Use Case (several joined with "; "), Information Object,
 * Information Category and Capability ID / Capability / Domain (each only when the rows agree),
 * Gap Description (the rationale) and Evidence (the rows it came from). Gap Type, Capability Status
 * and Major Outcome are the consultant's judgement and stay empty. An issue an existing gap already
 * records (gap-coverage.ts: the same issue, or the same object for the same use case and
 * capability, whatever its words) is listed as covered instead. Pure: nothing is read or written.
 */
import { capabilityOfCells } from "../autofill/capability-fill";
import type { ReferenceModel } from "../model/reference-model";
import { cleanText, splitList } from "../model/text-normalise";
import type { ParsedRow, ParsedTab } from "../sheets/parsed-tab";
import type { ParsedWorkbook } from "../sheets/parsed-workbook";
import type { CategorisationColumn, GapColumn } from "../sheets/tab-definitions";
import { gapsTab } from "../sheets/tab-definitions";
import { coveringGap, gapsByObject } from "./gap-coverage";
import { nextGapIds } from "./next-gap-id";
import { isStandIn } from "../sheets/column-dictionary";

export interface ProposedGap {
  gapId: string;
  /** The Distinct Gap Analysis row it goes in. */
  row: number;
  /** What each column gets; only non-empty values. */
  values: Partial<Record<GapColumn, string>>;
  /** The Data Categorisation rows it comes from. */
  sourceRows: number[];
}

export interface CoveredIssue {
  informationObject: string;
  issue: string;
  /** The existing gap that already records it. */
  gapId: string;
  sourceRows: number[];
}

export interface GapProposal {
  /** The Distinct Gap Analysis tab's name in this workbook. */
  sheet: string;
  gaps: ProposedGap[];
  /** Issues an existing gap already records: not proposed again. */
  covered: CoveredIssue[];
  /** Rows with Quality Issues but no Quality Rationale: their gap waits until one says what the issue is. */
  withoutRationale: number[];
}

export const MISSING_GAPS_TAB =
  'This workbook has no "Distinct Gap Analysis" tab to add gaps to: add the missing tabs first (Workbook view).';

/** The workbook lacks what a proposal needs; the message says what to add. */
export class CannotProposeGapsError extends Error {
  override readonly name = "CannotProposeGapsError";
}

type SourceRow = ParsedRow<CategorisationColumn>;

interface IssueGroup {
  informationObject: string;
  issue: string;
  rows: SourceRow[];
}

/**
 * `withoutTab`: a workbook without a Distinct Gap Analysis tab gets the gaps it would hold once the
 * tab is added (headers in row 1, gaps from row 2, G01 onwards), to list; they cannot be written.
 */
export function proposeGaps(
  book: ParsedWorkbook,
  model: ReferenceModel,
  options: { withoutTab?: boolean } = {},
): GapProposal {
  const { categorisation, gaps } = book;
  if (categorisation === undefined)
    throw new CannotProposeGapsError('This workbook has no "Data Categorisation" tab to find quality issues in.');
  if (gaps === undefined && options.withoutTab !== true) throw new CannotProposeGapsError(MISSING_GAPS_TAB);
  if (
    gaps !== undefined &&
    (gaps.headerRow === undefined || gaps.columns.gapId === undefined || gaps.columns.gapDescription === undefined)
  ) {
    throw new CannotProposeGapsError(
      `"${gaps.sheet}" needs its Gap ID and Gap Description columns before gaps can be added: map them in the Workbook view.`,
    );
  }
  if (categorisation.columns.quality === undefined || categorisation.columns.informationObject === undefined) {
    throw new CannotProposeGapsError(
      `"${categorisation.sheet}" needs its Quality and Information Object columns to find quality issues.`,
    );
  }

  const { groups, withoutRationale } = issueGroups(categorisation, model);
  const covered: CoveredIssue[] = [];
  const open: IssueGroup[] = [];
  const capabilityOfGap = (row: ParsedRow<GapColumn>) =>
    capabilityOfCells(model.capabilities, row.text.capabilityId, row.text.capability)?.capability.id;
  const recorded = gaps === undefined ? undefined : gapsByObject(gaps);
  for (const group of groups) {
    const scope = { useCases: useCasesOf(group), capabilityId: capabilityOfGroup(group, model)?.id, capabilityOfGap };
    const gap = recorded === undefined ? undefined : coveringGap(recorded, group.informationObject, group.issue, scope);
    if (gap === undefined) open.push(group);
    else
      covered.push({
        informationObject: group.informationObject,
        issue: group.issue,
        gapId: gap.text.gapId,
        sourceRows: group.rows.map((r) => r.row),
      });
  }

  const existing = (gaps?.rows ?? []).map((row) => row.text.gapId).filter((id) => id !== "");
  // Ids an option already names (a gap not yet recorded) are not handed to a new gap either.
  const named = (book.options?.rows ?? []).flatMap((row) => splitList(row.raw.gapIds));
  const ids = nextGapIds(existing, open.length, named);
  const firstRow = gaps === undefined ? 2 : Math.max(gaps.lastRow ?? 0, gaps.headerRow ?? 1) + 1;
  const proposals = open.map((group, index): ProposedGap => {
    const gapId = ids[index] ?? "";
    return {
      gapId,
      row: firstRow + index,
      values: prefilled(group, gapId, categorisation.sheet, model),
      sourceRows: group.rows.map((r) => r.row),
    };
  });
  return { sheet: gaps?.sheet ?? gapsTab.name, gaps: proposals, covered, withoutRationale };
}

/** The rows with Quality Issues, grouped by object and issue in the order they first appear. */

/** What the pane and the CLI say of the rows with Quality "Issues" but no rationale (no gap is proposed for them). */
export function withoutRationaleSentence(rows: readonly number[]): string {
  return `Quality is Issues without a Quality Rationale on Data Categorisation row${rows.length === 1 ? "" : "s"} ${rows.join(", ")}: say what the issue is to propose its gap.`;
}
function issueGroups(
  tab: ParsedTab<CategorisationColumn>,
  model: ReferenceModel,
): { groups: IssueGroup[]; withoutRationale: number[] } {
  const groups = new Map<string, IssueGroup>();
  const withoutRationale: number[] = [];
  for (const row of tab.rows) {
    if (row.text.quality === "" || model.qualities.match(row.text.quality)?.term.name !== "Issues") continue;
    if (row.text.informationObject === "") continue; // nothing to name the gap after; required.missing says so
    if (row.text.qualityRationale === "" || isStandIn(row.text.qualityRationale)) {
      withoutRationale.push(row.row);
      continue;
    }
    // `text` is cleaned already: lower-casing compares ignoring case and spacing.
    const key = `${row.text.informationObject.toLowerCase()}\u0000${row.text.qualityRationale.toLowerCase()}`;
    const group = groups.get(key);
    if (group === undefined)
      groups.set(key, { informationObject: row.text.informationObject, issue: row.text.qualityRationale, rows: [row] });
    else group.rows.push(row);
  }
  return { groups: [...groups.values()], withoutRationale };
}

function prefilled(
  group: IssueGroup,
  gapId: string,
  sourceSheet: string,
  model: ReferenceModel,
): Partial<Record<GapColumn, string>> {
  const values: Partial<Record<GapColumn, string>> = {
    gapId,
    gapDescription: group.issue,
    informationObject: group.informationObject,
  };
  const useCases = useCasesOf(group);
  if (useCases.length > 0) values.useCase = useCases.join("; ");
  const category = onlyValue(
    group.rows.map((row) =>
      row.text.informationCategory === ""
        ? undefined
        : model.information.categories.match(row.text.informationCategory)?.term.name,
    ),
  );
  if (category !== undefined) values.informationCategory = category;
  const capability = capabilityOfGroup(group, model);
  if (capability !== undefined) {
    values.capabilityId = capability.id;
    values.capability = capability.name;
    values.domain = capability.domain.name;
  }
  const rows = group.rows.map((row) => row.row);
  values.evidence = `${sourceSheet} row${rows.length > 1 ? "s" : ""} ${rows.join(", ")}`;
  return values;
}

/** Every use case of the issue's rows, each once. */
function useCasesOf(group: IssueGroup): string[] {
  return distinct(group.rows.flatMap((row) => splitList(row.raw.useCase, { commas: false })));
}

/** The capability every row of the issue names (by ID, else by name), if they agree on one. */
function capabilityOfGroup(group: IssueGroup, model: ReferenceModel) {
  return onlyValue(
    group.rows.map(
      (row) => capabilityOfCells(model.capabilities, row.text.capabilityId, row.text.capability)?.capability,
    ),
  );
}

/** Values in first-seen order, compared ignoring case and spacing. */
function distinct(values: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const value of values) {
    const text = cleanText(value);
    if (text !== "" && !seen.has(text.toLowerCase())) seen.set(text.toLowerCase(), text);
  }
  return [...seen.values()];
}

/**
 * The one value every row gives (rows that give none aside); undefined when they disagree or none
 * gives one: a guess would be worse than an empty cell the consultant fills.
 */
function onlyValue<T>(values: ReadonlyArray<T | undefined>): T | undefined {
  const known = values.filter((value): value is T => value !== undefined);
  const first = known[0];
  return known.every((value) => value === first) ? first : undefined;
}
