/**
 * Every write the add-in makes, failed half-way on the fake Excel. For each operation the pane offers
 * (apply a fix or auto-fill, revert, highlight, clear, install and remove dropdowns, add the missing
 * tabs, save a column mapping), a clean run is recorded first; then, for every request of it that
 * writes, a fresh workbook is given the same history and that request fails:
 * - AccessDenied half-way through its actions (what Excel says for a protected sheet),
 * - ItemNotFound half-way (a sheet deleted meanwhile),
 * - RequestPayloadSizeLimitExceeded before any action ran (a request too large is refused whole),
 * - NetworkError after every action ran (Excel on the web losing the answer: the writes happened),
 * and, separately, the user protects the sheet just before that request.
 * Then: the operation rejects with a sentence naming a tab or the workbook (never Excel's bare text);
 * its way back (revert, clear, remove) brings the workbook to the same state as after a clean run and
 * its way back; and the next action (running the operation again) works and gives the clean result.
 */
import type { Finding } from "../../src/check/finding";
import { categorisationTab } from "../../src/sheets/tab-definitions";
import { SUMMARY_SHEET_KEY } from "../../src/workflows/settings/summary-sheet-setting";
import { officeOperations } from "../../src/taskpane/office-operations";
import type { PaneOperations } from "../../src/taskpane/pane-operations";
import { FakeExcel, type PlannedFault } from "../../src/workbook/fake-excel/fake-excel";
import { validCategorisation, type CategorisationRow } from "../support/workbook-rows";

const DC = "Data Categorisation";

function rows(overrides: CategorisationRow[]): string[][] {
  return [
    categorisationTab.columns.map((c) => c.header),
    ...overrides.map((row) => categorisationTab.columns.map((c) => row[c.key] ?? validCategorisation[c.key])),
  ];
}

function newExcel(): FakeExcel {
  const excel = new FakeExcel({
    Cover: [["CER data categorisation"]],
    [DC]: {
      rows: rows([
        {},
        { informationCategory: "Telemetry (Devices)" },
        { capability: "", capabilityGroup: "", domain: "" },
        { sensitivity: "public" },
        { interface: "Pigeon" },
      ]),
      conditionalFormats: [{ ranges: "A2:A50", formula: '=A2="x"', fill: "#FF0000" }],
    },
    Notes: [["keep me"]],
  });
  const office = {
    context: {
      requirements: { isSetSupported: (name: string, version: string) => excel.isSetSupported(name, version) },
    },
  };
  (globalThis as unknown as { Office: unknown }).Office = office;
  return excel;
}

// The Summary tab says when it was refreshed, to the minute: one fixed clock for every run (Date alone is faked).
beforeAll(() => {
  jest.useFakeTimers({
    now: new Date("2026-12-02T08:00:00Z"),
    doNotFake: [
      "hrtime",
      "nextTick",
      "performance",
      "queueMicrotask",
      "requestAnimationFrame",
      "cancelAnimationFrame",
      "requestIdleCallback",
      "cancelIdleCallback",
      "setImmediate",
      "clearImmediate",
      "setInterval",
      "clearInterval",
      "setTimeout",
      "clearTimeout",
    ],
  });
});

afterAll(() => {
  jest.useRealTimers();
  delete (globalThis as unknown as { Office?: unknown }).Office;
});

/** Everything an analyst could see: sheets, visibility, cell texts, formats, validation, tables, and what the add-in keeps in settings (batch records by count). */
function snapshot(excel: FakeExcel): Record<string, unknown> {
  const sheets = Object.fromEntries(
    excel.sheetNames.map((name) => [
      name,
      {
        visibility: excel.visibility(name),
        texts: excel.texts(name),
        formatting: JSON.parse(excel.formatting(name)) as unknown,
      },
    ]),
  );
  const settings = Object.fromEntries(
    Object.entries(excel.settings)
      .filter(
        ([key, value]) =>
          !key.startsWith("cer.batch") && !(key === "cer.history" && Array.isArray(value) && value.length === 0),
      )
      .map(([key, value]) => [
        key,
        key === "cer.history" && Array.isArray(value)
          ? `${value.length} batches`
          : key === SUMMARY_SHEET_KEY
            ? summaryRecord(excel, value)
            : value,
      ]),
  );
  return { sheets, tables: excel.tables, charts: excel.charts, settings };
}

/** Sheet ids differ from one fake to the next: the record must name the sheet it claims, by its id. */
function summaryRecord(excel: FakeExcel, value: unknown): unknown {
  const { id, name } = (value ?? {}) as { id?: unknown; name?: unknown };
  if (typeof name !== "string" || !excel.sheetNames.includes(name)) return value;
  return { name, id: id === excel.sheetId(name) ? "the id of that sheet" : id };
}

interface Operation {
  name: string;
  /** Brings a fresh workbook to where the operation starts (e.g. a batch applied before Revert). */
  before?: (ops: PaneOperations) => Promise<unknown>;
  act: (ops: PaneOperations) => Promise<unknown>;
  /** The way back after the operation, whole or half-done; absent when running it again is the way. */
  undo?: (ops: PaneOperations) => Promise<unknown>;
}

async function findings(ops: PaneOperations): Promise<Finding[]> {
  return (await ops.validate()).findings;
}

async function revertAll(ops: PaneOperations): Promise<void> {
  for (const batch of await ops.history()) await ops.revert(batch.id);
}

