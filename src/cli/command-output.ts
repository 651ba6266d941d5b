/** What a command hands back to print: runCli prints it and sets the exit status. */
export interface CommandOutput {
  stdout: string;
  exitCode: number;
  /** Per-file failures a batch goes on past. */
  stderr?: string;
  /**
   * True when stdout is data (JSON, SARIF, a document) or text already made terminal-safe; anything
   * else is text for a terminal, and runCli shows its control characters escaped.
   */
  raw?: boolean;
}
