/**
 * Waivers kept in the workbook's settings under WAIVERS_KEY, so they travel with the file: the pane
 * writes them, and the command line reads them from the .xlsx (xl/webextensions/, as the column
 * mapping). Accepting keys the finding by its row's identity (src/check/waived-findings.ts);
 * removing takes waivers out by that identity, the stale ones in one action. Read defensively: a
 * setting is data from a file, so an entry without the expected shape is dropped.
 */
import * as z from "zod/mini";
import type { Finding, Waiver } from "../../check/finding";
import { waiverFor, waiverId } from "../../check/waived-findings";
import { readWorkbook, type WorkbookOverrides } from "../../sheets/parsed-workbook";
import type { WorkbookReader, WorkbookWriter } from "../../workbook/port";
import type { SettingsSource } from "../settings/column-mapping";

export const WAIVERS_KEY = "cer.waivers";

const waiverSchema = z.object({
  rule: z.string(),
  tab: z.enum(["categorisation", "gaps", "options"]),
  column: z.string(),
  key: z.array(z.string()),
  by: z.string(),
  reason: z.string(),
  at: z.string(),
});

/** The waivers the workbook keeps; [] when there are none. */
export async function readWaivers(settings: SettingsSource): Promise<Waiver[]> {
  const value = (await settings.readSettings([WAIVERS_KEY]))[WAIVERS_KEY];
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const parsed = waiverSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

async function saveWaivers(writer: WorkbookWriter, waivers: readonly Waiver[]): Promise<void> {
  await writer.write({ settings: { [WAIVERS_KEY]: waivers.length === 0 ? null : waivers }, cells: [] });
}

export interface Acceptance {
  /** Who accepts: a name the reviewer gives. */
  by: string;
  /** Why the finding is accepted; required. */
  reason: string;
}

export interface AcceptOptions {
  /** The column mapping the workbook is read with. */
  overrides?: WorkbookOverrides;
  now?: () => Date;
}

/**
 * Accepts `finding`: keeps a waiver for it (replacing an earlier one for the same finding) and
 * returns it. Throws when no reason is given or the finding is not on a tab the add-in reads.
 */
export async function acceptFinding(
  ports: { reader: WorkbookReader; writer: WorkbookWriter },
  finding: Finding,
  acceptance: Acceptance,
  options: AcceptOptions = {},
): Promise<Waiver> {
  const reason = acceptance.reason.trim();
  if (reason === "") throw new Error("Say why the finding is accepted: a waiver needs a reason.");
  const book = await readWorkbook(ports.reader, options.overrides ?? {});
  const at = (options.now ?? (() => new Date()))().toISOString();
  const waiver = waiverFor(book, finding, {
    by: acceptance.by.trim() === "" ? "unnamed reviewer" : acceptance.by.trim(),
    reason,
    at,
  });
  if (waiver === undefined)
    throw new Error(`${finding.cell} on ${finding.sheet} is not on a tab the add-in checks, so it cannot be accepted.`);
  const id = waiverId(waiver);
  const kept = (await readWaivers(ports.writer)).filter((w) => waiverId(w) !== id);
  await saveWaivers(ports.writer, [...kept, waiver]);
  return waiver;
}

/** Removes the waivers with these identities (waiverId); returns how many were removed. */
export async function removeWaivers(
  writer: WorkbookWriter,
  waivers: ReadonlyArray<Pick<Waiver, "rule" | "tab" | "column" | "key">>,
): Promise<number> {
  const ids = new Set(waivers.map(waiverId));
  const kept = await readWaivers(writer);
  const left = kept.filter((w) => !ids.has(waiverId(w)));
  if (left.length !== kept.length) await saveWaivers(writer, left);
  return kept.length - left.length;
}
