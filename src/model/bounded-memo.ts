/**
 * Remembers a lookup's answer per distinct input. A column repeats a handful of values across
 * thousands of rows, so each lookup runs once per value; the bound keeps a column of all-distinct
 * free text from growing the cache without limit.
 */
export class BoundedMemo<V> {
  private readonly answers = new Map<string, V>();
  // The last answer: a column often gives the same value on the rows that follow one another.
  private lastKey: string | undefined;
  private lastValue: V | undefined;

  constructor(private readonly limit = 10000) {}

  /**
   * The answer for `key`, computed by `compute(key)` the first time. Pass a function made once (a
   * bound method, a field), not a fresh arrow per call: rules look values up on every row, and a
   * closure per lookup is most of the garbage a rule run makes.
   */
  get(key: string, compute: (key: string) => V): V {
    if (key === this.lastKey) return this.lastValue as V;
    let value = this.answers.get(key);
    if (value === undefined && !this.answers.has(key)) {
      value = compute(key);
      if (this.answers.size < this.limit) this.answers.set(key, value);
    }
    this.lastKey = key;
    this.lastValue = value;
    return value as V;
  }
}
