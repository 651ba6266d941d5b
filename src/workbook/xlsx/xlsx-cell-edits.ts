/**
 * Applies text edits to an .xlsx package: each edited worksheet part is spliced (sheet-cell-edits.ts)
 * and every other part is carried over byte for byte (zip-entry-replace.ts). The shared strings part
 * is never touched, since values are written inline.
 */
import { tryParseCellRef } from "../cell-address";
import type { CachingZipPackage } from "./caching-zip-package";
import { applySheetCellEdits, type SheetCellEdit, type SkippedCellEdit } from "./sheet-cell-edits";
import type { WorkbookParts } from "./workbook-parts";
import { WorkbookReadError } from "./workbook-read-error";
import { replaceZipEntries } from "./zip-entry-replace";

export interface XlsxCellEdit {
  /** The worksheet's exact name. */
  sheet: string;
  /** A1 address. */
  cell: string;
  value: string;
}

export interface XlsxEditResult<E extends XlsxCellEdit> {
  bytes: Uint8Array;
  applied: E[];
  skipped: Array<{ edit: E; reason: string }>;
}

export function applyXlsxCellEdits<E extends XlsxCellEdit>(
  zip: CachingZipPackage,
  parts: WorkbookParts,
  bytes: Uint8Array,
  edits: readonly E[],
): XlsxEditResult<E> {
  const applied: E[] = [];
  const skipped: Array<{ edit: E; reason: string }> = [];
  const replacements = new Map<string, Uint8Array>();
  for (const [sheet, sheetEdits] of groupBySheet(edits)) {
    const entry = parts.sheets.find((candidate) => candidate.name === sheet);
    const stored = entry?.partName === undefined ? undefined : zip.storedNameOf(entry.partName);
    if (entry?.partName !== undefined && stored !== undefined && !zip.canHoldWhole(entry.partName))
      throw tooLargeToRewrite(sheet, zip.sizeOf(stored));
    const xml = entry?.partName === undefined ? undefined : zip.textOf(entry.partName);
    if (stored === undefined || xml === undefined)
      throw new WorkbookReadError("sheet-missing", `This workbook has no worksheet named "${sheet}".`);
    // The sheet edits carry their plan edit along, so results can be reported in the plan's terms.
    const byCell = new Map<SheetCellEdit, E>();
    const cellEdits: SheetCellEdit[] = [];
    for (const edit of sheetEdits) {
      const at = tryParseCellRef(edit.cell);
      if (at === undefined) throw new RangeError(`Not a cell address: "${edit.cell}"`);
      const cellEdit = { row: at.row, col: at.col, value: edit.value };
      byCell.set(cellEdit, edit);
      cellEdits.push(cellEdit);
    }
    const result = applySheetCellEdits(xml, cellEdits, sheet);
    for (const done of result.applied) applied.push(byCell.get(done) as E);
    for (const { edit, reason } of result.skipped as SkippedCellEdit[])
      skipped.push({ edit: byCell.get(edit) as E, reason });
    if (result.applied.length > 0) replacements.set(stored, new TextEncoder().encode(asUtf8Declared(result.xml)));
  }
  return { bytes: replacements.size === 0 ? bytes : replaceZipEntries(bytes, replacements), applied, skipped };
}

/**
 * A sheet read in chunks (formatted out to column XFD, empty-cell-filter.ts) cannot be rewritten:
 * the rewrite needs the whole part. Say so, and how to make it small.
 */
function tooLargeToRewrite(sheet: string, size: number): WorkbookReadError {
  return new WorkbookReadError(
    "too-large",
    `Cannot write to sheet "${sheet}": its part unpacks to ${Math.round(size / 1048576)} MB, mostly formatting of empty cells, more than a run can rewrite. In Excel or LibreOffice select the unused rows and columns, clear their formats, save, and run this again.`,
  );
}

function groupBySheet<E extends XlsxCellEdit>(edits: readonly E[]): Map<string, E[]> {
  const bySheet = new Map<string, E[]>();
  for (const edit of edits) {
    const list = bySheet.get(edit.sheet);
    if (list === undefined) bySheet.set(edit.sheet, [edit]);
    else list.push(edit);
  }
  return bySheet;
}

/** The part is written back as UTF-8; a part that declared UTF-16 must now say so. */
function asUtf8Declared(xml: string): string {
  return xml.replace(/^(<\?xml[^>]*encoding=["'])utf-16(["'])/i, "$1UTF-8$2");
}
