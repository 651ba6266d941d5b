/**
 * Live checking is exact: after every change in a random sequence of edits, inserts and deletes
 * (across the three tabs, the Roles tab and a sheet no rule reads), the incremental findings equal,
 * in content and order, a full check of the workbook as it now stands. Workbooks are small and
 * drawn from the real vocabularies plus near misses and junk, with objects, ids and use cases
 * repeated so that the groups that rules across rows and tabs compare actually form.
 */
import fc from "fast-check";
import { IncrementalChecker } from "../../src/incremental/incremental-checker";
import type { RowChange } from "../../src/incremental/row-change";
import { defaultReference } from "../../src/model/default-reference";
import { runRules } from "../../src/check/run-rules";
import { readWorkbook } from "../../src/sheets/parsed-workbook";
import { categorisationTab, gapsTab, optionsTab } from "../../src/sheets/tab-definitions";
import { MemoryWorkbook } from "../../src/workbook/memory/memory-workbook";
import { validCategorisation, validGap, validOption } from "../support/workbook-rows";

const model = defaultReference();

const objects = [
  "Market forecast",
  "Market Forecasts",
  "market forecast",
  "Meter data",
  "Meter Data",
  "DER register",
  "",
];
const useCases = [
  "Forecast and Planning Operations",
  "forecast and planning  operations",
  "Network Planning",
  "Register CER",
  "",
];
const gapIds = ["G01", "G02", "g01", "G-1", "G03", ""];

// Values per column beyond the valid baseline: other vocabulary values, near misses, junk, empty.
const variants: Record<string, readonly string[]> = {
  useCaseGroup: ["PO", "otn", "Operate and Trade", ""],
  useCase: useCases,
  capabilityId: ["4.3.2", "2.2.5", "4.3.5 - Calculate and publish physical limits", "4.3", ""],
  capability: ["Monitor network / power system", "Nonsense capability", ""],
  capabilityGroup: ["Monitor and control the network", ""],
  domain: ["Trade", "Connect", ""],
  informationObject: objects,
  informationGroup: ["Telemetry", "forecasting"],
  informationCategory: ["Telemetry (Device)", "Telemetry (Devices)", "forecast"],
  initiator: ["DNSP", "Nobody", "DNSP / Retailer"],
  receiver: ["Retailer", "Aggregater\nDNSP", ""],
  interface: ["S2S", "Carrier pigeon"],
  minimumFrequency: ["On demand", "Daily", "Real time", "5", "#N/A"],
  latency: ["As per frequency", "Next day", "1 week", ""],
  sensitivity: ["Restricted", "public", "Secret"],
  quality: ["Issues", "issues", ""],
  qualityRationale: ["Gaps in coverage"],
  gapId: gapIds,
  gapType: ["Data", "Info"],
  evidence: [""],
  capabilityStatus: ["Exists", "Maybe"],
  priority: ["Low", "Urgent"],
  optionId: ["O01", "O02", "o01", ""],
  gapIds: ["G01", "G01; G02", "G02-G04", "G01/G03", "G9", "G05-G02", "G-1", ""],
  priorityUseCase: ["Yes", "Network Planning", "Unknown use case"],
};

interface TabSpec {
  sheet: string;
  columns: readonly { key: string; header: string }[];
  base: Record<string, string>;
}

const tabs: readonly TabSpec[] = [
  { sheet: "Data Categorisation", columns: categorisationTab.columns, base: validCategorisation },
  { sheet: "Distinct Gap Analysis", columns: gapsTab.columns, base: validGap },
  { sheet: "Options", columns: optionsTab.columns, base: validOption },
];

/** A data row of a tab: each column the baseline value or one of its variants. */
function rowOf(spec: TabSpec): fc.Arbitrary<string[]> {
  return fc.tuple(
    ...spec.columns.map((c) => fc.constantFrom(spec.base[c.key] ?? "", ...(variants[c.key] ?? ["", "junk"]))),
  );
}

const anyTabRow = fc.oneof(...tabs.map(rowOf));