async function applyEverything(ops: PaneOperations): Promise<unknown> {
  const plan = await ops.planAutoFill();
  return ops.apply([...plan.changes, ...plan.conflicts], "Auto-fill");
}

const operations: Operation[] = [
  { name: "apply (auto-fill)", act: applyEverything, undo: revertAll },
  { name: "revert", before: applyEverything, act: revertAll },
  { name: "highlight", act: async (ops) => ops.highlight(await findings(ops)), undo: (ops) => ops.clearHighlights() },
  {
    name: "clear highlights",
    before: async (ops) => ops.highlight(await findings(ops)),
    act: (ops) => ops.clearHighlights(),
  },
  { name: "install dropdowns", act: (ops) => ops.installDropdowns(), undo: (ops) => ops.removeDropdowns() },
  { name: "remove dropdowns", before: (ops) => ops.installDropdowns(), act: (ops) => ops.removeDropdowns() },
  { name: "add missing tabs", act: (ops) => ops.addMissingTabs() },
  { name: "save column mapping", act: (ops) => ops.saveMapping("categorisation", { sensitivity: "Sensitivity" }) },
  { name: "write the Summary tab", act: (ops) => ops.writeSummary() },
  { name: "refresh the Summary tab", before: (ops) => ops.writeSummary(), act: (ops) => ops.writeSummary() },
];

interface Recorded {
  /** Requests of a clean run of `act` that wrote, 1-based from its start, with their action counts. */
  writes: Array<{ request: number; actions: number }>;
  afterAct: Record<string, unknown>;
  afterUndo: Record<string, unknown>;
}

async function record(operation: Operation): Promise<Recorded> {
  const excel = newExcel();
  const ops = officeOperations(excel.run);
  await operation.before?.(ops);
  const start = excel.requests.length;
  await operation.act(ops);
  const writes = excel.requests
    .slice(start)
    .flatMap((r, i) => (r.wrote ? [{ request: i + 1, actions: r.actions }] : []));
  const afterAct = snapshot(excel);
  await operation.undo?.(ops);
  return { writes, afterAct, afterUndo: snapshot(excel) };
}

type Fault = { label: string; plant: (excel: FakeExcel, request: number, actions: number) => void };

const faults: Fault[] = [
  {
    label: "AccessDenied half-way (protected)",
    plant: (excel, request, actions) =>
      excel.failRequest({ request, afterActions: Math.floor(actions / 2), code: "AccessDenied" }),
  },
  {
    label: "ItemNotFound half-way (sheet deleted)",
    plant: (excel, request, actions) =>
      excel.failRequest({ request, afterActions: Math.floor(actions / 2), code: "ItemNotFound" }),
  },
  {
    label: "payload too large (refused whole)",
    plant: (excel, request) => excel.failRequest({ request, afterActions: 0, code: "RequestPayloadSizeLimitExceeded" }),
  },
  {
    label: "network drop after the writes ran",
    plant: (excel, request, actions) =>
      excel.failRequest({ request, afterActions: actions, code: "NetworkError" } satisfies PlannedFault),
  },
  {
    label: "the user protects the sheet just before the write",
    plant: (excel, request) => {
      const at = excel.requests.length + request;
      excel.beforeRequest((n) => {
        if (n === at) excel.protect(DC);
      });
    },
  },
];

/**
 * Known gaps, kept visible: "operation|fault" pairs listed here run as `it.failing`, which passes
 * while the gap is there and fails once it is fixed, so whoever fixes one must move it back to the
 * strict list. None today (the last two, highlight and add missing tabs, were fixed; reliability.md).
 */
const KNOWN_GAPS = new Set<string>([]);

describe.each(operations)("$name failing half-way", (operation) => {
  let recorded: Recorded;
  beforeAll(async () => {
    recorded = await record(operation);
  });

  it("writes at least once in a clean run (so the faults below hit a write)", () => {
    expect(recorded.writes.length).toBeGreaterThan(0);
  });

  const cases = (known: boolean) =>
    faults.filter((fault) => KNOWN_GAPS.has(`${operation.name}|${fault.label}`) === known);
  const strict = cases(false);
  const gaps = cases(true);
  const check = async (fault: Fault) => {
    for (const write of recorded.writes) {
      const excel = newExcel();
      const ops = officeOperations(excel.run);
      await operation.before?.(ops);
      fault.plant(excel, write.request, write.actions);
      let message: string | undefined;
      try {
        await operation.act(ops);
      } catch (error) {
        message = (error as Error).message;
      }
      excel.protect(DC, false);
      if (message !== undefined) {
        expect(message).toMatch(/"[^"]+"|workbook|Excel/);
        expect(message).not.toMatch(/^The request could not be completed|^You cannot perform|^The requested resource/);
      }
      if (operation.undo !== undefined) {
        await operation.undo(ops);
        expect([write.request, fault.label, snapshot(excel)]).toEqual([write.request, fault.label, recorded.afterUndo]);
      }
      await operation.act(ops);
      expect([write.request, fault.label, snapshot(excel)]).toEqual([write.request, fault.label, recorded.afterAct]);
    }
  };
  if (strict.length > 0) it.each(strict)("$label: a clear message, a way back, and the next action works", check);
  if (gaps.length > 0) it.failing.each(gaps)("known gap, $label: not yet restored exactly", check);
});
