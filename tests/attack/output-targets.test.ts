/**
 * Attack: --out pointing anywhere it must not. No command writes over one of its inputs however
 * spelt, a report never lands on a workbook, a workbook replaces an existing file only with --force,
 * and every write failure is one line "Cannot write FILE: reason" (no temporary path, no errno dump).
 */
import {
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { execFileSync, spawn } from "node:child_process";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { runCli } from "../../src/cli/main";
import { categorisationSheetXml } from "../support/hostile-files";
import { buildXlsx } from "../support/xlsx-package-builder";
import { expectRefused } from "../support/expect-refused";

const sample = readFileSync("seeds/sample-workbook.xlsx");

function folderWithBook(): { dir: string; book: string } {
  const dir = mkdtempSync(join(tmpdir(), "attack-out-"));
  const book = join(dir, "book.xlsx");
  writeFileSync(book, sample);
  mkdirSync(join(dir, "x"));
  return { dir, book };
}

/** A workbook with only Data Categorisation: add-tabs has something to write. */
function oneTabBook(): string {
  const path = join(mkdtempSync(join(tmpdir(), "attack-one-tab-")), "one.xlsx");
  writeFileSync(
    path,
    buildXlsx({ sheets: [{ name: "Data Categorisation", xml: categorisationSheetXml(["A", "B", "1.1.1"]) }] }),
  );
  return path;
}

describe("attack: --out over an input, however spelt", () => {
  const { dir, book } = folderWithBook();
  symlinkSync(book, join(dir, "link.xlsx"));
  linkSync(book, join(dir, "hard.xlsx"));
  const spellings: Array<[string, string]> = [
    ["the same path", book],
    ["./ relative", `./${relative(process.cwd(), book)}`],
    ["through ..", join(dir, "x", "..", "book.xlsx")],
    ["a symbolic link to it", join(dir, "link.xlsx")],
    ["a hard link to it", join(dir, "hard.xlsx")],
  ];
  const commands: Array<[string, (out: string) => string[]]> = [
    ["validate", (out) => ["validate", book, "--out", out]],
    ["validate --format html", (out) => ["validate", book, "--format", "html", "--out", out]],
    ["validate --format csv", (out) => ["validate", book, "--format", "csv", "--out", out]],
    ["validate --format json", (out) => ["validate", book, "--format", "json", "--out", out]],
    ["validate in a batch", (out) => ["validate", "seeds/sample-workbook.xlsx", book, "--out", out]],
    ["summary", (out) => ["summary", book, "--out", out]],
    ["summary --write", (out) => ["summary", book, "--write", "--out", out, "--force"]],
    ["fix --force", (out) => ["fix", book, "--out", out, "--force"]],
    ["propose-gaps --force", (out) => ["propose-gaps", book, "--out", out, "--force"]],
    ["add-tabs --force", (out) => ["add-tabs", book, "--out", out, "--force"]],
  ];
  for (const [command, argv] of commands) {
    it.each(spellings)(`${command}: --out as %s is refused and the workbook is untouched`, async (_how, out) => {
      expectRefused(await runCli(argv(out)), /is the input .* itself; .* never writes over its input/);
      expect(readFileSync(book).equals(sample)).toBe(true);
    });
  }
});

describe("attack: --out onto another file", () => {
  it("a report is never written over another workbook, told by its content even without .xlsx, even with --force", async () => {
    const { dir, book } = folderWithBook();
    const other = join(dir, "other.dat");
    writeFileSync(other, sample);
    for (const argv of [
      ["validate", book, "--out", other],
      ["validate", book, "--format", "markdown", "--out", other],
      ["summary", book, "--out", other],
    ]) {
      expectRefused(await runCli(argv), /is an existing workbook; .* never writes a report over a workbook/);
    }
    expect(readFileSync(other).equals(sample)).toBe(true);
  });

  it("a report replaces an old report cerdc wrote, and no other file without --force", async () => {
    const { dir, book } = folderWithBook();
    const report = join(dir, "report.txt");
    expect((await runCli(["validate", book, "--out", report])).exitCode).toBe(1);
    const result = await runCli(["validate", book, "--out", report]);
    expect(result.exitCode).toBe(1);
    expect(readFileSync(report, "utf8")).toMatch(/^Made .* by cerdc .*\n\n.*book\.xlsx\n/);
    const notes = join(dir, "notes.txt");
    writeFileSync(notes, "old notes");
    expectRefused(
      await runCli(["validate", book, "--out", notes]),
      /^--out .*notes\.txt already exists and is not a report cerdc wrote; choose another file or add --force to replace it\.$/m,
    );
    expect(readFileSync(notes, "utf8")).toBe("old notes");
  });

  it.each([
    ["fix", (book: string, out: string) => ["fix", book, "--out", out]],
    ["propose-gaps", (book: string, out: string) => ["propose-gaps", book, "--out", out]],
    ["summary --write", (book: string, out: string) => ["summary", book, "--write", "--out", out]],
    ["template", (_book: string, out: string) => ["template", "--out", out]],
    ["add-tabs", (_book: string, out: string) => ["add-tabs", oneTabBook(), "--out", out]],
  ])("%s replaces an existing workbook only with --force", async (_name, argv) => {
    const { dir, book } = folderWithBook();
    const other = join(dir, "other.xlsx");
    writeFileSync(other, "someone's work");
    expectRefused(
      await runCli(argv(book, other)),
      /other\.xlsx already exists; choose a new file or add --force to replace it/,
    );
    expect(readFileSync(other, "utf8")).toBe("someone's work");
    const forced = await runCli([...argv(book, other), "--force"]);
    expect(forced.exitCode).toBe(0);
    expect(readFileSync(other).subarray(0, 2).toString()).toBe("PK");
  });

  it("fix onto a symbolic link to another workbook needs --force too", async () => {
    const { dir, book } = folderWithBook();
    writeFileSync(join(dir, "target.xlsx"), "precious");
    symlinkSync(join(dir, "target.xlsx"), join(dir, "alias.xlsx"));
    expectRefused(await runCli(["fix", book, "--out", join(dir, "alias.xlsx")]), /already exists/);
    expect(readFileSync(join(dir, "target.xlsx"), "utf8")).toBe("precious");
  });

  it("--out naming a folder is refused in one line, for reports and workbooks", async () => {
    const { dir, book } = folderWithBook();
    for (const argv of [
      ["validate", book, "--out", dir],
      ["fix", book, "--out", dir, "--force"],
      ["template", "--out", dir, "--force"],
    ]) {
      expectRefused(await runCli(argv), /is a folder; name a file in it/);
    }
  });

  it("--out - (standard output in other tools) is refused in one line instead of making a file named '-'", async () => {
    const { dir, book } = folderWithBook();
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      for (const [argv, message] of [
        [
          ["validate", book, "--out", "-"],
          /^--out - is not a file name here; name the file to write \(\.\/- for a file named "-"\), or leave --out out to print the report\.\n$/,
        ],
        [["validate", book, "--write-baseline", "-"], /^--write-baseline - is not a file name here/],
        [
          ["fix", book, "--out", "-", "--force"],
          /^--out - is not a file name here; name the file to write \(\.\/- for a file named "-"\)\.\n$/,
        ],
        [["template", "--out=-"], /^--out - is not a file name here/],
      ] as const) {
        expectRefused(await runCli([...argv]), message);
      }
      expect(readdirSync(dir).sort()).toEqual(["book.xlsx", "x"]);
      expect((await runCli(["validate", book, "--out", "./-"])).exitCode).toBe(1);
      expect(readdirSync(dir).sort()).toEqual(["-", "book.xlsx", "x"]);
    } finally {
      process.chdir(cwd);
    }
  });

  it("/dev/null takes a report; a workbook into it needs --force like any existing file", async () => {
    const { book } = folderWithBook();
    expect((await runCli(["validate", book, "--out", "/dev/null"])).exitCode).toBe(1);
    expectRefused(await runCli(["fix", book, "--out", "/dev/null"]), /already exists/);
    expect((await runCli(["fix", book, "--out", "/dev/null", "--force"])).exitCode).toBe(0);
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
  });
});

