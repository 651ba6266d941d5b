/**
 * Attack: text that would act on a terminal (escape sequences in cells and file names, bidi
 * overrides), and the one truth about fixes: what validate calls fixable is what fix changes, every
 * changed cell is listed, and a second validate finds nothing left to fix.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import { terminalSafe } from "../../src/cli/terminal-text";
import { categorisationSheetXml } from "../support/hostile-files";
import { buildXlsx } from "../support/xlsx-package-builder";

const dir = mkdtempSync(join(tmpdir(), "attack-term-"));
const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]/; // eslint-disable-line no-control-regex

describe("attack: workbook text and file names reach the terminal escaped", () => {
  const injected = "\x1b]0;pwned\x07\x1b[2J\x1b[31mred\r\u202eevil";
  const name = join(dir, "evil\x1b[2J.xlsx");
  writeFileSync(
    name,
    buildXlsx({
      sheets: [
        { name: "Data Categorisation", xml: categorisationSheetXml(["Use\x1b[2J case", injected, "9.9.9", injected]) },
      ],
    }),
  );

  it.each([
    ["validate text", ["validate", name, "--all"], { color: false }],
    ["validate text with colour", ["validate", name, "--all"], { color: true }],
    ["summary text", ["summary", name], { color: false }],
    ["fix report", ["fix", name, "--out", join(dir, "fixed.xlsx"), "--force"], { color: false }],
    ["propose-gaps", ["propose-gaps", name], { color: false }],
  ] as Array<[string, string[], { color: boolean }]>)(
    "%s: no raw control character, escapes shown as \\x1b",
    async (_what, argv, options) => {
      const result = await runCli(argv, options);
      const text = result.stdout + result.stderr;
      // Colour codes are the command's own: ESC followed by [<digits>m and nothing else.
      const withoutOwnColour = text.replace(/\x1b\[\d+m/g, ""); // eslint-disable-line no-control-regex
      expect(withoutOwnColour).not.toMatch(RAW_CONTROL);
      expect(text).toContain("\\x1b");
    },
  );

  it("JSON keeps the text exactly (escaped by JSON itself)", async () => {
    const result = await runCli(["validate", name, "--format", "json"]);
    expect(result.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f]/); // eslint-disable-line no-control-regex
    expect(JSON.stringify(JSON.parse(result.stdout))).toContain("\\u001b]0;pwned");
  });

  it("an unreadable file's name is escaped in its one-line error", async () => {
    const result = await runCli(["validate", join(dir, "missing\x1b]0;x\x07.xlsx")]);
    expect(result.stderr).toMatch(/^No such file: .*missing\\x1b\]0;x\\x07\.xlsx\n$/);
    // A line end in a name is shown, not obeyed (nor turned into a space, which names another file).
    const twoLines = await runCli(["validate", join(dir, "missing\nname.xlsx")]);
    expect(twoLines.stderr).toMatch(/^No such file: .*missing\\x0aname\.xlsx\n$/);
    const folder = join(dir, "a\nfolder.xlsx");
    mkdirSync(folder);
    expect((await runCli(["fix", folder, "--out", join(dir, "out.xlsx")])).stderr).toMatch(
      /^.*a\\x0afolder\.xlsx is a folder, not an \.xlsx workbook\.\n$/,
    );
    const globbed = await runCli(["validate", join(dir, "missing\x1b[2J*.xlsx")]);
    expect(globbed.stderr).toMatch(/^No \.xlsx or \.xlsm workbook matches .*missing\\x1b\[2J\*\.xlsx\.\n$/);
  });

  it("terminalSafe keeps tabs and line ends and escapes the rest", () => {
    expect(terminalSafe("a\tb\nc\x1b[2Jd\x9b\u202e")).toBe("a\tb\nc\\x1b[2Jd\\x9b\\u202e");
  });
});

describe("attack: one truth about fixes", () => {
  it("on the sample, validate's fixable counts are what fix --normalise --review-fixes changes, and nothing is fixable after", async () => {
    const before = JSON.parse(
      (await runCli(["validate", "seeds/sample-workbook.xlsx", "--format", "json"])).stdout,
    ) as { fixable: { safe: number; review: number } };
    expect(before.fixable.safe + before.fixable.review).toBeGreaterThan(0);
    const out = join(dir, "sample-fixed.xlsx");
    const fixed = await runCli([
      "fix",
      "seeds/sample-workbook.xlsx",
      "--out",
      out,
      "--normalise",
      "--review-fixes",
      "--force",
    ]);
    expect(fixed.exitCode).toBe(0);
    const closing =
      /Changed (\d+) cells \((\d+) filled(?:, (\d+) normalised)?(?:, (\d+) fixed)?(?:, (\d+) after review)?\); left (.*)\.\n$/.exec(
        fixed.stdout,
      );
    expect(closing).not.toBeNull();
    expect(Number(closing?.[4] ?? 0)).toBe(before.fixable.safe);
    expect(Number(closing?.[5] ?? 0)).toBe(before.fixable.review);
    expect(closing?.[6]).toBe("nothing");
    // Every cell it changed is listed: the fixes one per line, the fills per column.
    const listed = fixed.stdout.split("\n").filter((line) => /^ {2}\S.*!\w+\d+ {2}/.test(line)).length;
    expect(listed).toBe(before.fixable.safe + before.fixable.review);
    const after = JSON.parse((await runCli(["validate", out, "--format", "json"])).stdout) as {
      fixable: { safe: number; review: number };
    };
    expect(after.fixable).toEqual({ safe: 0, review: 0 });
    const text = (await runCli(["validate", out])).stdout;
    expect(text).not.toMatch(/fixable/);
  });

  it("the aliases validate calls fixable (S2S, Issue, system-to-system) are what fix --normalise changes", async () => {
    const path = join(dir, "aliases.xlsx");
    writeFileSync(path, readFileSync("seeds/sample-workbook.xlsx"));
    const before = JSON.parse((await runCli(["validate", path, "--format", "json"])).stdout) as {
      fixable: { safe: number };
    };
    const out = join(dir, "aliases-fixed.xlsx");
    const fixed = await runCli(["fix", path, "--out", out, "--normalise", "--force"]);
    expect(fixed.stdout).toMatch(new RegExp(`, ${before.fixable.safe} fixed`));
    const after = JSON.parse((await runCli(["validate", out, "--format", "json"])).stdout) as {
      fixable: { safe: number };
    };
    expect(after.fixable.safe).toBe(0);
  });
});
