/**
 * ESLint flat config: JavaScript and TypeScript recommended rules everywhere, and Microsoft's
 * Office add-in rules (load before read, sync before read, no sync in loops...) as errors on the
 * sources. The tests are exempt from those: the fake Excel's tests break them on purpose.
 */
const js = require("@eslint/js");
const { defineConfig, globalIgnores } = require("eslint/config");
const officeAddins = require("eslint-plugin-office-addins");
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
  globalIgnores(["dist/", "node_modules/", "coverage/", ".tmp/"]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      // Office.js is loaded by a script tag, not imported.
      globals: { Office: "readonly", Excel: "readonly", OfficeExtension: "readonly" },
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
