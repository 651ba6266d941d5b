/**
 * Attack: things that are not workbook files (a FIFO nobody writes to, endless devices, an .xlsx
 * link to them, a CSV) and globs built to make a matcher backtrack or walk the system's pseudo
 * folders. Each ends at once with one line: a hang fails the test by its timeout.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync, existsSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import { GlobPattern, nameMatches } from "../../src/cli/glob-match";

const dir = mkdtempSync(join(tmpdir(), "attack-dev-"));

describe("attack: only regular files are read", () => {
  const fifo = join(dir, "pipe.xlsx");
  let haveFifo = true;
  try {
    execFileSync("mkfifo", [fifo]);
  } catch {
    haveFifo = false;
  }
  const cases: Array<[string, string]> = [
    ["/dev/zero", "/dev/zero"],
    ["/dev/urandom", "/dev/urandom"],
  ];
  if (existsSync("/dev/zero")) {
    symlinkSync("/dev/zero", join(dir, "zero.xlsx"));
    symlinkSync("/dev/urandom", join(dir, "random.xlsx"));
    cases.push(
      ["an .xlsx link to /dev/zero", join(dir, "zero.xlsx")],
      ["an .xlsx link to /dev/urandom", join(dir, "random.xlsx")],
    );
  }
  if (haveFifo) cases.push(["a FIFO nobody writes to", fifo]);
  else it.skip("a FIFO (mkfifo is not available here)", () => undefined);

  it.each(cases)(
    "%s: one line, exit 2, no hang",
    async (_name, path) => {
      for (const argv of [
        ["validate", path],
        ["fix", path, "--out", join(dir, "never.xlsx")],
        ["summary", path],
        ["propose-gaps", path],
      ]) {
        const result = await runCli(argv);
        expect(result.exitCode).toBe(2);
        expect(result.stderr).toMatch(
          /is not a regular file \(a device, pipe or socket\), so not an \.xlsx workbook\.\n$/,
        );
        expect(result.stderr.trim().split("\n")).toHaveLength(1);
      }
      expect(existsSync(join(dir, "never.xlsx"))).toBe(false);
    },
    10_000,
  );

  it("a socket (open fails with ENXIO before any stat): the same one line as any other non-file", async () => {
    const socket = join(dir, "socket.xlsx");
    const server = createServer();
    await new Promise<void>((done) => server.listen(socket, done));
    try {
      for (const argv of [
        ["validate", socket],
        ["validate", "seeds/sample-workbook.xlsx", "--baseline", socket],
      ]) {
        const result = await runCli(argv);
        expect(result.exitCode).toBe(2);
        expect(result.stderr).toMatch(/socket\.xlsx.* not a regular file \(a device, pipe or socket\)/);
        expect(result.stderr.trim().split("\n")).toHaveLength(1);
      }
    } finally {
      server.close();
    }
  });

  it("a CSV given as a workbook gets one line saying how to make a workbook of it", async () => {
    const csv = join(dir, "rows.csv");
    writeFileSync(csv, "Use Case,Activity\nA,B\n");
    for (const argv of [
      ["validate", csv],
      ["fix", csv, "--out", join(dir, "from-csv.xlsx")],
      ["summary", csv],
      ["propose-gaps", csv],
      ["add-tabs", csv, "--out", join(dir, "from-csv.xlsx")],
      ["summary", csv, "--write", "--out", join(dir, "from-csv.xlsx")],
    ]) {
      const result = await runCli(argv);
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toMatch(
        /rows\.csv is a CSV or text file, not an \.xlsx workbook: open it in Excel or LibreOffice and save it as \.xlsx .*cerdc template --out book\.xlsx/,
      );
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
    }
  });
});

describe("attack: globs", () => {
  it("a name pattern of many stars against a long near-miss is matched without backtracking", () => {
    const name = `${"a".repeat(5_000)}.xlsx`;
    expect(nameMatches(`${"*a".repeat(60)}*b.xlsx`, name)).toBe(false);
    expect(nameMatches(`${"*a".repeat(60)}*.xlsx`, name)).toBe(true);
  });

  it("a glob of many **/ segments over a deep tree ends at once", async () => {
    let deep = join(dir, "deep");
    for (let i = 0; i < 30; i++) deep = join(deep, "d");
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(deep, "a.xlsx"), "not a workbook");
    const glob = `${join(dir, "deep")}/${"**/".repeat(40)}b*.xlsx`;
    expect(new GlobPattern("**/".repeat(40) + "b*.xlsx").matches(`${"d/".repeat(30)}a.xlsx`)).toBe(false);
    const result = await runCli(["validate", glob]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^No \.xlsx or \.xlsm workbook matches /);
  }, 10_000);

  it("matches what it should: **, *, ?, [..], {a,b}", () => {
    expect(new GlobPattern("books/**/*.xlsx").matches("books/a/b/c.xlsx")).toBe(true);
    expect(new GlobPattern("books/**/*.xlsx").matches("books/c.xlsx")).toBe(true);
    expect(new GlobPattern("books/*.xlsx").matches("books/a/c.xlsx")).toBe(false);
    expect(new GlobPattern("{a,b}?.xlsx").matches("b1.xlsx")).toBe(true);
    expect(new GlobPattern("[!x]*.xlsx").matches("xa.xlsx")).toBe(false);
    expect(new GlobPattern("q[0-9].xlsx").matches("q7.xlsx")).toBe(true);
  });

  it("never walks /proc, /sys or /dev, named or through a link", async () => {
    // The module object itself (an ES namespace's bindings cannot be spied on): what batch-files.ts calls.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const listed = jest.spyOn(require("node:fs") as typeof import("node:fs"), "readdirSync");
    try {
      for (const glob of ["/proc/**/*.xlsx", "/sys/**/*.xlsx", "/dev/**/*.xlsx", "/proc/*/*.xlsx"]) {
        const result = await runCli(["validate", glob]);
        expect(result.stderr).toMatch(/^No \.xlsx or \.xlsm workbook matches /);
      }
      const linked = join(dir, "linked");
      mkdirSync(linked);
      symlinkSync("/proc", join(linked, "proc"));
      expect((await runCli(["validate", `${linked}/**/*.xlsx`])).stderr).toMatch(
        /^No \.xlsx or \.xlsm workbook matches /,
      );
      const folders = listed.mock.calls.map(([path]) => String(path));
      expect(folders.filter((path) => /^\/(proc|sys|dev)(\/|$)/.test(path) || path.includes("linked/proc"))).toEqual(
        [],
      );
    } finally {
      listed.mockRestore();
    }
  }, 10_000);
});
