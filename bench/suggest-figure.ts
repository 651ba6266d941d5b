/**
 * `npm run bench -- suggest`: how well the framework index suggests, over the labelled rows of
 * bench/labelled-rows.json, the training rows (tuned on) and the held-out ones (never tuned on)
 * apart: top-1 and top-3 for the Level 3 capability and the category against the goals (category
 * top-3 >= 90%, capability top-3 >= 75%), from the definitions alone and with the training rows as
 * the workbook's own rows (the held-out rows then find their nearest training rows; a training row
 * never finds itself), and the dev rows of bench/labelled-rows-dev*.json (written for tuning, so
 * tuning data like the training rows, printed apart). Then the index's build time, and how many rows known to be right the two
 * rules (capability.unlikely-for-activity, category.unlikely-for-object) question: the labelled
 * rows with their labels, training and held out apart, and the sample workbook (goal: at most 1 in 50).
 * The same figures for bench/labelled-rows-fresh.json, a set written apart from the suggester, measured
 * untouched in the second round and tuning data from the third: from the definitions alone, and with
 * all the first set's rows as the workbook's own rows; and the same again for
 * bench/labelled-rows-fresh2.json, a second set written apart and never tuned on.
 */
import { buildSync } from "esbuild";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { FrameworkIndex, type KnownRow } from "../src/definitions/framework-index";
import { capabilityGroupOf } from "../src/model/capability-model";
import { defaultReference } from "../src/model/default-reference";
import type { ReferenceModel } from "../src/model/reference-model";
import capabilityRule from "../src/rules/capability.unlikely-for-activity";
import categoryRule from "../src/rules/category.unlikely-for-object";
import { runRules } from "../src/check/run-rules";
import { readWorkbook, type ParsedWorkbook } from "../src/sheets/parsed-workbook";
import { MemoryWorkbook } from "../src/workbook/memory/memory-workbook";
import { openXlsx } from "../src/workbook/xlsx/xlsx-workbook";
import { categorisationTab } from "../src/sheets/tab-definitions";
import { dev2Rows, devRows, fresh2Rows, freshRows, labelledRows, type LabelledRow } from "./labelled-rows";

const GOALS = { capability: 0.75, category: 0.9 };

interface Tally {
  rows: number;
  capability1: number;
  capability3: number;
  category1: number;
  category3: number;
}

export function accuracy(
  index: FrameworkIndex,
  rows: readonly LabelledRow[],
  indexFor?: (row: LabelledRow) => FrameworkIndex,
): Tally {
  const tally: Tally = { rows: rows.length, capability1: 0, capability3: 0, category1: 0, category3: 0 };
  for (const row of rows) {
    const use = indexFor?.(row) ?? index;
    const capabilities = use.rankCapabilities(row).map((s) => s.id);
    const categories = use.rankCategories(row).map((s) => s.name);
    if (capabilities[0] === row.capabilityId) tally.capability1++;
    if (capabilities.slice(0, 3).includes(row.capabilityId)) tally.capability3++;
    if (categories[0] === row.category) tally.category1++;
    if (categories.slice(0, 3).includes(row.category)) tally.category3++;
  }
  return tally;
}

