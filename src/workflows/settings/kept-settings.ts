/**
 * What the add-in keeps in the workbook's settings, in words, and how to forget each: the column
 * mapping, the revert history and the record of installed dropdowns. Forgetting the history drops
 * the way back for its batches (their cells stay as they are); forgetting the dropdowns removes
 * them, as Remove dropdowns does, since a record without them or them without a record helps no one;
 * forgetting the waivers makes every accepted finding count again; forgetting the Summary tab leaves
 * the tab to the analyst; forgetting the last review's fingerprint loses "changed since the last review".
 */
import { tabDefinitions } from "../../sheets/tab-definitions";
import type { WorkbookWriter } from "../../workbook/port";
import { batchKey, HISTORY_KEY, readHistory } from "../changes/change-history";
import { COLUMN_MAPPING_KEY, readColumnMapping } from "./column-mapping";
import { DROPDOWNS_KEY, installedAreas, type DropdownPorts } from "../tools/install-dropdowns";
import { removeDropdowns } from "../tools/remove-dropdowns";
import { readWaivers, WAIVERS_KEY } from "../review/waivers";
import { SUMMARY_SHEET_KEY } from "./summary-sheet-setting";
import { REVIEW_MARK_KEY } from "./review-mark-setting";

export type SettingKind = "mapping" | "history" | "dropdowns" | "waivers" | "summary" | "reviewed";

export interface KeptSetting {
  kind: SettingKind;
  title: string;
  /** What is kept now, in a sentence. */
  detail: string;
  /** Whether there is anything to forget. */
  present: boolean;
}

export async function keptSettings(writer: WorkbookWriter): Promise<KeptSetting[]> {
  const mapping = await readColumnMapping(writer);
  const mapped = tabDefinitions.flatMap((definition) =>
    Object.entries(mapping[definition.id] ?? {}).map(
      ([key, header]) =>
        `${definition.columns.find((column) => column.key === key)?.header ?? key} on ${definition.name} from “${String(header)}”`,
    ),
  );
  const history = await readHistory(writer);
  const areas = await installedAreas(writer);
  const waivers = await readWaivers(writer);
  const summary = (await writer.readSettings([SUMMARY_SHEET_KEY]))[SUMMARY_SHEET_KEY] as { name?: unknown } | undefined;
  const summaryName = typeof summary?.name === "string" ? summary.name : undefined;
  const reviewed = (await writer.readSettings([REVIEW_MARK_KEY]))[REVIEW_MARK_KEY] as { at?: unknown } | undefined;
  return [
    {
      kind: "mapping",
      title: "Column mapping",
      present: mapped.length > 0,
      detail:
        mapped.length === 0 ? "No columns mapped by hand." : `${mapped.length} column(s) mapped: ${mapped.join(", ")}.`,
    },
    {
      kind: "history",
      title: "Revert history",
      present: history.length > 0,
      detail:
        history.length === 0
          ? "No changes to revert."
          : `${history.length} change(s) can be reverted; forgetting them keeps the cells as they are.`,
    },
    {
      kind: "dropdowns",
      title: "Dropdowns",
      present: areas.length > 0,
      detail:
        areas.length === 0
          ? "No dropdowns installed by the add-in."
          : `${areas.length} column(s) have the add-in's dropdowns; forgetting removes them.`,
    },
    {
      kind: "waivers",
      title: "Waivers",
      present: waivers.length > 0,
      detail:
        waivers.length === 0
          ? "No findings accepted."
          : `${waivers.length} accepted finding(s); forgetting makes them count again.`,
    },
    {
      kind: "summary",
      title: "Summary tab",
      present: summary !== undefined,
      detail:
        summary === undefined
          ? "No Summary tab written by the add-in."
          : `The add-in refreshes “${summaryName ?? "its Summary tab"}”; forgetting leaves that tab to you, and the next Write Summary tab makes a new one.`,
    },
    {
      kind: "reviewed",
      title: "Last review",
      present: reviewed !== undefined,
      detail:
        reviewed === undefined
          ? "Not marked as reviewed."
          : `A fingerprint of the rows and findings as they were when marked as reviewed (${typeof reviewed.at === "string" ? reviewed.at.slice(0, 10) : "date unknown"}); forgetting it loses “changed since the last review”.`,
    },
  ];
}

export async function forgetSetting(
  ports: Pick<DropdownPorts, "writer" | "dropdowns">,
  kind: SettingKind,
): Promise<void> {
  const { writer } = ports;
  if (kind === "mapping") {
    await writer.write({ settings: { [COLUMN_MAPPING_KEY]: null }, cells: [] });
  } else if (kind === "history") {
    const history = await readHistory(writer);
    await writer.write({
      settings: Object.fromEntries([[HISTORY_KEY, null], ...history.map((batch) => [batchKey(batch.id), null])]),
      cells: [],
    });
  } else if (kind === "waivers") {
    await writer.write({ settings: { [WAIVERS_KEY]: null }, cells: [] });
  } else if (kind === "summary") {
    await writer.write({ settings: { [SUMMARY_SHEET_KEY]: null }, cells: [] });
  } else if (kind === "reviewed") {
    await writer.write({ settings: { [REVIEW_MARK_KEY]: null }, cells: [] });
  } else {
    await removeDropdowns(ports);
    await writer.write({ settings: { [DROPDOWNS_KEY]: null }, cells: [] });
  }
}
