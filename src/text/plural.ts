/**
 * "1 cell", "2 cells": the count with its word, in every message the pane, the reports, the Summary
 * tab and the CLI write. `many` for a word whose plural is not word + "s".
 */
export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}
