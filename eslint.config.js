/**
 * ESLint flat config: JavaScript and TypeScript recommended rules everywhere, and Microsoft's
 * Office add-in rules (load before read, sync before read, no sync in loops...) as errors on the
 * sources. The tests are exempt from those: the fake Excel's tests break them on purpose.
 */
const js = require("@eslint/js");
const { defineConfig, globalIgnores } = require("eslint/config");
const officeAddins = require("eslint-plugin-office-addins");
const reactHooks = require("eslint-plugin-react-hooks");
const tseslint = require("typescript-eslint");
const layers = require("./eslint-rules/layers");

/** Node's globals for the CommonJS config files and scripts (the `globals` package is not a dependency). */
const nodeGlobals = {
  __dirname: "readonly",
  Buffer: "readonly",
  URL: "readonly",
  console: "readonly",
  module: "writable",
  process: "readonly",
  require: "readonly",
};

/**
 * The layers (README, Layout): per folder of src/, the folders it may not import from. The core is
 * pure TypeScript: no workflows, composition, surfaces or workbook adapters (only the ports and the
 * cell-address helpers of src/workbook), no Node built-ins, no React; within it the model is at the
 * bottom, the tabs above it, the check engine and rules above those. The workbook adapters only
 * translate: they import nothing of the core or the application. Folders are named as they are now
 * and as the relayout names them (check, app, rules/utils), so the table holds across the move.
 */
const SURFACES = ["cli", "taskpane", "commands", "demo", "dialog"];
const APPLICATION = ["workflows", "app", ...SURFACES];
const ADAPTERS = [
  "workbook/office",
  "workbook/xlsx",
  "workbook/fake-excel",
  "workbook/memory",
  "workbook/free-sheet-name",
  "workbook/utf8-length",
];
const ABOVE_MODEL = [
  "sheets",
  "rules",
  "check",
  "autofill",
  "incremental",
  "gaps",
  "summary",
  "reports",
  "definitions",
  "diff",
];
const ABOVE_RULES = ["autofill", "incremental", "gaps", "summary", "reports", "diff"];
const UI = ["react", "react-dom", "@fluentui"];
const CORE_WHY = "the core is pure TypeScript over the ports; the workflows call it, never the reverse.";
const core = (above = []) => ({ forbid: [...APPLICATION, ...ADAPTERS, ...above], packages: UI, why: CORE_WHY });
const LAYERS = {
  model: core(ABOVE_MODEL),
  text: core(ABOVE_MODEL),
  definitions: core(),
  sheets: core(ABOVE_MODEL.filter((f) => f !== "sheets" && f !== "definitions")),
  check: core(ABOVE_RULES),
  rules: core(ABOVE_RULES),
  autofill: core(["incremental", "gaps", "summary", "reports", "diff"]),
  incremental: core(["gaps", "summary", "reports", "diff"]),
  gaps: core(["incremental", "summary", "reports", "diff"]),
  summary: core(["autofill", "incremental", "gaps", "reports", "diff"]),
  reports: core(["autofill", "incremental", "gaps"]),
  diff: core(["reports"]),
  workbook: {
    forbid: ["model", "text", "definitions", ...ABOVE_MODEL, ...APPLICATION],
    why: "adapters only translate: they import nothing of the core or the application.",
  },
  workflows: {
    forbid: [...SURFACES, "app", "workbook/office", "workbook/fake-excel", "workbook/memory"],
    packages: UI,
    why: "use cases work over the ports; the surfaces and the composition call them.",
  },
  app: {
    forbid: SURFACES,
    packages: UI,
    why: "the composition binds the use cases to ports for every surface; no surface is below it.",
  },
  taskpane: {
    forbid: ["cli", "commands", "demo", "dialog", "workbook/xlsx", "workbook/fake-excel", "workbook/memory"],
    why: "the pane reaches the workbook through the use cases and the office adapter.",
  },
  commands: {
    forbid: ["cli", "demo", "dialog", "workbook/xlsx", "workbook/fake-excel", "workbook/memory"],
    packages: UI,
    why: "the ribbon runs the same use cases as the pane.",
  },
  dialog: {
    forbid: ["cli", "commands", "demo", "taskpane", "workflows", "app"],
    packages: UI,
    why: "the dialog is a page of its own.",
  },
  demo: { forbid: ["cli"], why: "the demo runs the pane over the fake Excel, not the command line." },
  cli: {
    forbid: ["taskpane", "commands", "demo", "dialog", "workbook/office", "workbook/fake-excel"],
    builtins: true,
    packages: UI,
    why: "the command line reads files; it has no pane.",
  },
};
/** Excel.* is called in src/workbook/office alone (the fake Excel imitates it, the demo installs it). */
const EXCEL_OUTSIDE_ADAPTER = {
  name: "Excel",
  message: "Only src/workbook/office calls Excel.*; take the operation as a port or a prop.",
};

module.exports = defineConfig([
  globalIgnores(["dist/", "dist-cli/", "node_modules/", "coverage/", ".tmp/"]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      // Office.js is loaded by a script tag, not imported.
      globals: { Office: "readonly", Excel: "readonly", OfficeExtension: "readonly" },
    },
  },
  {
    // Security: no code built from strings, and no HTML assembled from workbook content. React
    // escapes what it renders; these are the ways around that.
    files: ["**/*.ts", "**/*.tsx", "**/*.js", "**/*.cjs", "**/*.mjs"],
    rules: {
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "no-script-url": "error",
      "no-restricted-properties": [
        "error",
        {
          property: "innerHTML",
          message: "Set textContent or render with React; workbook text must never become HTML.",
        },
        {
          property: "outerHTML",
          message: "Set textContent or render with React; workbook text must never become HTML.",
        },
        { property: "insertAdjacentHTML", message: "Build elements instead; workbook text must never become HTML." },
        { object: "document", property: "write", message: "document.write parses its text as HTML." },
        { object: "document", property: "writeln", message: "document.write parses its text as HTML." },
        { property: "createContextualFragment", message: "It parses its text as HTML." },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Render text with React; workbook text must never become HTML.",
        },
        {
          selector: "Property[key.name='dangerouslySetInnerHTML']",
          message: "Render text with React; workbook text must never become HTML.",
        },
        {
          selector:
            "CallExpression[callee.name=/^(setTimeout|setInterval)$/][arguments.0.type=/^(Literal|TemplateLiteral)$/]",
          message: "Pass a function, not code in a string.",
        },
        {
          selector: "CallExpression[callee.property.name='parseFromString'][arguments.1.value='text/html']",
          message: "Parsing text as HTML is not allowed.",
        },
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: nodeGlobals },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module", globals: nodeGlobals },
  },
  {
    // React's hook rules (and the React Compiler's checks it now carries) on the pane and the demo.
    files: ["src/taskpane/**/*.{ts,tsx}", "src/demo/**/*.{ts,tsx}"],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "office-addins/no-office-initialize": "error",
    },
  },
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    plugins: { layers: { rules: { "allowed-imports": layers } } },
    rules: { "layers/allowed-imports": ["error", { root: __dirname, layers: LAYERS }] },
  },
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/workbook/office/**", "src/workbook/fake-excel/**", "src/demo/fake-office.ts"],
    rules: { "no-restricted-globals": ["error", EXCEL_OUTSIDE_ADAPTER] },
  },
]);
