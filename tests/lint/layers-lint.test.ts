/**
 * The layer rule (eslint.config.js, eslint-rules/layers.js) as `npm run lint` applies it: probe
 * files placed in each layer, each importing across a layer (statically, by `import()`, by a type
 * import or a re-export) or staying within it, linted in one ESLint run with the project's own
 * configuration. A probe that crosses must be an error of the named rule; one that does not, clean.
 */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

const repo = resolve(__dirname, "..", "..");

type Probe = [name: string, file: string, code: string, rule: string | undefined];

const PROBES: Probe[] = [
  [
    "a rule importing a workflow",
    "src/rules/probe.ts",
    'import { checkWorkbook } from "../workflows/check";\nexport const a = checkWorkbook;',
    "layers/allowed-imports",
  ],
  [
    "a rule loading the pane by import()",
    "src/rules/probe.ts",
    'export const b = () => import("../taskpane/App");',
    "layers/allowed-imports",
  ],
  [
    "the model importing the rules",
    "src/model/probe.ts",
    'export type { Finding } from "../rules/finding";',
    "layers/allowed-imports",
  ],
  [
    "the tabs importing the xlsx adapter",
    "src/sheets/probe.ts",
    'export * from "../workbook/xlsx/crc32";',
    "layers/allowed-imports",
  ],
  [
    "the summary reading a file",
    "src/summary/probe.ts",
    'import { readFileSync } from "node:fs";\nexport const c = readFileSync;',
    "layers/allowed-imports",
  ],
  [
    "the reports rendering with React",
    "src/reports/probe.ts",
    'import { createElement } from "react";\nexport const d = createElement;',
    "layers/allowed-imports",
  ],
  [
    "a type import of the CLI from autofill",
    "src/autofill/probe.ts",
    'export type E = import("../cli/help").Nothing;',
    "layers/allowed-imports",
  ],
  [
    "an adapter importing the rules",
    "src/workbook/xlsx/probe.ts",
    'import type { Finding } from "../../rules/finding";\nexport type F = Finding;',
    "layers/allowed-imports",
  ],
  [
    "an adapter importing a workflow by import()",
    "src/workbook/office/probe.ts",
    'export const g = () => import("../../workflows/check");',
    "layers/allowed-imports",
  ],
  [
    "a workflow importing the pane",
    "src/workflows/probe.ts",
    'export { App } from "../taskpane/App";',
    "layers/allowed-imports",
  ],
  [
    "a workflow calling Excel",
    "src/workflows/probe.ts",
    "export const h = () => Excel.run(async () => undefined);",
    "no-restricted-globals",
  ],
  [
    "the pane calling Excel",
    "src/taskpane/probe.ts",
    "export const i = () => Excel.run(async () => undefined);",
    "no-restricted-globals",
  ],
  [
    "the CLI importing the office adapter",
    "src/cli/probe.ts",
    'export * from "../workbook/office/office-workbook";',
    "layers/allowed-imports",
  ],
  ["a folder in no layer", "src/elsewhere/probe.ts", "export const j = 1;", "layers/allowed-imports"],
  [
    "a rule importing the tabs and the ports",
    "src/rules/probe.ts",
    'import type { ParsedWorkbook } from "../sheets/parsed-workbook";\nimport type { WorkbookReader } from "../workbook/port";\nexport type K = ParsedWorkbook | WorkbookReader;',
    undefined,
  ],
  [
    "a workflow importing the rules and the xlsx adapter",
    "src/workflows/probe.ts",
    'export const l = () => Promise.all([import("../rules/run-rules"), import("../workbook/xlsx/xlsx-workbook")]);',
    undefined,
  ],
  [
    "the office adapter calling Excel",
    "src/workbook/office/probe.ts",
    "export const m = () => Excel.run(async () => undefined);",
    undefined,
  ],
  [
    "the CLI reading a file",
    "src/cli/probe.ts",
    'import { readFileSync } from "node:fs";\nexport const n = readFileSync;',
    undefined,
  ],
];

/** One ESLint process lints every probe as if it were the file it names. */
const LINT = `
const { ESLint } = require("eslint");
const probes = JSON.parse(require("node:fs").readFileSync(0, "utf8"));
(async () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = [];
  for (const [, file, code] of probes) {
    const [result] = await eslint.lintText(code + "\\n", { filePath: file });
    out.push(result.messages.map((m) => m.ruleId ?? m.message));
  }
  process.stdout.write(JSON.stringify(out));
})();
`;

describe("layer lint", () => {
  let rules: string[][];
  beforeAll(() => {
    const result = spawnSync(process.execPath, ["-e", LINT], {
      cwd: repo,
      input: JSON.stringify(PROBES),
      encoding: "utf8",
    });
    if (result.status !== 0) throw new Error(result.stderr);
    rules = JSON.parse(result.stdout) as string[][];
  }, 120_000);

  it.each(PROBES.map(([name, file, , rule], i) => [name, file, rule ?? "clean", i] as const))(
    "%s (%s): %s",
    (_name, _file, rule, i) => {
      const found = (rules[i] ?? []).filter((id) => id === "layers/allowed-imports" || id === "no-restricted-globals");
      if (rule === "clean") expect(found).toEqual([]);
      else expect(found).toContain(rule);
    },
  );
});
