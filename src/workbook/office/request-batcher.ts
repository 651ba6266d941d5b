/**
 * Keeps a run's requests under a size budget: callers reserve the estimated size of what they are
 * about to queue, and the queue is synced first when it would not fit. So a write of any size takes
 * as few requests as Excel on the web's 5 MB allows, in the order it was queued.
 */
export class RequestBatcher {
  private pending = 0;
  /** Requests sent so far. */
  syncs = 0;

  constructor(
    readonly context: Excel.RequestContext,
    private readonly budgetBytes: number,
  ) {}

  async reserve(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.budgetBytes) await this.flush();
    this.pending += bytes;
  }

  async flush(): Promise<void> {
    if (this.pending === 0) return;
    this.pending = 0;
    this.syncs++;
    await this.context.sync();
  }
}
