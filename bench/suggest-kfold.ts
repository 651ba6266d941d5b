/**
 * `npx tsx bench/suggest-kfold.ts <weight> <value> <value> ...`: k-fold cross-validation of one
 * weight of TUNING (a dotted path: `siblingShare`, `categoryBm25.b`) over every tuning row (training,
 * dev and fresh rows; never the held-out ones). The rows are dealt into 5 folds; for each fold the
 * value with the best capability top-3 plus category top-3 on the other four is chosen (ties: the
 * middle one of the tied values, away from the edge of a flat region) and measured on the fold
 * itself. It prints each value's figure over all rows and the cross-validated figure of choosing:
 * a weight is worth changing when the latter beats the current value's, not when one set likes it.
 */
import { FrameworkIndex } from "../src/definitions/framework-index";
import { TUNING } from "../src/definitions/tuning";
import { defaultReference } from "../src/model/default-reference";
import type { LabelledRow } from "./labelled-rows";
import { accuracy } from "./suggest-figure";
import { tuningRows } from "./suggest-tuning";

const FOLDS = 5;
const model = defaultReference();

/** Sets one TUNING weight by its dotted path; an unknown path or a non-number is an error. */
function setWeight(path: string, value: number): void {
  const keys = path.split(".");
  let target = TUNING as unknown as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  const last = keys[keys.length - 1] ?? "";
  if (typeof target?.[last] !== "number") throw new Error(`TUNING has no number at "${path}"`);
  target[last] = value;
}

/** Rows right in the top 3 (capability and category counted apart), per row, for one value. */
function hits(rows: readonly LabelledRow[]): number[] {
  const index = new FrameworkIndex(model);
  return rows.map((row) => {
    const t = accuracy(index, [row]);
    return t.capability3 + t.category3;
  });
}

function main(path: string, values: number[]): void {
  const rows = tuningRows;
  const fold = (i: number) => i % FOLDS;
  const byValue = values.map((value) => {
    setWeight(path, value);
    return hits(rows);
  });
  const pct = (n: number) => `${((100 * n) / (2 * rows.length)).toFixed(1)}%`;
  values.forEach((value, v) => {
    const total = (byValue[v] ?? []).reduce((a, b) => a + b, 0);
    process.stdout.write(`${path} = ${value}: capability + category top-3 ${pct(total)} over ${rows.length} rows\n`);
  });
  let crossValidated = 0;
  const chosen: number[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const scoreOn = (v: number, inFold: boolean) =>
      (byValue[v] ?? []).reduce((sum, hit, i) => sum + ((fold(i) === f) === inFold ? hit : 0), 0);
    const trainScores = values.map((_, v) => scoreOn(v, false));
    const best = Math.max(...trainScores);
    const tied = values.map((_, v) => v).filter((v) => trainScores[v] === best);
    const pick = tied[Math.floor((tied.length - 1) / 2)] ?? 0;
    chosen.push(values[pick] ?? Number.NaN);
    crossValidated += scoreOn(pick, true);
  }
  process.stdout.write(
    `${FOLDS}-fold: chose ${chosen.join(", ")}; measured on the folds left out ${pct(crossValidated)}\n`,
  );
}

if (require.main === module) {
  const [path, ...values] = process.argv.slice(2);
  if (path === undefined || values.length === 0)
    throw new Error("usage: suggest-kfold.ts <weight> <value> <value> ...");
  main(path, values.map(Number));
}
