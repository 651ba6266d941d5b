/**
 * The command line's memory budget (read-budget.ts) for each workbook a command reads: 640 MB, or
 * CERDC_MEMORY_MB when set (a smaller budget for a machine short of memory; the attack tests use one
 * to stay quick). A batch reads its workbooks one after another, each under its own budget.
 */
import { DEFAULT_READ_BUDGET, ReadBudget } from "../workbook/xlsx/read-budget";

export function budgetLimit(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number(env.CERDC_MEMORY_MB);
  return Number.isFinite(mb) && mb > 0 ? mb * 1048576 : DEFAULT_READ_BUDGET;
}

export function runBudget(): ReadBudget {
  return new ReadBudget(budgetLimit());
}
