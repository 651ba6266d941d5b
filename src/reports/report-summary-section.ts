/**
 * The report's summary section: what the workbook holds, counted along the framework's dimensions,
 * as plain count tables and a capability heat map. Kept as its own small shape so the three
 * renderers draw tables and a map without knowing how the counts were made (src/summary makes
 * them; summary-section-of.ts turns a WorkbookSummary into this).
 */

/** A two-way count: rows x columns, every cell a number (zeros included). */
export interface CountTable {
  title: string;
  /** What the rows are ("Use Case Group") and what the columns are ("Domain"). */
  rowHeading: string;
  columnHeading: string;
  rows: string[];
  columns: string[];
  /** counts[r][c] for rows[r] and columns[c]. */
  counts: number[][];
  /** Adds a Total row, and a Total column when there is more than one column. */
  totals: boolean;
}

/** One Level 3 capability on the map: its counts in words, and a heat level 0 (uncovered) to 4. */
export interface HeatMapCell {
  id: string;
  name: string;
  objects: number;
  qualityIssues: number;
  gaps: number;
  heat: number;
}

/** One Level 2 capability with its Level 3 capabilities, under its domain. */
export interface HeatMapRow {
  domain: string;
  id: string;
  name: string;
  cells: HeatMapCell[];
}

export interface HeatMapSection {
  title: string;
  /** How the heat levels read, e.g. "0: no information object; 4: above three quarters of the busiest". */
  legend: string;
  rows: HeatMapRow[];
}

export interface ReportSummarySection {
  tables: CountTable[];
  heatMap?: HeatMapSection;
}
