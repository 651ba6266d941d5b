/**
 * The two buckets a summary counts a row under when its value does not resolve, so no row is ever
 * dropped from a count: "(blank)" when the cell is empty, "Unrecognised" when it holds something
 * the framework's vocabularies do not know.
 */
export const BLANK = "(blank)";
export const UNRECOGNISED = "Unrecognised";

/** Labels with the two buckets after them, in that order: the axis of every summary block. */
export function withBuckets(labels: readonly string[]): string[] {
  return [...labels, UNRECOGNISED, BLANK];
}

/** The label a value is counted under: what `resolve` gives, else the bucket the text falls in. */
export function bucketOf(text: string, resolve: (text: string) => string | undefined): string {
  if (text === "") return BLANK;
  return resolve(text) ?? UNRECOGNISED;
}
