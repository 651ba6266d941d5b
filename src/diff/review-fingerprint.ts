/**
 * "Mark as reviewed": a compact fingerprint of the workbook's rows and findings, kept in its
 * settings, so the pane can say what changed since the last review without the old file. Per row
 * six bytes: a 24-bit hash of its identity (rowIdentity: the key cells waivers use) and a 24-bit
 * hash of every cell it holds, as the checker reads them; per finding that counts, a 32-bit hash of
 * its fingerprint (baseline.ts). About 8 characters of base64 a row: 400 KB at 50,000 rows (the
 * bench prints the figure), well within the add-in's settings.
 *
 * What it cannot say, without the old values: a changed row's before (it names the row, not the
 * cells), a removed row's key (it counts them), and a row whose key cell was edited (an added row
 * and a removed one). A hash collision (about one in 16 million per row) can hide a change.
 */
import { findingFingerprint } from "../check/baseline";
import type { Finding } from "../check/finding";
import type { ValidationReport } from "../check/validation-report";
import { rowIdentity } from "../check/waived-findings";
import type { TabId } from "../check/finding";
import type { ParsedRow, ParsedTab } from "../sheets/parsed-tab";
import type { ParsedWorkbook } from "../sheets/parsed-workbook";
import { rowKeyOf, tabOf, TABS, type RowKey } from "./workbook-diff";

export interface ReviewFingerprint {
  version: 1;
  /** ISO time of the review. */
  at: string;
  /** Per tab, six bytes a row (identity hash, content hash), base64. */
  rows: Partial<Record<TabId, string>>;
  /** Four bytes per finding that counts, base64. */
  findings: string;
}

export interface TabSinceReview {
  tab: TabId;
  sheet: string;
  added: Array<{ row: number; key: RowKey }>;
  changed: Array<{ row: number; key: RowKey }>;
  removed: number;
}

export interface SinceReview {
  at: string;
  tabs: TabSinceReview[];
  introduced: Finding[];
  resolved: number;
}

/** FNV-1a, 32 bits: quick, and spread enough for telling rows apart. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // A final mix, so the top 24 bits kept below depend on every character.
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

function identityHash(tab: TabId, row: ParsedRow): number {
  return hash32(rowIdentity(tab, row).join("\u0000")) >>> 8;
}

function contentHash(tab: ParsedTab, row: ParsedRow): number {
  let text = "";
  for (const column of tab.definition.columns) text += (row.raw[column.key] ?? "") + "\u0000";
  return hash32(text) >>> 8;
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function countingFindings(report: ValidationReport): Finding[] {
  return report.findings.filter((f) => f.waived === undefined);
}

export function reviewFingerprint(book: ParsedWorkbook, report: ValidationReport, at: Date): ReviewFingerprint {
  const rows: Partial<Record<TabId, string>> = {};
  for (const id of TABS) {
    const tab = tabOf(book, id);
    if (tab === undefined) continue;
    const bytes = new Uint8Array(tab.rows.length * 6);
    tab.rows.forEach((row, i) => {
      const key = identityHash(id, row);
      const content = contentHash(tab, row);
      bytes.set(
        [key >>> 16, (key >>> 8) & 255, key & 255, content >>> 16, (content >>> 8) & 255, content & 255],
        i * 6,
      );
    });
    rows[id] = toBase64(bytes);
  }
  const findings = countingFindings(report);
  const view = new DataView(new ArrayBuffer(findings.length * 4));
  findings.forEach((f, i) => view.setUint32(i * 4, hash32(findingFingerprint(book, f))));
  return { version: 1, at: at.toISOString(), rows, findings: toBase64(new Uint8Array(view.buffer)) };
}

/** The rows and finding hashes a fingerprint holds, for matching. */
function reviewedRows(encoded: string): Map<number, number[]> {
  const bytes = fromBase64(encoded);
  const byKey = new Map<number, number[]>();
  for (let i = 0; i + 5 < bytes.length; i += 6) {
    const key = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    const content = ((bytes[i + 3] as number) << 16) | ((bytes[i + 4] as number) << 8) | (bytes[i + 5] as number);
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [content]);
    else list.push(content);
  }
  return byKey;
}

function tabSinceReview(id: TabId, tab: ParsedTab, encoded: string): TabSinceReview {
  const reviewed = reviewedRows(encoded);
  const hashes = tab.rows.map((row) => ({ row, key: identityHash(id, row), content: contentHash(tab, row) }));
  // Unchanged rows first, so a duplicate key's changed copy is not paired with an unchanged one's hash.
  const rest = hashes.filter(({ key, content }) => {
    const list = reviewed.get(key);
    const at = list?.indexOf(content) ?? -1;
    if (list === undefined || at < 0) return true;
    list.splice(at, 1);
    return false;
  });
  const result: TabSinceReview = { tab: id, sheet: tab.sheet, added: [], changed: [], removed: 0 };
  for (const { row, key } of rest) {
    const list = reviewed.get(key);
    if (list !== undefined && list.length > 0) {
      list.shift();
      result.changed.push({ row: row.row, key: rowKeyOf(tab, row) });
    } else result.added.push({ row: row.row, key: rowKeyOf(tab, row) });
  }
  for (const list of reviewed.values()) result.removed += list.length;
  return result;
}

export function changesSinceReview(
  fingerprint: ReviewFingerprint,
  book: ParsedWorkbook,
  report: ValidationReport,
): SinceReview {
  const tabs = TABS.flatMap((id) => {
    const tab = tabOf(book, id);
    const encoded = fingerprint.rows[id];
    if (tab === undefined)
      return encoded === undefined
        ? []
        : [
            {
              tab: id,
              sheet: "",
              added: [],
              changed: [],
              removed: [...reviewedRows(encoded).values()].reduce((n, list) => n + list.length, 0),
            },
          ];
    return [tabSinceReview(id, tab, encoded ?? "")];
  });
  const bytes = fromBase64(fingerprint.findings);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const left = new Map<number, number>();
  for (let i = 0; i + 3 < bytes.length; i += 4) left.set(view.getUint32(i), (left.get(view.getUint32(i)) ?? 0) + 1);
  const introduced = countingFindings(report).filter((f) => {
    const h = hash32(findingFingerprint(book, f));
    const n = left.get(h) ?? 0;
    if (n === 0) return true;
    left.set(h, n - 1);
    return false;
  });
  const resolved = [...left.values()].reduce((sum, n) => sum + n, 0);
  return { at: fingerprint.at, tabs, introduced, resolved };
}
