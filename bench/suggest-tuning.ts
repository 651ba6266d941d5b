/**
 * `npx tsx bench/suggest-tuning.ts`: the figures the framework index is tuned on, and only those:
 * the training rows of bench/labelled-rows.json (definitions only, and leave-one-out with the other
 * training rows as the workbook's rows), the dev rows of bench/labelled-rows-dev*.json and, from
 * round 3, the fresh rows of bench/labelled-rows-fresh.json (definitions only, and with the training
 * rows as the workbook's), then all of them together. It never prints the held-out rows: they are
 * measured by `npm run bench -- suggest`, looked at once a change is made, never tuned against.
 * Also how many of these correct rows the two rules question, and how many the rules question once
 * each row's capability and category are moved to wrong ones (a rule that never speaks is no rule).
 * `bench/suggest-kfold.ts` picks a weight by k-fold cross-validation over the same rows.
 */
import { FrameworkIndex, type KnownRow } from "../src/definitions/framework-index";
import { unlikelyJudge } from "../src/definitions/unlikely-value";
import { defaultReference } from "../src/model/default-reference";
import { accuracy } from "./suggest-figure";
import { dev2Rows, devRows, freshRows, labelledRows, type LabelledRow } from "./labelled-rows";

const model = defaultReference();
const train = labelledRows.filter((r) => !r.heldOut);
/** Every row the index may be tuned on: training, dev and (from round 3) fresh rows. */
export const tuningRows: readonly LabelledRow[] = [...train, ...devRows, ...dev2Rows, ...freshRows];
const known = (rows: readonly LabelledRow[]): KnownRow[] => rows.map((r) => ({ ...r, capability: r.capabilityId }));
const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;

function line(label: string, t: ReturnType<typeof accuracy>): string {
  return `${label.padEnd(34)} cap ${pct(t.capability1, t.rows)} / ${pct(t.capability3, t.rows)}   cat ${pct(t.category1, t.rows)} / ${pct(t.category3, t.rows)}\n`;
}

/** Rows the two rules question, as labelled (correct) and with every value moved along (wrong). */
function questioned(rows: readonly LabelledRow[], shift: number): { capability: number; category: number } {
  const judge = unlikelyJudge(model);
  const level3 = model.capabilities.level3;
  const categories = model.information.categories.terms;
  let capability = 0;
  let category = 0;
  for (const row of rows) {
    const c = level3[(level3.findIndex((x) => x.id === row.capabilityId) + shift * 7) % level3.length];
    const k = categories[(categories.findIndex((x) => x.name === row.category) + shift) % categories.length];
    if (c === undefined || k === undefined) throw new Error(`unknown label in "${row.activity}"`);
    const capabilityVerdict = judge.capability(row.activity, row.useCaseGroup, c);
    if (capabilityVerdict !== undefined && judge.confirmed(row, c, capabilityVerdict.better.capability)) capability++;
    const categoryVerdict = judge.category(row.informationObject, k);
    if (categoryVerdict !== undefined && judge.confirmed(row, k, categoryVerdict.better.category)) category++;
  }
  return { capability, category };
}

export function tuningFigure(): string {
  const framework = new FrameworkIndex(model);
  const withTrain = new FrameworkIndex(model, known(train));
  const leaveOneOut = (row: LabelledRow) => new FrameworkIndex(model, known(train.filter((r) => r !== row)));
  const rules = (label: string, rows: readonly LabelledRow[]) => {
    const right = questioned(rows, 0);
    const wrong = questioned(rows, 11);
    return `rules ${label.padEnd(28)} correct questioned cap ${right.capability} cat ${right.category} of ${rows.length}; wrong questioned cap ${wrong.capability} cat ${wrong.category}\n`;
  };
  return (
    line("training, definitions", accuracy(framework, train)) +
    line("training, leave one out", accuracy(framework, train, leaveOneOut)) +
    line("dev, definitions", accuracy(framework, devRows)) +
    line("dev, with training rows", accuracy(withTrain, devRows)) +
    line("dev 2, definitions", accuracy(framework, dev2Rows)) +
    line("dev 2, with training rows", accuracy(withTrain, dev2Rows)) +
    line("fresh, definitions", accuracy(framework, freshRows)) +
    line("fresh, with training rows", accuracy(withTrain, freshRows)) +
    line("all tuning rows, definitions", accuracy(framework, tuningRows)) +
    rules("training", train) +
    rules("dev", devRows) +
    rules("dev 2", dev2Rows) +
    rules("fresh", freshRows)
  );
}

if (require.main === module) process.stdout.write(tuningFigure());
