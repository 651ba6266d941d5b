/** A name for a new sheet that no sheet has (Excel compares sheet names ignoring case). */

/** The first of `names` no sheet has; else the last with " 2", " 3"... */
export function freeSheetName(names: readonly string[], taken: readonly string[]): string {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  const free = names.find((name) => !used.has(name.toLowerCase()));
  if (free !== undefined) return free;
  const base = names[names.length - 1] ?? "Report";
  let n = 2;
  while (used.has(`${base} ${n}`.toLowerCase())) n++;
  return `${base} ${n}`;
}
