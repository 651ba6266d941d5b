/**
 * A report written with --out (validate, its --write-baseline, summary, diff) replaces an existing
 * file only when the file is empty, when its first 64 KB show it is a report cerdc wrote, or with
 * --force; a workbook (any ZIP or OLE file) never, even with --force. Devices and pipes are written
 * in place. A symbolic link is followed to tell what it points to, and the write replaces the link,
 * never the file it points to. Every refusal is one line and exit 2, and leaves the file byte for byte.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import {
  closeSync,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { zipSync, strToU8 } from "fflate";
import { runCli } from "../../src/cli/main";
import { descriptorNamedBy } from "../../src/cli/descriptor-path";
import { dataDevice } from "../../src/cli/output-target";
import { readFileHead } from "../../src/cli/file-head";
import { isCerdcReport } from "../../src/cli/report-signature";
import { expectRefused } from "../support/expect-refused";

const sample = "seeds/sample-workbook.xlsx";

/** How much of an existing file is read to tell a report (a literal: the contract, not the code's constant). */
const HEAD = 64 * 1024;

/** A folder with four copies of the sample, named a to d, so each run's report names its own books. */
function folder(): { dir: string; books: string[] } {
  const dir = mkdtempSync(join(tmpdir(), "report-overwrite-"));
  const books = ["a", "b", "c", "d"].map((name) => {
    const path = join(dir, `${name}.xlsx`);
    copyFileSync(sample, path);
    return path;
  });
  return { dir, books };
}

type Argv = (books: string[], out: string) => string[];

/** Every way a command writes a report to a file, with the books it names (one or two). */
const WRITERS: Array<[string, Argv]> = [
  ...["text", "json", "sarif", "markdown", "csv", "csv-summary", "html"].map((format): [string, Argv] => [
    `validate --format ${format}`,
    ([a], out) => ["validate", a ?? "", "--format", format, "--out", out],
  ]),
  ...["text", "json", "sarif"].map((format): [string, Argv] => [
    `validate a batch --format ${format}`,
    ([a, b], out) => ["validate", a ?? "", b ?? "", "--format", format, "--out", out],
  ]),
  ["validate --write-baseline", ([a], out) => ["validate", a ?? "", "--write-baseline", out]],
  ["validate a batch --write-baseline", ([a, b], out) => ["validate", a ?? "", b ?? "", "--write-baseline", out]],
  ["summary --format text", ([a], out) => ["summary", a ?? "", "--out", out]],
  ["summary --format json", ([a], out) => ["summary", a ?? "", "--format", "json", "--out", out]],
  ...["text", "json", "markdown", "html"].map((format): [string, Argv] => [
    `diff --format ${format}`,
    ([a, b], out) => ["diff", a ?? "", b ?? "", "--format", format, "--out", out],
  ]),
];

/** One writer of each command, for the refusals (the check is one road for all of them). */
const COMMANDS = WRITERS.filter(([name]) =>
  ["validate --format text", "validate --write-baseline", "summary --format json", "diff --format markdown"].includes(
    name,
  ),
);

const fifoAvailable = spawnSync("mkfifo", ["--version"]).status === 0;

const REFUSED_FOREIGN =
  /^--(out|write-baseline) .* already exists and is not a report cerdc wrote; choose another file or add --force to replace it\.\n$/;

describe("a report replaces cerdc's own earlier report without --force", () => {
  it.each(WRITERS)("%s", async (_name, argv) => {
    const { dir, books } = folder();
    const [a = "", b = "", c = "", d = ""] = books.map((book) => basename(book));
    const out = join(dir, "report.out");
    const first = await runCli(argv(books.slice(0, 2), out));
    expect(first.exitCode).not.toBe(2);
    const earlier = readFileSync(out, "utf8");
    expect(earlier).toContain(a);
    // The same command again over its own report, naming other books, replaces it.
    const second = await runCli(argv(books.slice(2), out));
    expect(second).toMatchObject({ exitCode: first.exitCode, stderr: "" });
    const now = readFileSync(out, "utf8");
    expect(now).toContain(c);
    expect(now).not.toContain(a);
    expect(now).not.toContain(b);
    if (earlier.includes(b)) expect(now).toContain(d);
  });

  it("an earlier report of another format or command is a report too", async () => {
    const { dir, books } = folder();
    const out = join(dir, "report.out");
    expect((await runCli(["summary", books[0] ?? "", "--format", "json", "--out", out])).exitCode).toBe(0);
    expect((await runCli(["diff", books[0] ?? "", books[1] ?? "", "--format", "html", "--out", out])).exitCode).toBe(0);
    expect((await runCli(["validate", books[0] ?? "", "--format", "csv", "--out", out])).exitCode).toBe(1);
    expect(readFileSync(out, "utf8")).toMatch(/^\uFEFF"Workbook","Sheet","Cell"/);
  });
});

