/**
 * Adapters only translate (DESIGN section 3): nothing under src/workbook imports the core's
 * planning, rules, tab parsing or the workflows. A guard, since an import is the first step of logic
 * creeping into an adapter.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "../../src/workbook");

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : []));
}

describe("the workbook adapters", () => {
  it.each(files(root).map((file) => [file.slice(root.length + 1), file]))("%s imports nothing from autofill, rules, sheets or workflows", (_, file) => {
    const imports = [...readFileSync(file, "utf8").matchAll(/from "([^"]+)"/g)].map((match) => match[1] ?? "");
    expect(imports.filter((path) => /\/(autofill|rules|sheets|workflows|incremental)\//.test(path))).toEqual([]);
  });
});
