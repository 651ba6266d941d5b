/**
 * Rows grouped by a key (an information object, a Gap ID...), kept up to date row by row so that
 * the rows sharing a key with a changed row are found without reading the tab.
 */
export class GroupIndex<R> {
  private readonly groups = new Map<string, Set<R>>();

  /** `keyOf` gives undefined for an item that belongs to no group. */
  constructor(readonly keyOf: (item: R) => string | undefined) {}

  /** True when the item starts a new group. */
  add(item: R): boolean {
    const key = this.keyOf(item);
    if (key === undefined) return false;
    const group = this.groups.get(key);
    if (group !== undefined) {
      group.add(item);
      return false;
    }
    this.groups.set(key, new Set([item]));
    return true;
  }

  /** True when the item was the last of its group. */
  remove(item: R): boolean {
    const key = this.keyOf(item);
    const group = key === undefined ? undefined : this.groups.get(key);
    if (key === undefined || group === undefined) return false;
    group.delete(item);
    if (group.size > 0) return false;
    this.groups.delete(key);
    return true;
  }

  get(key: string): ReadonlySet<R> {
    return this.groups.get(key) ?? new Set();
  }
}

/** Whether no other row of `row`'s group comes before it: the row whose spelling a name list keeps. */
export function firstOfGroup<R extends { row: number }>(index: GroupIndex<R>, row: R): boolean {
  const key = index.keyOf(row);
  if (key === undefined) return false;
  for (const other of index.get(key)) if (other.row < row.row) return false;
  return true;
}