// Rows that are not data, as analysts leave them among and under the rows: notes, a totals row,
// a section title, a label with its note (src/sheets/not-data-rows.ts).
const notDataRows: readonly string[][] = [
  ["Note: latency is indicative"],
  ["* Source: AEMO registers"],
  ["Total", "12", "3"],
  ["Planning and Oversight"],
  ["", "Notes:", "Latency is indicative"],
];
/** Mostly rows of the tabs, sometimes a row that is not data. */
const rowOrNote = (rows: fc.Arbitrary<string[]>) =>
  fc.oneof({ weight: 4, arbitrary: rows }, { weight: 1, arbitrary: fc.constantFrom(...notDataRows) });

// A change, in terms the run resolves against the workbook as it then is.
const operationOf = (kinds: ReadonlyArray<"edit" | "copy" | "insert" | "delete">, notes = false) =>
  fc.record({
    kind: fc.constantFrom(...kinds),
    sheet: fc.constantFrom(0, 0, 0, 1, 1, 2, 2, 3, 4), // 3: Roles, 4: a sheet no rule reads
    row: fc.nat(),
    aboveData: fc.constantFrom(false, false, false, false, true), // may touch the title or header row
    from: fc.nat(),
    column: fc.nat(),
    value: fc.constantFrom(...objects, ...gapIds, ...useCases, "Public", "Critical", "Issues", "G01; G03", "", "junk"),
    count: fc.integer({ min: 1, max: 3 }),
    blank: fc.boolean(),
    cells: fc.array(notes ? rowOrNote(anyTabRow) : anyTabRow, { minLength: 3, maxLength: 3 }),
  });
const operation = operationOf(["edit", "edit", "edit", "copy", "insert", "delete"]);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

const bookOf = (categorisationRows: number, notes = false) => {
  const rows = (spec: TabSpec) => (notes ? rowOrNote(rowOf(spec)) : rowOf(spec));
  return fc.record({
    title: fc.boolean(), // a title row above the headers
    reversed: fc.boolean(), // tabs in the other order
    roles: fc.boolean(),
    // Sometimes every change moving or making more than 2 rows counts as large, so that the full
    // check of rows read incrementally is tested too.
    largeChange: fc.constantFrom(undefined, undefined, { rows: 2, share: 0 }),
    categorisation: fc.array(rows(tabs[0] as TabSpec), { maxLength: categorisationRows }),
    gaps: fc.array(rows(tabs[1] as TabSpec), { maxLength: 8 }),
    options: fc.array(rows(tabs[2] as TabSpec), { maxLength: 6 }),
  });
};

type Sheets = Record<string, string[][]>;

const memory = (sheets: Sheets) =>
  new MemoryWorkbook(Object.fromEntries(Object.entries(sheets).map(([name, rows]) => [name, { rows }])));

/** Resolves an operation against the current sheets: the change, and the sheets after it. */
function resolve(sheets: Sheets, names: readonly string[], firstData: number, op: Operation): RowChange {
  const sheet = names[op.sheet % names.length] as string;
  const rows = sheets[sheet] as string[][];
  const from = op.aboveData ? 1 : Math.min(firstData, rows.length + 1);
  const row = from + (op.row % (rows.length - from + 3));
  if (op.kind === "delete") {
    rows.splice(row - 1, op.count);
    return { kind: "delete", sheet, at: row, count: op.count };
  }
  if (op.kind === "insert") {
    const cells = op.blank ? [] : op.cells.slice(0, op.count);
    while (rows.length < row - 1) rows.push([]);
    rows.splice(row - 1, 0, ...Array.from({ length: op.count }, (_, k) => cells[k] ?? []));
    return { kind: "insert", sheet, at: row, count: op.count, ...(op.blank ? {} : { cells }) };
  }
  // An edit: a new row, a blank one, or a copy of another row with one cell changed (duplicates).
  let cells = op.blank ? [] : (op.cells[0] ?? []);
  if (op.kind === "copy" && rows.length > 0) {
    cells = [...(rows[op.from % rows.length] ?? [])];
    if (!op.blank) cells[op.column % Math.max(cells.length, 1)] = op.value;
  }
  while (rows.length < row) rows.push([]);
  rows[row - 1] = cells;
  return { kind: "edit", sheet, rows: [{ row, cells }] };
}