describe("an empty file is replaced", () => {
  it.each(COMMANDS)("%s", async (_name, argv) => {
    const { dir, books } = folder();
    const out = join(dir, "empty.out");
    writeFileSync(out, "");
    expect((await runCli(argv(books, out))).exitCode).not.toBe(2);
    expect(readFileSync(out).length).toBeGreaterThan(100);
  });
});

/** What the user may have at --out, none of it a report cerdc wrote. */
async function foreignFiles(dir: string, books: string[]): Promise<Array<[string, Buffer]>> {
  const report = join(dir, "real-report.json");
  await runCli(["validate", books[0] ?? "", "--format", "json", "--out", report]);
  const ours = readFileSync(report);
  const markdown = join(dir, "real-report.md");
  await runCli(["validate", books[0] ?? "", "--format", "markdown", "--out", markdown]);
  const made = /Made [^\n]*/.exec(readFileSync(markdown, "utf8"))?.[0] ?? "";
  const sarif = join(dir, "real-report.sarif");
  await runCli(["validate", books[0] ?? "", "--format", "sarif", "--out", sarif]);
  const eslintSarif = readFileSync(sarif, "utf8").replace('"name": "cerdc"', '"name": "ESLint"');
  return [
    ["a text file", Buffer.from("Meeting notes\n- ask AEMO about the DER register\n")],
    ["a CSV", Buffer.from("name,role\r\nAnn,analyst\r\n")],
    ["a CSV headed like the findings CSV, but not as cerdc writes it", Buffer.from("Workbook,Sheet,Cell,Row\r\n")],
    ["a JSON object that is not our report", Buffer.from('{\n  "name": "my-package",\n  "version": "1.0.0"\n}\n')],
    ["a JSON object that starts as ours and is not", Buffer.from('{\n  "file": "book.xlsx",\n  "valid": true\n}\n')],
    ["another tool's SARIF log", Buffer.from(eslintSarif)],
    ["our report, only after 64 KB of other text", Buffer.concat([Buffer.alloc(HEAD, " "), ours])],
    [
      "a Markdown page whose 'Made by cerdc' line starts after 64 KB",
      Buffer.from(`# ${"x".repeat(HEAD)}\n\n${made}\n`),
    ],
    ["notes that quote a report further in", Buffer.concat([Buffer.from("My notes on the run:\n"), ours])],
    ["a shell start-up file", Buffer.from('export PATH="$HOME/bin:$PATH"\n')],
  ];
}

describe("any other file is refused without --force, and kept byte for byte", () => {
  it.each(COMMANDS)("%s", async (_name, argv) => {
    const { dir, books } = folder();
    for (const [what, bytes] of await foreignFiles(dir, books)) {
      const out = join(dir, "mine.txt");
      writeFileSync(out, bytes);
      const result = await runCli(argv(books, out));
      expect([what, result.exitCode]).toEqual([what, 2]);
      expectRefused(result, REFUSED_FOREIGN);
      expect([what, readFileSync(out).equals(bytes)]).toEqual([what, true]);
    }
  });

  it("--out and --write-baseline are refused before any workbook is read", async () => {
    const { dir } = folder();
    const notes = join(dir, "notes.txt");
    writeFileSync(notes, "my notes");
    const missing = join(dir, "missing.xlsx");
    for (const argv of [
      ["validate", missing, "--write-baseline", notes],
      ["validate", missing, "--out", notes],
      ["summary", missing, "--out", notes],
      ["diff", missing, missing, "--out", notes],
    ]) {
      const option = argv.at(-2) ?? "";
      expectRefused(
        await runCli(argv),
        new RegExp(`^${option} .*notes\\.txt already exists and is not a report cerdc wrote`),
      );
    }
    expect(readFileSync(notes, "utf8")).toBe("my notes");
  });

  it("the refusal names the file and the way forward", async () => {
    const { dir, books } = folder();
    const out = join(dir, "notes.docx.txt");
    writeFileSync(out, "my notes");
    const result = await runCli(["validate", books[0] ?? "", "--format", "json", "--out", out]);
    expect(result.stderr).toBe(
      `--out ${out} already exists and is not a report cerdc wrote; choose another file or add --force to replace it.\n`,
    );
  });

  it.each(COMMANDS)("%s: a .docx (a ZIP) is refused as a workbook, even with --force", async (_name, argv) => {
    const { dir, books } = folder();
    const docx = join(dir, "notes.docx");
    const bytes = Buffer.from(zipSync({ "word/document.xml": strToU8("<w:document/>") }));
    writeFileSync(docx, bytes);
    for (const extra of [[], ["--force"]]) {
      expectRefused(
        await runCli([...argv(books, docx), ...extra]),
        /is an existing workbook; .* never writes a report/,
      );
      expect(readFileSync(docx).equals(bytes)).toBe(true);
    }
  });
});

