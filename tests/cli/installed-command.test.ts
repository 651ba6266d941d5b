/**
 * The installed command as a user gets it: the project built (scripts/build-cli.mjs), packed with
 * `npm pack`, and installed from the tarball with production dependencies only into an empty
 * folder, offline. The package has no run-time dependencies (everything is bundled), so nothing is
 * fetched. Then `cerdc` runs on the sample workbook and on a missing file, directly and via npx.
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const repo = resolve(__dirname, "..", "..");
const work = mkdtempSync(join(tmpdir(), "cerdc-install-"));
const app = join(work, "app");

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  // npm_config_* from an enclosing `npm test` (a workspace, a dry run...) must not steer these npm calls.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith("npm_config_")),
  );
  return spawnSync(command, args, { cwd, encoding: "utf8", env: { ...env, NO_COLOR: "1" }, timeout: 120_000 });
}

function ok(result: SpawnSyncReturns<string>): SpawnSyncReturns<string> {
  if (result.status !== 0)
    throw new Error(`exit ${result.status}: ${result.stderr}${result.stdout}${result.error?.message ?? ""}`);
  return result;
}

describe("the installed command (npm pack, npm install --omit=dev --offline)", () => {
  let bin: string;
  beforeAll(() => {
    ok(run(process.execPath, [join(repo, "scripts", "build-cli.mjs")], repo));
    const packed = ok(run("npm", ["pack", "--pack-destination", work, "--ignore-scripts", "--json"], repo));
    const filename = (JSON.parse(packed.stdout) as Array<{ filename: string }>)[0]?.filename ?? "";
    ok(run("mkdir", ["-p", app], work));
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "try-cerdc", version: "1.0.0", private: true }));
    ok(
      run(
        "npm",
        ["install", "--omit=dev", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", join(work, filename)],
        app,
      ),
    );
    bin = join(app, "node_modules", ".bin", "cerdc");
  }, 180_000);

  it("installs the command and nothing else: no run-time dependencies, only the built files", () => {
    expect(existsSync(bin)).toBe(true);
    expect(readdirSync(join(app, "node_modules")).filter((name) => !name.startsWith("."))).toEqual([
      "cer-data-categorisation",
    ]);
    const installed = join(app, "node_modules", "cer-data-categorisation");
    expect(readdirSync(join(installed, "dist-cli")).sort()).toEqual(["cerdc-main.js", "cerdc.js"]);
    expect(existsSync(join(installed, "src"))).toBe(false);
    const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8")) as {
      dependencies?: Record<string, string>;
    };
    expect(Object.keys(manifest.dependencies ?? {})).toEqual([]);
  });

  it("exits 1 on the sample workbook's deliberate errors, with the linter-style report", () => {
    const result = run(bin, ["validate", join(repo, "seeds", "sample-workbook.xlsx")], app);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^ {2}category\.unknown {2}Unknown information category {2}1 error$/m);
    expect(result.stdout).toMatch(/^✖ \d+ errors, \d+ warnings, \d+ info$/m);
    expect(result.stdout).not.toContain("\u001b[");
  });

  it("exits 2 on a missing file with one clear line on stderr", () => {
    const result = run(bin, ["validate", "missing.xlsx"], app);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("No such file: missing.xlsx\n");
  });

  it("runs through npx, and answers --version and --help", () => {
    const version = ok(run("npx", ["--no-install", "cerdc", "--version"], app));
    expect(version.stdout.trim()).toBe(
      (JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as { version: string }).version,
    );
    const help = ok(run("npx", ["--no-install", "cerdc", "validate", "--help"], app));
    expect(help.stdout).toMatch(/^Usage:\n {2}cerdc validate/);
  });

  it("writes a template that validates clean, with no spreadsheet library installed", () => {
    const out = join(work, "template.xlsx");
    ok(run(bin, ["template", "--out", out], app));
    const result = run(bin, ["validate", out, "--format", "json"], app);
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { summary: { errors: number } }).summary.errors).toBe(0);
  });
});
