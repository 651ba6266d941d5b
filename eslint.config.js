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
        { property: "innerHTML", message: "Set textContent or render with React; workbook text must never become HTML." },
        { property: "outerHTML", message: "Set textContent or render with React; workbook text must never become HTML." },
        { property: "insertAdjacentHTML", message: "Build elements instead; workbook text must never become HTML." },
        { object: "document", property: "write", message: "document.write parses its text as HTML." },
        { object: "document", property: "writeln", message: "document.write parses its text as HTML." },
        { property: "createContextualFragment", message: "It parses its text as HTML." },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "Render text with React; workbook text must never become HTML." },
        { selector: "Property[key.name='dangerouslySetInnerHTML']", message: "Render text with React; workbook text must never become HTML." },
        { selector: "CallExpression[callee.name=/^(setTimeout|setInterval)$/][arguments.0.type=/^(Literal|TemplateLiteral)$/]", message: "Pass a function, not code in a string." },
        { selector: "CallExpression[callee.property.name='parseFromString'][arguments.1.value='text/html']", message: "Parsing text as HTML is not allowed." },
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
]);