describe("--force replaces a file that is not a report", () => {
  it.each(COMMANDS)("%s", async (_name, argv) => {
    const { dir, books } = folder();
    const out = join(dir, "notes.txt");
    writeFileSync(out, "Meeting notes\n");
    const result = await runCli([...argv(books, out), "--force"]);
    expect(result.exitCode).not.toBe(2);
    expect(isCerdcReport(readFileSync(out, "utf8"))).toBe(true);
  });
});

describe("devices and pipes are written in place", () => {
  it.each(COMMANDS)("%s: /dev/null takes the report without --force and stays a device", async (_name, argv) => {
    const { books } = folder();
    expect((await runCli(argv(books, "/dev/null"))).exitCode).not.toBe(2);
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
  });

  (fifoAvailable ? it : it.skip)(
    "a FIFO gets the report through it and stays a FIFO (skipped without mkfifo)",
    async () => {
      const { dir, books } = folder();
      const fifo = join(dir, "pipe");
      execFileSync("mkfifo", [fifo]);
      const reader = spawn("cat", [fifo]);
      let received = "";
      reader.stdout.on("data", (chunk: Buffer) => (received += chunk.toString("utf8")));
      const closed = new Promise((done) => reader.on("close", done));
      expect((await runCli(["validate", books[0] ?? "", "--format", "json", "--out", fifo])).exitCode).toBe(1);
      await closed;
      expect(JSON.parse(received)).toMatchObject({ file: books[0], valid: false });
      expect(lstatSync(fifo).isFIFO()).toBe(true);
    },
  );

  /** The real command, its stdout `stdout` (a pipe unless a descriptor is given). */
  function realCommand(args: string[], stdout: "pipe" | number = "pipe") {
    return spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
      cwd: resolve(__dirname, "../.."),
      encoding: "utf8",
      stdio: ["ignore", stdout, "pipe"],
    });
  }

  it("--out /dev/stdout with stdout a pipe prints the report, then the summary line", () => {
    const result = realCommand(["summary", sample, "--format", "json", "--out", "/dev/stdout"]);
    expect(result).toMatchObject({ status: 0, stderr: "" });
    expect(result.stdout).toMatch(
      /^\{\n {2}"file": "seeds\/sample-workbook\.xlsx",[^]*\n\}\n37 rows, .*summary written to \/dev\/stdout\)\n$/,
    );
  });

  // With stdout redirected to a file, /dev/stdout resolves to that regular file: it must be written
  // through the descriptor, not replaced by a rename (which, as root, replaced the /dev/stdout link
  // itself). Tested through a link of the test's own to /proc/self/fd/1, and /dev/fd/1, so that a
  // regression replaces only the test's link, never the machine's /dev/stdout.
  it.each([
    [
      "a link to /proc/self/fd/1",
      (dir: string) => {
        const link = join(dir, "stdout-link");
        symlinkSync("/proc/self/fd/1", link);
        return link;
      },
    ],
    ["/dev/fd/1", () => "/dev/fd/1"],
  ])("--out %s with stdout redirected to a file writes through the descriptor and replaces nothing", (_name, name) => {
    const { dir } = folder();
    const out = name(dir);
    const redirected = join(dir, "redirected.txt");
    const fd = openSync(redirected, "w");
    const result = realCommand(["validate", sample, "--format", "json", "--out", out], fd);
    closeSync(fd);
    expect(result).toMatchObject({ status: 1, stderr: "" });
    const written = readFileSync(redirected, "utf8");
    expect(written).toMatch(
      /^\{\n {2}"file": "seeds\/sample-workbook\.xlsx",[^]*\n\}\n✖ 4 errors, .*report written to .*\)\n$/,
    );
    if (out !== "/dev/fd/1") expect(readlinkSync(out)).toBe("/proc/self/fd/1");
  });

  it("a file the shell opened for stdout is still refused when it holds a workbook (>> book.xlsx)", () => {
    const { dir, books } = folder();
    const link = join(dir, "stdout-link");
    symlinkSync("/proc/self/fd/1", link);
    const fd = openSync(books[1] ?? "", "a");
    const result = realCommand(["validate", books[0] ?? "", "--out", link], fd);
    closeSync(fd);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/is an existing workbook/);
    expect(readFileSync(books[1] ?? "").equals(readFileSync(sample))).toBe(true);
  });

  it("descriptor paths are told apart from files", () => {
    const { dir } = folder();
    symlinkSync("/dev/stdout", join(dir, "to-stdout"));
    expect(descriptorNamedBy("/dev/stdout")).toBe(1);
    expect(descriptorNamedBy("/dev/stderr")).toBe(2);
    expect(descriptorNamedBy("/dev/fd/3")).toBe(3);
    expect(descriptorNamedBy(`/proc/${process.pid}/fd/1`)).toBe(1);
    expect(descriptorNamedBy(join(dir, "to-stdout"))).toBe(1);
    expect(descriptorNamedBy(`/proc/${process.pid + 1}/fd/1`)).toBeUndefined();
    expect(descriptorNamedBy(join(dir, "a.xlsx"))).toBeUndefined();
    expect(descriptorNamedBy(join(dir, "nothing-here"))).toBeUndefined();
  });
});