const book = bookOf(24);

let incremental = 0;
let steps = 0;
/** Inserts and deletes, and those of them checked incrementally (rows below moved, not re-checked). */
const shifts = { all: 0, incremental: 0 };

async function liveEqualsFull(
  spec: typeof book extends fc.Arbitrary<infer T> ? T : never,
  operations: readonly Operation[],
): Promise<void> {
  const sheets: Sheets = {};
  const title = spec.title ? [["CER data categorisation"]] : [];
  const order = spec.reversed ? [...tabs].reverse() : tabs;
  sheets["About"] = [["Notes"]];
  for (const tab of order) {
    const data = tab === tabs[0] ? spec.categorisation : tab === tabs[1] ? spec.gaps : spec.options;
    sheets[tab.sheet] = [...title, tab.columns.map((c) => c.header), ...data];
  }
  if (spec.roles) sheets["Roles"] = [["Role"], ["Market Operator"], ["Retailer"], ["DNSP"]];
  const names = [...tabs.map((t) => t.sheet), spec.roles ? "Roles" : "About", "About"];
  const checker = await IncrementalChecker.open(
    memory(sheets),
    model,
    spec.largeChange === undefined ? {} : { largeChange: spec.largeChange },
  );
  for (const op of operations) {
    const change = resolve(sheets, names, spec.title ? 3 : 2, op);
    const live = checker.apply(change);
    const full = runRules(await readWorkbook(memory(sheets)), model);
    expect(live).toEqual(full);
    steps++;
    if (checker.lastCheck === "incremental") incremental++;
    if (change.kind !== "edit" && tabs.some((t) => t.sheet === change.sheet)) {
      shifts.all++;
      if (checker.lastCheck === "incremental") shifts.incremental++;
    }
  }
}

it("after every edit, insert and delete, the live findings equal a full check of the workbook", async () => {
  await fc.assert(fc.asyncProperty(book, fc.array(operation, { minLength: 1, maxLength: 12 }), liveEqualsFull), {
    seed: 9,
    numRuns: 150,
  });
  // Most changes must take the incremental path, or the property proves little about it.
  expect(incremental).toBeGreaterThan(steps / 2);
});

it("after inserts and deletes mid-tab among edits, in longer tabs, the live findings equal a full check", async () => {
  // Longer tabs, mostly inserts and deletes: groups whose findings name rows on both sides of the
  // change ("on rows 4, 31") form, so the row numbers moved in findings' words are tested.
  const shiftHeavy = operationOf(["insert", "delete", "insert", "delete", "edit", "copy"]);
  await fc.assert(fc.asyncProperty(bookOf(60), fc.array(shiftHeavy, { minLength: 1, maxLength: 10 }), liveEqualsFull), {
    seed: 19,
    numRuns: 60,
  });
  // Inserts and deletes below a tab's header move rows rather than check them all again.
  expect(shifts.incremental).toBeGreaterThan(shifts.all / 2);
});

it("in tabs with notes, totals and section titles among the rows, the live findings equal a full check", async () => {
  // Rows that are not data are left out and listed once per tab (row.not-data): edits of data rows
  // leave them be and rows inserted or deleted above move them, both checked incrementally.
  const before = { steps, incremental };
  const withNotes = operationOf(["edit", "edit", "copy", "insert", "delete"], true);
  await fc.assert(
    fc.asyncProperty(bookOf(30, true), fc.array(withNotes, { minLength: 1, maxLength: 10 }), liveEqualsFull),
    { seed: 29, numRuns: 80 },
  );
  expect(incremental - before.incremental).toBeGreaterThan((steps - before.steps) / 2);
});
