/**
 * The command line's memory budget (read-budget.ts) for each workbook a command reads: 640 MB, or
 * CERDC_MEMORY_MB when set (a smaller budget for a machine short of memory; the attack tests use one
 * to stay quick). A batch reads its workbooks one after another, each under its own budget.
 *
 * The budget never passes a share of the heap node was given (`--max-old-space-size`, in
 * NODE_OPTIONS too, or a small machine's default): past that node dies with its heap dump instead
 * of the one line "too large to read".
 */
import { getHeapStatistics } from "node:v8";
import { DEFAULT_READ_BUDGET, ReadBudget } from "../workbook/xlsx/read-budget";

/** What a run keeps costs the heap about twice over (the strings kept and the grid made of them). */
const HEAP_SHARE = 0.35;

export function budgetLimit(
  env: NodeJS.ProcessEnv = process.env,
  heapLimit: number = getHeapStatistics().heap_size_limit,
): number {
  const mb = Number(env.CERDC_MEMORY_MB);
  const asked = Number.isFinite(mb) && mb > 0 ? mb * 1048576 : DEFAULT_READ_BUDGET;
  return Math.min(asked, Math.floor(heapLimit * HEAP_SHARE));
}

export function runBudget(): ReadBudget {
  return new ReadBudget(budgetLimit());
}
