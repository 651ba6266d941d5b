/**
 * Waivers, after ESLint's suppressions file: a reviewer accepts a finding with a reason, and the
 * acceptance is kept by what the finding is about, not where it sits. A waiver names the rule, the
 * tab, the column and the row's identity: its key cells (use case, activity and information object
 * on Data Categorisation; Gap ID; Option ID), cleaned and lower-cased. Sorting the tab, inserting
 * rows above or deleting other rows move a row without changing those cells, so the waiver still
 * finds its finding; editing a key cell makes it another row, and the waiver goes stale. Pure: the
 * workflows read and write the waivers (src/workflows/review/waivers.ts).
 */
import type { ParsedWorkbook } from "../sheets/parsed-workbook";
import type { ParsedRow, ParsedTab } from "../sheets/parsed-tab";
import type { Finding, TabId, Waiver, WaiverNote } from "./finding";

/** The key cells that identify a row of each tab. */
export const identityColumns: Readonly<Record<TabId, readonly string[]>> = {
  categorisation: ["useCase", "activity", "informationObject"],
  gaps: ["gapId"],
  options: ["optionId"],
};

/** A row's identity: its key cells (identityColumns), cleaned and lower-cased, as waivers, baselines and the diff key rows. */
export function rowIdentity(tab: TabId, row: Pick<ParsedRow, "text">): string[] {
  return identityColumns[tab].map((k) => (row.text[k] ?? "").toLowerCase());
}

/** A waiver's identity as one string: equal for the same rule, tab, column and row key. */
export function waiverId(waiver: Pick<Waiver, "rule" | "tab" | "column" | "key">): string {
  return JSON.stringify([waiver.rule, waiver.tab, waiver.column, ...waiver.key]);
}

function tabsOf(book: ParsedWorkbook): ParsedTab[] {
  return [book.categorisation, book.gaps, book.options].filter(
    (tab): tab is NonNullable<typeof tab> => tab !== undefined,
  ) as ParsedTab[];
}

const rowIndex = new WeakMap<object, Map<number, ParsedRow>>();

function rowAt(tab: ParsedTab, row: number): ParsedRow | undefined {
  let index = rowIndex.get(tab);
  if (index === undefined) {
    index = new Map(tab.rows.map((r) => [r.row, r]));
    rowIndex.set(tab, index);
  }
  return index.get(row);
}

const columnIndex = new WeakMap<object, Map<string, string>>();

/** The tab's column keys by their header, trimmed and lower-cased (the first column wins); built once per tab, as rowAt's index. */
function columnKeys(tab: ParsedTab): Map<string, string> {
  let index = columnIndex.get(tab);
  if (index === undefined) {
    index = new Map();
    for (const [key, h] of Object.entries(tab.headers as Record<string, string | undefined>)) {
      const header = h?.trim().toLowerCase();
      if (header !== undefined && !index.has(header)) index.set(header, key);
    }
    columnIndex.set(tab, index);
  }
  return index;
}

/** What a waiver of `finding` would be keyed by, or undefined when the finding is not on a tab the add-in reads. */
export function waiverKeyOf(
  book: ParsedWorkbook,
  finding: Finding,
): Pick<Waiver, "rule" | "tab" | "column" | "key"> | undefined {
  const tab = tabsOf(book).find((t) => t.sheet === finding.sheet);
  if (tab === undefined) return undefined;
  const id = tab.definition.id as TabId;
  const header = finding.column.trim().toLowerCase();
  const column = columnKeys(tab).get(header) ?? header;
  const row = rowAt(tab, finding.row);
  const key = row === undefined ? [] : rowIdentity(id, row);
  return { rule: finding.rule, tab: id, column, key };
}

/** The waiver accepting `finding`, or undefined when it cannot be keyed. */
export function waiverFor(book: ParsedWorkbook, finding: Finding, note: WaiverNote): Waiver | undefined {
  const key = waiverKeyOf(book, finding);
  return key === undefined ? undefined : { ...key, ...note };
}

export interface WaivedApart {
  /** The findings no waiver matches: the ones that count, fix and highlight. */
  active: Finding[];
  /** The findings a waiver matches, each carrying `waived` (who, why, when). */
  waived: Finding[];
  /** The waivers no finding matched, as ESLint reports unused suppressions. */
  stale: Waiver[];
}

/** The findings set apart by the waivers, as ESLint's LintResult keeps `messages` and `suppressedMessages`. */
export function setWaivedApart(
  book: ParsedWorkbook,
  findings: readonly Finding[],
  waivers: readonly Waiver[],
): WaivedApart {
  if (waivers.length === 0) return { active: [...findings], waived: [], stale: [] };
  const byId = new Map(waivers.map((w) => [waiverId(w), w]));
  const used = new Set<string>();
  const active: Finding[] = [];
  const waived: Finding[] = [];
  for (const finding of findings) {
    const key = waiverKeyOf(book, finding);
    const id = key === undefined ? undefined : waiverId(key);
    const waiver = id === undefined ? undefined : byId.get(id);
    if (waiver === undefined || id === undefined) {
      active.push(finding);
      continue;
    }
    used.add(id);
    waived.push({ ...finding, waived: { by: waiver.by, reason: waiver.reason, at: waiver.at } });
  }
  return { active, waived, stale: [...byId].filter(([id]) => !used.has(id)).map(([, waiver]) => waiver) };
}

/** A waiver's row in words: "Forecast demand / Plan / Demand forecast", or "header" for a header problem. */
export function waiverRowLabel(waiver: Pick<Waiver, "key">): string {
  return waiver.key.length === 0 ? "header" : waiver.key.map((k) => (k === "" ? "(empty)" : k)).join(" / ");
}
