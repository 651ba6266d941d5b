/**
 * Scale: a 100,000-row Data Categorisation tab.
 * - Through the office adapter on the fake Excel: check (blocked reads), auto-fill of three lookups
 *   per row (300,000 cells, chunked writes), highlight of every finding (RangeAreas, whose address
 *   length and area count the fake enforces) and revert. For each step: syncs, the largest request
 *   and response against Excel on the web's 5 MB, heap used after it, and time on the fake.
 * - Through the command line: `validate` and `fix` of a 100,000-row .xlsx, each in a fresh process
 *   (bench/measure.ts): time and peak memory (max RSS) against this machine's memory.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { totalmem } from "node:os";
import { join, resolve } from "node:path";
import { defaultReference } from "../src/model/default-reference";
import { FakeExcel } from "../src/workbook/fake-excel/fake-excel";
import { OfficeWorkbookFormatter } from "../src/workbook/office/office-formatter";
import { OfficeWorkbookReader } from "../src/workbook/office/office-workbook";
import { OfficeWorkbookWriter } from "../src/workbook/office/office-writer";
import { applyChanges } from "../src/workflows/changes/apply-changes";
import { checkWorkbook } from "../src/workflows/check/check";
import { clearHighlights } from "../src/workflows/check/clear-highlights";
import { highlightFindings } from "../src/workflows/check/highlight-findings";
import { planAutoFill } from "../src/workflows/changes/plan-auto-fill";
import { revertBatch } from "../src/workflows/changes/revert-batch";
import { CATEGORISATION_HEADERS, categorisationRows } from "../scripts/sample/sample-rows";
import { writeBenchWorkbook } from "./generate-bench-workbook";

const ROWS = 100_000;
const SHEET = "Data Categorisation";
const LIMIT = 5 * 1024 * 1024;
const root = resolve(__dirname, "..");
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** The sample workbook's rows repeated (as bench/generate-bench-workbook.ts does), every row's Capability, Capability Group and Domain left empty for auto-fill. */
export function book(rows: number): FakeExcel {
  const base = categorisationRows();
  const lookups = new Set(
    ["Capability", "Capability Group", "Domain"].map((header) => CATEGORISATION_HEADERS.indexOf(header)),
  );
  const row = (i: number) => {
    const template = base[i % base.length] ?? [];
    const round = Math.floor(i / base.length);
    return template.map((value, c) =>
      lookups.has(c)
        ? ""
        : c === 1
          ? `${value} ${Math.floor(round / 10) + 1}`
          : c === 7
            ? `${value} ${round + 1}`
            : value,
    );
  };
  return new FakeExcel({ [SHEET]: [[...CATEGORISATION_HEADERS], ...Array.from({ length: rows }, (_, i) => row(i))] });
}

async function step(excel: FakeExcel, label: string, work: () => Promise<string>): Promise<string> {
  (globalThis as { gc?: () => void }).gc?.();
  const first = excel.requests.length;
  const start = process.hrtime.bigint();
  const detail = await work();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const requests = excel.requests.slice(first);
  const maxRequest = Math.max(0, ...requests.map((r) => r.requestBytes));
  const maxResponse = Math.max(0, ...requests.map((r) => r.responseBytes));
  const heap = process.memoryUsage().heapUsed;
  const ok = maxRequest < LIMIT && maxResponse < LIMIT;
  return `  ${label.padEnd(10)} ${String(requests.length).padStart(3)} syncs, largest request ${mb(maxRequest)} MB, response ${mb(maxResponse)} MB, heap ${mb(heap)} MB, ${(ms / 1000).toFixed(1)} s; ${detail}  ${ok ? "ok" : "MISS"} (< 5 MB)\n`;
}

export async function officeScaleFigure(rows = ROWS): Promise<string> {
  const excel = book(rows);
  const model = defaultReference();
  const reader = new OfficeWorkbookReader(excel.run, { hasMergedAreas: () => true });
  const writer = new OfficeWorkbookWriter(excel.run, { undoGroups: () => true });
  const formatter = new OfficeWorkbookFormatter(excel.run, { rangeAreas: () => true });
  let out = `  ${rows.toLocaleString("en-AU")} rows x ${CATEGORISATION_HEADERS.length} columns on the fake, this machine has ${Math.round(totalmem() / 1024 / 1024).toLocaleString("en-AU")} MB\n`;
  let findings: Awaited<ReturnType<typeof checkWorkbook>>["report"]["findings"] = [];
  out += await step(excel, "check", async () => {
    findings = (await checkWorkbook({ reader, settings: writer }, model)).report.findings;
    return `${findings.length.toLocaleString("en-AU")} findings`;
  });
  let batch = "";
  out += await step(excel, "auto-fill", async () => {
    const plan = await planAutoFill(reader, model);
    const outcome = await applyChanges(writer, plan.changes, { label: "bench", source: "pane" });
    batch = outcome.batch?.id ?? "";
    return `${outcome.applied.length.toLocaleString("en-AU")} cells written`;
  });
  out += await step(excel, "highlight", async () => {
    const summary = await highlightFindings(formatter, findings);
    return `${summary.marked.toLocaleString("en-AU")} cells marked (RangeAreas within the fake's address and area limits)`;
  });
  out += await step(excel, "clear", async () => `${(await clearHighlights(formatter)).removed} marks removed`);
  out += await step(
    excel,
    "revert",
    async () => `${(await revertBatch(writer, batch)).restored.toLocaleString("en-AU")} cells restored`,
  );
  return out;
}

export function cliScaleFigure(rows = ROWS): Promise<string> {
  return (async () => {
    const dir = join(root, ".tmp", "bench");
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `categorisation-${rows}.xlsx`);
    if (!existsSync(file)) await writeBenchWorkbook(file, rows);
    const tsx = join(root, "node_modules", ".bin", "tsx");
    const machine = totalmem() / 1024 / 1024;
    let out = `  ${rows.toLocaleString("en-AU")}-row .xlsx, this machine has ${Math.round(machine).toLocaleString("en-AU")} MB of memory\n`;
    for (const job of ["validate", "fix"]) {
      const line = execFileSync(
        tsx,
        [join(root, "bench", "measure.ts"), job, file, join(dir, `scale-${job}-out.xlsx`)],
        { encoding: "utf8", maxBuffer: 1 << 20 },
      );
      const { ms, maxRssMb } = JSON.parse(line.trim().split("\n").pop() ?? "{}") as { ms: number; maxRssMb: number };
      out += `  cerdc ${job.padEnd(8)} ${(ms / 1000).toFixed(1)} s, peak memory ${maxRssMb} MB (${((maxRssMb / machine) * 100).toFixed(1)}% of the machine)  ${maxRssMb < machine / 4 ? "ok" : "MISS"} (< a quarter)\n`;
    }
    return out;
  })();
}
