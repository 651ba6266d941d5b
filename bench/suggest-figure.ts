/**
 * `npm run bench -- suggest`: how well the framework index suggests, over the labelled rows of
 * bench/labelled-rows.json, the training rows (tuned on) and the held-out ones (never tuned on)
 * apart: top-1 and top-3 for the Level 3 capability and the category against the goals (category
 * top-3 >= 90%, capability top-3 >= 75%), from the definitions alone and with the training rows as
 * the workbook's own rows (the held-out rows then find their nearest training rows; a training row
 * never finds itself). Then the index's size and build time.
 */
import { defaultReference } from "../src/model/default-reference";
import { FrameworkIndex, type KnownRow } from "../src/definitions/framework-index";
import { labelledRows, type LabelledRow } from "./labelled-rows";

const GOALS = { capability: 0.75, category: 0.9 };

interface Tally {
  rows: number;
  capability1: number;
  capability3: number;
  category1: number;
  category3: number;
}

export function accuracy(index: FrameworkIndex, rows: readonly LabelledRow[], indexFor?: (row: LabelledRow) => FrameworkIndex): Tally {
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
    `  index: ${model.capabilities.level3.length} capabilities, ${model.information.categories.terms.length} categories, built in ${buildMs.toFixed(1)} ms\n`
  );
}

if (require.main === module) process.stdout.write(suggestFigure());
