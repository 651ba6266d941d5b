/**
 * Glob patterns over "/"-separated paths, matched without backtracking: `**` any number of folders,
 * `*` and `?` within one name, `[abc]` / `[a-z]` / `[!a]` one character, `{a,b}` either. A pattern
 * is expanded into its brace alternatives (at most 256) and split into segments; a path is matched
 * segment by segment as a set of states (an NFA), so the work is names x segments whatever the
 * pattern, where a regular expression with many `**` backtracks for minutes.
 */

const MAX_ALTERNATIVES = 256;

export class GlobPattern {
  /** Each alternative as its segments; "**" is its own segment. */
  private readonly alternatives: string[][];

  constructor(glob: string) {
    this.alternatives = expandBraces(glob).map((alternative) =>
      alternative.split("/").filter((s, i, all) => s !== "" || i === 0 || i === all.length - 1),
    );
  }

  /** The states after the empty path: where each alternative stands before any name. */
  start(): State[] {
    return closure(
      this.alternatives.map((_, a) => ({ a, i: 0 })),
      this.alternatives,
    );
  }

  /** The states after one more name; empty when no path below can match. */
  step(states: readonly State[], name: string): State[] {
    const next: State[] = [];
    for (const { a, i } of states) {
      const segment = this.alternatives[a]?.[i];
      if (segment === undefined) continue;
      if (segment === "**") {
        if (!name.startsWith(".")) next.push({ a, i });
      } else if (nameMatches(segment, name)) next.push({ a, i: i + 1 });
    }
    return closure(next, this.alternatives);
  }

  /** Whether the states include a complete match. */
  accepts(states: readonly State[]): boolean {
    return states.some(({ a, i }) => i === (this.alternatives[a]?.length ?? 0));
  }

  /** Whether a whole "/"-separated path matches. */
  matches(path: string): boolean {
    let states = this.start();
    for (const name of path.split("/")) {
      states = this.step(states, name);
      if (states.length === 0) return false;
    }
    return this.accepts(states);
  }
}

export interface State {
  /** Which alternative, and how many of its segments are matched. */
  a: number;
  i: number;
}

/** "**" may also match no folder at all: add the state after it. Duplicates removed. */
function closure(states: State[], alternatives: readonly string[][]): State[] {
  const seen = new Set<string>();
  const out: State[] = [];
  const add = (state: State): void => {
    const key = `${state.a}:${state.i}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(state);
    if (alternatives[state.a]?.[state.i] === "**") add({ a: state.a, i: state.i + 1 });
  };
  states.forEach(add);
  return out;
}

/** `{a,b}c` -> ["ac", "bc"], nested too; unbalanced braces are literal. */
export function expandBraces(glob: string): string[] {
  const open = glob.indexOf("{");
  if (open < 0) return [glob];
  let depth = 0;
  const commas: number[] = [];
  for (let i = open; i < glob.length; i++) {
    const c = glob[i];
    if (c === "{") depth++;
    else if (c === "}" && --depth === 0) {
      const parts: string[] = [];
      let from = open + 1;
      for (const comma of commas) {
        parts.push(glob.slice(from, comma));
        from = comma + 1;
      }
      parts.push(glob.slice(from, i));
      const rest = expandBraces(glob.slice(i + 1));
      const out: string[] = [];
      for (const part of parts) {
        for (const head of expandBraces(part)) {
          for (const tail of rest) {
            out.push(glob.slice(0, open) + head + tail);
            if (out.length > MAX_ALTERNATIVES)
              throw new RangeError(`The pattern ${glob} has more than ${MAX_ALTERNATIVES} alternatives.`);
          }
        }
      }
      return out;
    } else if (c === "," && depth === 1) commas.push(i);
  }
  return [glob];
}

/** One name against one segment's `*`, `?` and `[...]`: the linear greedy algorithm with one resume point. */
export function nameMatches(segment: string, name: string): boolean {
  let s = 0;
  let n = 0;
  let starS = -1;
  let starN = 0;
  while (n < name.length) {
    const c = segment[s];
    if (c === "*") {
      starS = s++;
      starN = n;
      continue;
    }
    if (c !== undefined) {
      const width = charMatches(segment, s, name[n] ?? "");
      if (width > 0) {
        s += width;
        n++;
        continue;
      }
    }
    if (starS < 0) return false;
    s = starS + 1;
    n = ++starN;
  }
  while (segment[s] === "*") s++;
  return s === segment.length;
}

/** How many pattern characters matched `ch` at segment[s] (0 when none): 1, or a class's length. */
function charMatches(segment: string, s: number, ch: string): number {
  const c = segment[s];
  if (c === "?") return 1;
  if (c === "[") {
    const close = segment.indexOf("]", s + 2);
    if (close > 0) {
      let i = s + 1;
      const negate = segment[i] === "!" || segment[i] === "^";
      if (negate) i++;
      let hit = false;
      for (; i < close; i++) {
        const from = segment[i] ?? "";
        if (segment[i + 1] === "-" && i + 2 < close) {
          const to = segment[i + 2] ?? "";
          if (ch >= from && ch <= to) hit = true;
          i += 2;
        } else if (ch === from) hit = true;
      }
      return hit !== negate ? close - s + 1 : 0;
    }
  }
  if (c === "\\" && s + 1 < segment.length) return segment[s + 1] === ch ? 2 : 0;
  return c === ch ? 1 : 0;
}
