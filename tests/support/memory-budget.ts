/**
 * Runs a command under a smaller memory budget (CERDC_MEMORY_MB, run-budget.ts), so a test reaches
 * the budget's bounds with files of a few MB; the variable is put back as it was.
 */
export async function withBudget<T>(mb: number, run: () => Promise<T>): Promise<T> {
  const before = process.env.CERDC_MEMORY_MB;
  process.env.CERDC_MEMORY_MB = String(mb);
  try {
    return await run();
  } finally {
    if (before === undefined) delete process.env.CERDC_MEMORY_MB;
    else process.env.CERDC_MEMORY_MB = before;
  }
}