const percent = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`.padStart(6);

function tallyLines(label: string, t: Tally): string {
  const goal = (n: number, g: number) => (n / t.rows >= g ? "ok" : "MISS");
  return (
    `  ${label} (${t.rows} rows): capability L3 top-1 ${percent(t.capability1, t.rows)}, top-3 ${percent(t.capability3, t.rows)} ${goal(t.capability3, GOALS.capability)} (>= 75%); ` +
    `category top-1 ${percent(t.category1, t.rows)}, top-3 ${percent(t.category3, t.rows)} ${goal(t.category3, GOALS.category)} (>= 90%)\n`
  );
}

const known = (rows: readonly LabelledRow[]): KnownRow[] => rows.map((r) => ({ ...r, capability: r.capabilityId }));

/** The labelled rows as a Data Categorisation tab, each with its labelled capability (and lookups) and category. */
function labelledBook(model: ReferenceModel, rows: readonly LabelledRow[]): Promise<ParsedWorkbook> {
  const lines = rows.map((r) => {
    const capability = model.capabilities.byId(r.capabilityId);
    const category = model.information.categories.match(r.category)?.term;
    if (capability?.level !== 3 || category === undefined)
      throw new Error(`labelled row "${r.activity}" names an unknown capability or category`);
    const values: Record<string, string> = {
      useCaseGroup: r.useCaseGroup,
      useCase: r.useCase,
      activity: r.activity,
      informationObject: r.informationObject,
      capabilityId: capability.id,
      capability: capability.name,
      capabilityGroup: capabilityGroupOf(capability).name,
      domain: capability.domain.name,
      informationCategory: category.name,
      informationGroup: category.group.name,
    };
    return categorisationTab.columns.map((c) => values[c.key] ?? "");
  });
  return readWorkbook(
    new MemoryWorkbook({ "Data Categorisation": { rows: [categorisationTab.columns.map((c) => c.header), ...lines] } }),
  );
}

/** How many rows known to be right the two rules question, against at most 1 in 50. */
async function questionedLine(label: string, book: ParsedWorkbook, model: ReferenceModel): Promise<string> {
  const rows = book.categorisation?.rows.length ?? 0;
  const findings = runRules(book, model, [capabilityRule, categoryRule]);
  const questioned = new Set(findings.map((f) => f.row)).size;
  const byRule = (id: string) => findings.filter((f) => f.rule === id).length;
  return `  rules on correct rows, ${label}: ${questioned} of ${rows} rows questioned (capability ${byRule(capabilityRule.id)}, category ${byRule(categoryRule.id)}) ${questioned <= rows / 50 ? "ok" : "MISS"} (<= 1 in 50)\n`;
}

export async function questionFigure(): Promise<string> {
  const model = defaultReference();
  const sample = await readWorkbook(openXlsx(readFileSync(join(__dirname, "..", "seeds", "sample-workbook.xlsx"))));
  return (
    (await questionedLine(
      "training",
      await labelledBook(
        model,
        labelledRows.filter((r) => !r.heldOut),
      ),
      model,
    )) +
    (await questionedLine(
      "held out",
      await labelledBook(
        model,
        labelledRows.filter((r) => r.heldOut),
      ),
      model,
    )) +
    (await questionedLine("the sample workbook", sample, model)) +
    (await questionedLine(FRESH, await labelledBook(model, freshRows), model)) +
    (await questionedLine(FRESH2, await labelledBook(model, fresh2Rows), model))
  );
}

/** The index's code (the seeds aside, which come with the checking code anyway): minified and gzipped. */
function indexSizeLine(): string {
  const entry = join(__dirname, "..", "src", "definitions", "framework-index.ts");
  const [output] = buildSync({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    write: false,
    format: "esm",
    platform: "browser",
    logLevel: "silent",
  }).outputFiles;
  const bytes = output?.contents ?? new Uint8Array();
  return `  index code: ${(bytes.length / 1024).toFixed(1)} KiB minified, ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} KiB gzipped (it travels with the checking code, which the two rules need; the Definitions view and its workflow load on first use)\n`;
}

const FRESH = "fresh set (tuned on from round 3)";
const FRESH2 = "second fresh set (never tuned on)";

export function suggestFigure(): string {
  const model = defaultReference();
  const train = labelledRows.filter((r) => !r.heldOut);
  const heldOut = labelledRows.filter((r) => r.heldOut);
  const started = performance.now();
  const framework = new FrameworkIndex(model);
  const buildMs = performance.now() - started;
  const withTrain = new FrameworkIndex(model, known(train));
  // A training row learns from the other training rows only.
  const leaveOneOut = (row: LabelledRow) => new FrameworkIndex(model, known(train.filter((r) => r !== row)));
  return (
    tallyLines("definitions only, training", accuracy(framework, train)) +
    tallyLines("definitions only, held out", accuracy(framework, heldOut)) +
    tallyLines("with workbook rows, training (leave one out)", accuracy(framework, train, leaveOneOut)) +
    tallyLines("with workbook rows, held out", accuracy(withTrain, heldOut)) +
    tallyLines("dev rows (tuned on, like training), definitions only", accuracy(framework, [...devRows, ...dev2Rows])) +
    tallyLines(`${FRESH}, definitions only`, accuracy(framework, freshRows)) +
    tallyLines(
      `${FRESH}, with the first set's rows as workbook rows`,
      accuracy(new FrameworkIndex(model, known(labelledRows)), freshRows),
    ) +
    tallyLines(`${FRESH2}, definitions only`, accuracy(framework, fresh2Rows)) +
    tallyLines(
      `${FRESH2}, with the first set's rows as workbook rows`,
      accuracy(new FrameworkIndex(model, known(labelledRows)), fresh2Rows),
    ) +
    `  index: ${model.capabilities.level3.length} capabilities, ${model.information.categories.terms.length} categories, built in ${buildMs.toFixed(1)} ms\n` +
    indexSizeLine()
  );
}

if (require.main === module) void questionFigure().then((lines) => process.stdout.write(suggestFigure() + lines));
