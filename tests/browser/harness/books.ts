/**
 * The workbooks the harness page can open, chosen by the page's `?book=` query so that one build
 * serves every case. Both are plain { sheet: rows of displayed text } for the fake Excel.
 */
import { categorisationTab } from "../../../src/sheets/tab-definitions";
import type { FakeWorkbookSpec } from "../../../src/workbook/fake-excel/fake-excel";
import { validCategorisation, type CategorisationRow } from "../../support/workbook-rows";

/** One row in the tab's canonical column order: the valid baseline with `changes` applied. */
function categorisationRow(changes: CategorisationRow): string[] {
  return categorisationTab.columns.map((column) => changes[column.key] ?? validCategorisation[column.key]);
}

/**
 * A title row above the header (as analysts' books have), one valid row, then two planted defects:
 * a near-miss category on row 4 (J4) and an unknown sensitivity on row 5 (P5).
 */
const withDefects: FakeWorkbookSpec = {
  "Data Categorisation": {
    rows: [
      ["CER data categorisation"],
      categorisationTab.columns.map((column) => column.header),
      categorisationRow({}),
      categorisationRow({ informationObject: "Device telemetry", informationCategory: "Telemetry (Devices)" }),
      categorisationRow({ informationObject: "Site register", sensitivity: "Confidential" }),
    ],
    merges: ["A1:D1"],
  },
};

/** None of the three tabs: the pane must say so, naming the sheets it found. */
const noKnownTabs: FakeWorkbookSpec = {
  Sheet1: [["hello"]],
  Budget: [["Item", "Cost"]],
};

/**
 * For the Workbook view: Sensitivity under another header (to map), a planted defect to highlight,
 * a cell with the analyst's own fill, and the analyst's own validation rule on Interface (M).
 */
const forTools: FakeWorkbookSpec = {
  "Data Categorisation": {
    rows: [
      categorisationTab.columns.map((column) => (column.key === "sensitivity" ? "Classification" : column.header)),
      categorisationRow({}).map((value, index) => (index === 0 ? { value, fill: "#00FF00" } : value)),
      categorisationRow({ informationObject: "Device telemetry", informationCategory: "Telemetry (Devices)" }),
    ],
    validations: [{ ranges: "M2:M40", rule: { textLength: { formula1: "40", operator: "LessThan" } } }],
  },
};

/** For live mode: a valid row, then a row whose Capability ID and lookups are still empty. */
const forLive: FakeWorkbookSpec = {
  "Data Categorisation": [
    categorisationTab.columns.map((column) => column.header),
    categorisationRow({}),
    categorisationRow({ capabilityId: "", capability: "", capabilityGroup: "", domain: "" }),
  ],
};

export const books = { withDefects, noKnownTabs, forTools, forLive } satisfies Record<string, FakeWorkbookSpec>;

export type BookName = keyof typeof books;

export function isBookName(name: string | null): name is BookName {
  return name !== null && Object.hasOwn(books, name);
}