describe("a device that holds data is never written", () => {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

  // A block device node of the test's own with no driver behind it (major 0): were the check broken,
  // the write would fail (ENXIO) instead of reaching any disk.
  (isRoot ? it : it.skip)(
    "a block device is refused for reports and workbooks, even with --force (skipped unless root)",
    async () => {
      const { dir, books } = folder();
      const disk = join(dir, "disk");
      try {
        execFileSync("mknod", [disk, "b", "0", "77"], { stdio: "pipe" });
      } catch (error) {
        // A container without CAP_MKNOD: there is no block device to try, and none to harm.
        console.warn(`Skipped: mknod could not make a block device here (${String(error).split("\n")[0]}).`);
        return;
      }
      for (const argv of [
        ["validate", books[0] ?? "", "--out", disk],
        ["summary", books[0] ?? "", "--out", disk, "--force"],
        ["fix", books[0] ?? "", "--out", disk, "--force"],
      ]) {
        expectRefused(
          await runCli(argv),
          /disk is a block device \(a disk's data\); cerdc writes only to files, pipes and terminals/,
        );
      }
      expect(lstatSync(disk).isBlockDevice()).toBe(true);
    },
  );

  it("disks and memory devices hold data; /dev/null, /dev/full and terminals do not", () => {
    const device = (kind: "block" | "char", rdev: number) => ({
      isBlockDevice: () => kind === "block",
      isCharacterDevice: () => kind === "char",
      rdev,
    });
    expect(dataDevice(device("block", (254 << 8) | 0))).toMatch(/block device/);
    if (process.platform === "linux") {
      for (const minor of [1, 2, 4]) expect(dataDevice(device("char", (1 << 8) | minor))).toBe("a memory device");
    }
    expect(dataDevice(device("char", (1 << 8) | 3))).toBeUndefined();
    expect(dataDevice(device("char", (136 << 8) | 0))).toBeUndefined();
    for (const path of ["/dev/null", "/dev/full", "/dev/zero"])
      if (existsSync(path)) expect(dataDevice(statSync(path))).toBeUndefined();
    expect(dataDevice(statSync(sample))).toBeUndefined();
  });
});

describe("symbolic links: followed to tell what they point to; the write replaces the link, never its target", () => {
  it("a link to nothing is refused without --force and replaced (nothing made at its target) with it", async () => {
    const { dir, books } = folder();
    const target = join(dir, "nowhere", "made.json");
    const link = join(dir, "dangling.json");
    symlinkSync(target, link);
    const argv = ["validate", books[0] ?? "", "--format", "json", "--out", link];
    expectRefused(await runCli(argv), /dangling\.json already exists \(a symbolic link\); .* add --force/);
    expect(readlinkSync(link)).toBe(target);
    expect((await runCli([...argv, "--force"])).exitCode).toBe(1);
    expect(lstatSync(link).isFile()).toBe(true);
    expect(isCerdcReport(readFileSync(link, "utf8"))).toBe(true);
    expect(existsSync(join(dir, "nowhere"))).toBe(false);
  });

  it("a link to a foreign file is refused without --force; with it the link is replaced and the file kept", async () => {
    const { dir, books } = folder();
    const notes = join(dir, "notes.txt");
    writeFileSync(notes, "Meeting notes\n");
    const link = join(dir, "report.txt");
    symlinkSync(notes, link);
    const argv = ["summary", books[0] ?? "", "--out", link];
    expectRefused(await runCli(argv), REFUSED_FOREIGN);
    expect(readlinkSync(link)).toBe(notes);
    expect((await runCli([...argv, "--force"])).exitCode).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(false);
    expect(readFileSync(link, "utf8")).toMatch(/^Made .* by cerdc .*\n\nSummary of /);
    expect(readFileSync(notes, "utf8")).toBe("Meeting notes\n");
  });

  it("a link to cerdc's own report is replaced without --force; the report it pointed to is kept", async () => {
    const { dir, books } = folder();
    const old = join(dir, "2026-12-01.md");
    await runCli(["diff", books[0] ?? "", books[1] ?? "", "--format", "markdown", "--out", old]);
    const before = readFileSync(old);
    const link = join(dir, "latest.md");
    symlinkSync(old, link);
    expect(
      (await runCli(["diff", books[2] ?? "", books[3] ?? "", "--format", "markdown", "--out", link])).exitCode,
    ).toBe(0);
    expect(lstatSync(link).isFile()).toBe(true);
    expect(readFileSync(link, "utf8")).toContain("c.xlsx");
    expect(readFileSync(old).equals(before)).toBe(true);
  });

  it("a link to a workbook is refused even with --force", async () => {
    const { dir, books } = folder();
    const other = join(dir, "other.bin");
    copyFileSync(sample, other);
    symlinkSync(other, join(dir, "alias.txt"));
    expectRefused(
      await runCli(["validate", books[0] ?? "", "--out", join(dir, "alias.txt"), "--force"]),
      /is an existing workbook/,
    );
    expect(readFileSync(other).equals(readFileSync(sample))).toBe(true);
  });

  it("a link to /dev/null is written through, and stays a link", async () => {
    const { dir, books } = folder();
    const link = join(dir, "null.txt");
    symlinkSync("/dev/null", link);
    expect((await runCli(["validate", books[0] ?? "", "--out", link])).exitCode).toBe(1);
    expect(readlinkSync(link)).toBe("/dev/null");
  });
});

describe("--force is offered where a report is written", () => {
  it.each(["validate", "summary", "diff"])("%s --help lists --force and the rule", async (command) => {
    const help = (await runCli([command, "--help"])).stdout;
    expect(help).toMatch(/^ {2}--force +.*not a report cerdc wrote/m);
    expect(help.replace(/\s+/g, " ")).toMatch(/only when it is empty or a report cerdc wrote/);
  });
});

describe("only the head of an existing file is read", () => {
  it("at most the bytes asked for", () => {
    const { dir } = folder();
    const path = join(dir, "long.txt");
    writeFileSync(path, Buffer.alloc(3 * HEAD, "x"));
    const head = readFileHead(path, HEAD);
    expect("bytes" in head && head.bytes.length).toBe(HEAD);
  });

  it("a report of 8 GB (sparse) is told by its head and replaced", async () => {
    const { dir, books } = folder();
    const out = join(dir, "huge.json");
    await runCli(["validate", books[0] ?? "", "--format", "json", "--out", out]);
    truncateSync(out, 8 * 1024 ** 3);
    expect((await runCli(["validate", books[1] ?? "", "--format", "json", "--out", out])).exitCode).toBe(1);
    expect(statSync(out).size).toBeLessThan(1024 ** 2);
  });

  (fifoAvailable ? it : it.skip)("a FIFO is never opened to wait for a writer (skipped without mkfifo)", () => {
    const { dir } = folder();
    const fifo = join(dir, "pipe");
    execFileSync("mkfifo", [fifo]);
    expect(readFileHead(fifo, 8)).toEqual({ unreadable: "not a regular file" });
  });
});

describe("the signature of each report", () => {
  it("is looked for at the start of the head only", () => {
    const heading = "Made 2026-12-06T07:25:30.095Z by cerdc 0.1.0.\n\nbook.xlsx\n";
    expect(isCerdcReport(heading)).toBe(true);
    expect(isCerdcReport(` ${heading}`)).toBe(false);
    expect(isCerdcReport("Made 2026-12-06T07:25:30.095Z by someone 0.1.0.\n\nbook.xlsx\n")).toBe(false);
    expect(isCerdcReport("")).toBe(false);
  });

  it("any version of cerdc counts, so an older report is still replaced", () => {
    expect(isCerdcReport("Made 2025-01-01T00:00:00.000Z by cerdc 0.0.9.\n\n")).toBe(true);
    expect(
      isCerdcReport(
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="generator" content="cerdc 9.1.0">\n',
      ),
    ).toBe(true);
  });
});
