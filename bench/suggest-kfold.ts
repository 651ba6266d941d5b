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

/** The number at a dotted path of TUNING and a setter for it; an unknown path or a non-number is an error. */
function weightAt(path: string): { value: number; set: (value: number) => void } {
  const keys = path.split(".");
  let target = TUNING as unknown as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) target = (target[key] ?? {}) as Record<string, unknown>;
  const last = keys[keys.length - 1] ?? "";
  const value = target[last];
  if (typeof value !== "number") throw new Error(`TUNING has no number at "${path}"`);
  return { value, set: (v) => (target[last] = v) };
}

/** Capability top-3 plus category top-3 hits (0, 1 or 2) per row, definitions only. */
function hits(rows: readonly LabelledRow[]): number[] {
  const index = new FrameworkIndex(model);
  return rows.map((row) => {
    const t = accuracy(index, [row]);
    return t.capability3 + t.category3;
  });
}

export interface CrossValidation {
  /** Per value, the share of top-3 hits (capability and category together) over all rows. */
  overall: number[];
  /** Per fold, the value the other folds chose. */
  chosen: number[];
  /** The share of top-3 hits on each fold with the value the other folds chose. */
  crossValidated: number;
}

/** Cross-validates one weight over `rows`; TUNING is left as it was. */
export function crossValidate(
  path: string,
  values: readonly number[],
  rows: readonly LabelledRow[] = tuningRows,
): CrossValidation {
  const weight = weightAt(path);
  let byValue: number[][];
  try {
    byValue = values.map((value) => {
      weight.set(value);
      return hits(rows);
    });
  } finally {
    weight.set(weight.value);
  }
  const share = (n: number) => n / (2 * rows.length);
  const fold = (i: number) => i % FOLDS;
  let crossValidated = 0;
  const chosen: number[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const scoreOn = (v: number, inFold: boolean) =>
      (byValue[v] ?? []).reduce((sum, hit, i) => sum + ((fold(i) === f) === inFold ? hit : 0), 0);
    const others = values.map((_, v) => scoreOn(v, false));
    const best = Math.max(...others);
    const tied = values.map((_, v) => v).filter((v) => others[v] === best);
    const pick = tied[Math.floor((tied.length - 1) / 2)] ?? 0;
    chosen.push(values[pick] ?? Number.NaN);
    crossValidated += scoreOn(pick, true);
  }
  return {
    overall: byValue.map((h) => share(h.reduce((a, b) => a + b, 0))),
    chosen,
    crossValidated: share(crossValidated),
  };
}

if (require.main === module) {
  const [path, ...values] = process.argv.slice(2);
  if (path === undefined || values.length === 0)
    throw new Error("usage: suggest-kfold.ts <weight> <value> <value> ...");
  const numbers = values.map(Number);
  const result = crossValidate(path, numbers);
  const pct = (share: number) => `${(100 * share).toFixed(1)}%`;
  numbers.forEach((value, v) =>
    process.stdout.write(
      `${path} = ${value}: capability + category top-3 ${pct(result.overall[v] ?? 0)} over ${tuningRows.length} rows\n`,
    ),
  );
  process.stdout.write(
    `${FOLDS}-fold: chose ${result.chosen.join(", ")}; measured on the folds left out ${pct(result.crossValidated)}\n`,
  );
}