describe("attack: write failures in one line", () => {
  it.each([
    [
      "a folder that does not exist",
      (dir: string) => join(dir, "missing", "out.xlsx"),
      /^Cannot write .*missing\/out\.xlsx: no such file or folder \(ENOENT\)\n$/,
    ],
    [
      "a path through a file",
      (dir: string) => join(dir, "book.xlsx", "out.xlsx"),
      /^Cannot write .*book\.xlsx\/out\.xlsx: a part of the path is not a folder \(ENOTDIR\)\n$/,
    ],
  ])("%s: 'Cannot write FILE: reason', no temporary path, nothing left", async (_name, target, message) => {
    const { dir, book } = folderWithBook();
    const before = readdirSync(dir).sort();
    for (const argv of [
      ["fix", book, "--out", target(dir)],
      ["validate", book, "--out", target(dir)],
      ["template", "--out", target(dir)],
    ]) {
      const result = await runCli(argv);
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\.tmp|Unexpected|errno|open '/);
    }
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});

describe("attack: --out naming a FIFO", () => {
  /** A FIFO in a fresh folder, or undefined where mkfifo is missing. */
  function fifoIn(dir: string): string | undefined {
    const fifo = join(dir, "pipe");
    try {
      execFileSync("mkfifo", [fifo]);
      return fifo;
    } catch {
      return undefined;
    }
  }

  it("nobody reading it: one line at once, never waiting for a reader", async () => {
    const { dir, book } = folderWithBook();
    const fifo = fifoIn(dir);
    if (fifo === undefined) return console.warn("skipped: mkfifo is not available here");
    for (const argv of [
      ["validate", book, "--out", fifo],
      ["summary", book, "--out", fifo],
      ["fix", book, "--out", fifo, "--force"],
    ]) {
      expectRefused(
        await runCli(argv),
        /^Cannot write .*pipe: nothing is at its other end \(a pipe nobody reads, .*\(ENXIO\)\n$/,
      );
    }
    expect(statSync(fifo).isFIFO()).toBe(true);
  }, 15_000);

  it("a reader on it gets the whole report, and the FIFO stays a FIFO", async () => {
    const { dir, book } = folderWithBook();
    const fifo = fifoIn(dir);
    if (fifo === undefined) return console.warn("skipped: mkfifo is not available here");
    const reader = spawn("cat", [fifo]);
    let read = "";
    reader.stdout.on("data", (chunk: Buffer) => (read += chunk.toString()));
    const ended = new Promise((done) => reader.on("close", done));
    // The reader's open returns once a writer opens too; give cat time to reach it.
    await new Promise((done) => setTimeout(done, 300));
    const result = await runCli(["validate", book, "--format", "json", "--out", fifo]);
    await ended;
    expect(result.exitCode).toBe(1);
    expect((JSON.parse(read) as { file: string }).file).toBe(book);
    expect(statSync(fifo).isFIFO()).toBe(true);
  }, 15_000);
});
