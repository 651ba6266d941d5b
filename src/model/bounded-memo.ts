/**
 * Remembers a lookup's answer per distinct input. A column repeats a handful of values across
 * thousands of rows, so each lookup runs once per value; the bound keeps a column of all-distinct
 * free text from growing the cache without limit.
 */
export class BoundedMemo<V> {
  private readonly answers = new Map<string, V>();

  constructor(private readonly limit = 10000) {}

  get(key: string, compute: () => V): V {
    const known = this.answers.get(key);
    if (known !== undefined || this.answers.has(key)) return known as V;
    const value = compute();
    if (this.answers.size < this.limit) this.answers.set(key, value);
    return value;
  }
}
