/**
 * The lint forbids code built from strings and HTML built from text (eslint.config.js): each of
 * these lines, placed in the sources, is an error; rendering text the safe way is not. One ESLint
 * run over a probe file given on stdin, one case per line.
 */
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";

const repo = resolve(__dirname, "..", "..");

const CASES: Array<[string, string, string | undefined]> = [
  [
    "innerHTML",
    "export const a = (el: HTMLElement, text: string) => { el.innerHTML = text; };",
    "no-restricted-properties",
  ],
  [
    "outerHTML",
    "export const b = (el: HTMLElement, text: string) => { el.outerHTML = text; };",
    "no-restricted-properties",
  ],
  [
    "insertAdjacentHTML",
    "export const c = (el: HTMLElement, text: string) => el.insertAdjacentHTML('beforeend', text);",
    "no-restricted-properties",
  ],
  ["document.write", "export const d = (text: string) => document.write(text);", "no-restricted-properties"],
  [
    "dangerouslySetInnerHTML",
    "export const E = ({ text }: { text: string }) => <div dangerouslySetInnerHTML={{ __html: text }} />;",
    "no-restricted-syntax",
  ],
  ["eval", "export const f = (text: string) => eval(text);", "no-eval"],
  ["new Function", "export const g = (text: string) => new Function(text);", "no-new-func"],
  ["a string timer", "export const h = () => setTimeout('go()', 1);", "no-restricted-syntax"],
  [
    "text rendered by React",
    "export const I = ({ text }: { text: string }) => <div title={text}>{text}</div>;",
    undefined,
  ],
  ["textContent", "export const j = (el: HTMLElement, text: string) => { el.textContent = text; };", undefined],
];

describe("security lint", () => {
  let byLine: Map<number, string[]>;
  beforeAll(() => {
    const result = spawnSync(
      join(repo, "node_modules", ".bin", "eslint"),
      ["--stdin", "--stdin-filename", "src/taskpane/lint-probe.tsx", "--format", "json"],
      {
        cwd: repo,
        input: CASES.map(([, code]) => code).join("\n") + "\n",
        encoding: "utf8",
      },
    );
    const [report] = JSON.parse(result.stdout) as Array<{
      messages: Array<{ line: number; ruleId: string | null; message: string }>;
    }>;
    byLine = new Map();
    for (const m of report?.messages ?? []) byLine.set(m.line, [...(byLine.get(m.line) ?? []), m.ruleId ?? m.message]);
  }, 120_000);

  it.each(CASES.map(([name, , rule], i) => [name, i + 1, rule] as const))("%s (line %d): %s", (_name, line, rule) => {
    if (rule === undefined) expect(byLine.get(line)).toBeUndefined();
    else expect(byLine.get(line)).toContain(rule);
  });
});
