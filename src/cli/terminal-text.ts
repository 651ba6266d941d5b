/**
 * Text from a workbook or a file name, made safe to print on a terminal: control characters (an
 * escape sequence that retitles the window or clears the screen, a carriage return that overwrites
 * the line, a backspace) and the bidirectional overrides that reorder what is shown ("Trojan
 * Source") appear as escapes (`\x1b`, `\u202e`) instead of acting. Tabs and line ends are kept.
 */

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

/** A copy of plain data (a report) with every string made terminal-safe, for output that adds its own colour codes. */
export function terminalSafeData<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_key, v: unknown) => (typeof v === "string" ? terminalSafe(v) : v)) as T;
}
