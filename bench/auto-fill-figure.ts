/**
 * Auto-filling a Data Categorisation tab through the office adapter on the fake Excel, where every
 * row has only its Capability ID typed (three lookups to fill per row): requests (syncs), request
 * and response bytes against Excel on the web's 5 MB, and the core's own time apart from the fake's.
 * Syncs must grow with blocks of rows, not with rows: two sizes are printed side by side.
 */
import { defaultReference } from "../src/model/default-reference";
import { readWorkbook } from "../src/sheets/parsed-workbook";
import { categorisationTab } from "../src/sheets/tab-definitions";
import { FakeExcel } from "../src/workbook/fake-excel/fake-excel";
import { OfficeWorkbookReader } from "../src/workbook/office/office-workbook";
import { OfficeWorkbookWriter } from "../src/workbook/office/office-writer";
import { applyChanges } from "../src/workflows/changes/apply-changes";
import { autoFillPlanOf } from "../src/workflows/changes/plan-auto-fill";

const SHEET = "Data Categorisation";
const LIMIT = 5 * 1024 * 1024;

function keysOnlyBook(rows: number): FakeExcel {
  const headers = categorisationTab.columns.map((c) => c.header);
  const row = (i: number) =>
    headers.map((header) =>
      header === "Capability ID"
        ? (["4.1.2", "2.2.1", "4.3.5"][i % 3] ?? "")
        : header === "Capability" || header === "Capability Group" || header === "Domain"
          ? ""
          : `${header} ${i % 50}`,
    );
  return new FakeExcel({ [SHEET]: [headers, ...Array.from({ length: rows }, (_, i) => row(i))] });
}

const ms = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e6;

async function once(rows: number): Promise<string> {
  const excel = keysOnlyBook(rows);
  const reader = new OfficeWorkbookReader(excel.run, { hasMergedAreas: () => true });
  const writer = new OfficeWorkbookWriter(excel.run, { undoGroups: () => true });
  const model = defaultReference();
  const readStart = process.hrtime.bigint();
  const book = await readWorkbook(reader);
  const readMs = ms(readStart);
  const readSyncs = excel.syncCount;
  const planStart = process.hrtime.bigint();
  const plan = autoFillPlanOf(book, model, { normalise: false });
  const planMs = ms(planStart);
  const applyStart = process.hrtime.bigint();
  const outcome = await applyChanges(writer, plan.changes, { label: "bench", source: "pane" });
  const applyMs = ms(applyStart);
  const applyRequests = excel.requests.slice(readSyncs);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const largest = Math.max(...excel.requests.map((r) => Math.max(r.requestBytes, r.responseBytes)));
  const ok = largest < LIMIT && outcome.applied.length === rows * 3;
  return (
    `  ${rows.toLocaleString("en-AU").padStart(6)} rows, ${outcome.applied.length.toLocaleString("en-AU")} cells: read ${readSyncs} syncs (${readMs.toFixed(0)} ms on the fake), ` +
    `plan ${planMs.toFixed(0)} ms core, apply ${applyRequests.length} syncs (${applyMs.toFixed(0)} ms on the fake, record and cells); ` +
    `request bytes ${sum(applyRequests.map((r) => r.requestBytes)).toLocaleString("en-AU")}, response bytes ${sum(excel.requests.map((r) => r.responseBytes)).toLocaleString("en-AU")}, ` +
    `largest ${largest.toLocaleString("en-AU")}  ${ok ? "ok" : "MISS"} (every request < 5 MB)\n`
  );
}

export async function autoFillFigure(): Promise<string> {
  return (await once(10_000)) + (await once(20_000));
}
