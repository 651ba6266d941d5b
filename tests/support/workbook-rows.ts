/**
 * Builds in-memory workbooks for rule tests: a valid baseline row per tab, overridden per case.
 * The Data Categorisation columns sit in canonical order, so Information Category is column J and
 * the first data row is row 2.
 */
import {
  categorisationTab,
  gapsTab,
  optionsTab,
  type CategorisationColumn,
  type GapColumn,
  type OptionColumn,
} from "../../src/sheets/tab-definitions";
import { readWorkbook, type ParsedWorkbook } from "../../src/sheets/parsed-workbook";
import { MemoryWorkbook, type MemorySheet } from "../../src/workbook/memory/memory-workbook";

export type CategorisationRow = Partial<Record<CategorisationColumn, string>>;
export type GapRow = Partial<Record<GapColumn, string>>;
export type OptionRow = Partial<Record<OptionColumn, string>>;

export const validCategorisation: Required<CategorisationRow> = {
  useCaseGroup: "OTN",
  useCase: "Forecast and Planning Operations",
  capabilityId: "4.1.2",
  capability: "Share near-term operational forecasts",
  capabilityGroup: "Conduct operational planning and forecasting",
  domain: "Operate",
  activity: "Publish demand and market forecasts",
  informationObject: "Market forecast",
  informationGroup: "Forecasting",
  informationCategory: "Forecast",
  initiator: "Market Operator",
  receiver: "Retailer; Aggregator",
  interface: "System to System",
  minimumFrequency: "30 minutes",
  latency: "5 minutes",
  sensitivity: "Public",
  quality: "No Issues",
  qualityRationale: "",
};

export const validGap: Required<GapRow> = {
  gapId: "G01",
  gapType: "Data Sharing",
  gapDescription: "Market forecasts are not shared with aggregators in a machine-readable form.",
  useCase: "Forecast and Planning Operations",
  informationObject: "Market forecast",
  informationCategory: "Forecast",
  capabilityId: "4.1.2",
  capability: "Share near-term operational forecasts",
  domain: "Operate",
  capabilityStatus: "Requires augmentation",
  majorOutcome: "CER is visible and predictable and can be effectively used as part of power system operations",
  evidence: "Stakeholder interviews, 2025",
  proposedAction: "Publish forecasts through the data sharing infrastructure.",
  priority: "High",
};

export const validOption: Required<OptionRow> = {
  optionId: "O01",
  gapIds: "G01",
  optionDescription: "Extend the market data portal with an aggregator forecast feed.",
  priorityUseCase: "Yes",
  useCase: "Forecast and Planning Operations",
  keyInitiative: "Data sharing MVP",
};

export interface BookSpec {
  categorisation?: CategorisationRow[];
  gaps?: GapRow[];
  options?: OptionRow[];
  /** Role names for a Roles tab (with a "Role" header). */
  roles?: string[];
  /** Sheets given cell by cell, for layouts the row builders don't make. */
  sheets?: Record<string, MemorySheet>;
}

function sheet<K extends string>(
  columns: readonly { key: K; header: string }[],
  base: Record<K, string>,
  rows: Partial<Record<K, string>>[],
): MemorySheet {
  return {
    rows: [columns.map((c) => c.header), ...rows.map((row) => columns.map((c) => row[c.key] ?? base[c.key]))],
  };
}

/** A Data Categorisation sheet with some headers spelt another way ("Latency (mins)"). */
export function categorisationSheet(rows: CategorisationRow[], headers: CategorisationRow): MemorySheet {
  const columns = categorisationTab.columns.map((c) => ({ key: c.key, header: headers[c.key] ?? c.header }));
  return sheet(columns, validCategorisation, rows);
}

/** Sheets for a spec: each tab present only when the spec lists rows for it (an empty list gives a header only). */
export function memoryBook(spec: BookSpec): MemoryWorkbook {
  const sheets: Record<string, MemorySheet> = {};
  if (spec.categorisation)
    sheets["Data Categorisation"] = sheet(categorisationTab.columns, validCategorisation, spec.categorisation);
  if (spec.gaps) sheets["Distinct Gap Analysis"] = sheet(gapsTab.columns, validGap, spec.gaps);
  if (spec.options) sheets["Options"] = sheet(optionsTab.columns, validOption, spec.options);
  if (spec.roles) sheets["Roles"] = { rows: [["Role"], ...spec.roles.map((r) => [r])] };
  return new MemoryWorkbook({ ...sheets, ...spec.sheets });
}

export function parsedBook(spec: BookSpec): Promise<ParsedWorkbook> {
  return readWorkbook(memoryBook(spec));
}

/**
 * A Data Categorisation tab with something for every write: row 2 has only its keys typed (D2:F2 to
 * fill), row 3 a misspelt category (a fix needing review), row 4 "public" (a safe fix), and, with
 * `conflict`, row 5 a Capability that disagrees with its ID (an auto-fill conflict).
 */
export function writableBook(conflict = false): MemoryWorkbook {
  return memoryBook({
    categorisation: [
      { capability: "", capabilityGroup: "", domain: "" },
      { informationCategory: "Forecasts" },
      { sensitivity: "public" },
      ...(conflict ? [{ capabilityGroup: "", capability: "Typed by the analyst" }] : []),
    ],
  });
}
