/** "1 cell", "2 cells": the count with its word, in every message the pane, the reports and the CLI write. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
