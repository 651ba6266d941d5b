/** `fix`: writes a new workbook with the plan applied, prints what it filled, never writes over its input. */
import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import { openXlsx } from "../../src/workbook/xlsx/xlsx-workbook";
import { itWithSoffice, sheetsAsCsv } from "../support/libreoffice";
import { richWorkbookBytes } from "../support/rich-workbook-fixture";

describe("cli fix", () => {
  let folder: string;
  let input: string;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "fix-cli-"));
    input = join(folder, "book.xlsx");
    writeFileSync(input, await richWorkbookBytes());
  });

  it("writes the fixed workbook and prints the fills per tab and column, and the conflicts", async () => {
    const out = join(folder, "fixed.xlsx");
    const result = await runCli(["fix", input, "--out", out]);
    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain("Filled 7 cells");
    expect(result.stdout).toMatch(/Data Categorisation\n/);
    expect(result.stdout).toMatch(/Capability Group\s+2\s+E2, E3/);
    expect(result.stdout).toMatch(/Capability ID\s+1\s+C3/);
    expect(result.stdout).toContain(
      `Data Categorisation!F4  Domain holds "Trade", but Capability ID 4.1.2 gives "Operate"; left unchanged.`,
    );
    const rows = openXlsx(readFileSync(out)).readSheetSync("Data Categorisation").rows;
    expect(rows[1]?.cells.slice(2, 6)).toEqual([
      "4.1.2",
      "Share near-term operational forecasts",
      "Conduct operational planning and forecasting",
      "Operate",
    ]);
  });

  it("normalises only with --normalise", async () => {
    const source = join(folder, "variants.xlsx");
    writeFileSync(source, await richWorkbookBytes({ interface: "system to  system" }));
    const interfaceOf = (path: string) =>
      openXlsx(readFileSync(path)).readSheetSync("Data Categorisation").rows[1]?.cells[12];
    const plain = join(folder, "variants-plain.xlsx");
    expect((await runCli(["fix", source, "--out", plain])).stdout).not.toContain("Normalised");
    expect(interfaceOf(plain)).toBe("system to  system");
    const normalised = join(folder, "variants-normalised.xlsx");
    const result = await runCli(["fix", source, "--out", normalised, "--normalise"]);
    // The fixture's "establish  regulations" is a spacing variant of a capability name too.
    // The spelling a finding flags is fixed as validate counts it; the capability name's spacing is the auto-fill's.
    expect(result.stdout).toMatch(/Normalised 1 cell\n {2}Data Categorisation\n {4}Capability\s+1\s+D3\n/);
    expect(result.stdout).toContain(
      'Fixed (1 cell):\n  Data Categorisation!M2  Interface: "system to system" -> "System to System"',
    );
    expect(interfaceOf(normalised)).toBe("System to System");
  });

  it("says so when a fix changes only a cell's spaces, which the quoted values cannot show", async () => {
    const source = join(folder, "spaces.xlsx");
    writeFileSync(source, await richWorkbookBytes({ interface: "System to System\u00a0" }));
    const result = await runCli(["fix", source, "--out", join(folder, "spaces-fixed.xlsx"), "--normalise"]);
    expect(result.stdout).toContain(
      'Data Categorisation!M2  Interface: "System to System" -> "System to System" (only spaces or invisible characters change)',
    );
  });

  it("refuses to write over its input, however the path is spelt", async () => {
    for (const out of [
      input,
      join(folder, ".", "book.xlsx"),
      join(folder, "..", folder.split("/").pop() ?? "", "book.xlsx"),
    ]) {
      const result = await runCli(["fix", input, "--out", out]);
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toMatch(/never writes over its input/);
    }
    const link = join(folder, "link.xlsx");
    symlinkSync(input, link);
    expect((await runCli(["fix", input, "--out", link])).exitCode).toBe(2);
    expect((await runCli(["fix", link, "--out", input])).exitCode).toBe(2);
  });

  it("needs --out and one workbook, and reports a missing file in one line", async () => {
    expect((await runCli(["fix", input])).stderr).toMatch(/fix needs --out/);
    expect((await runCli(["fix", "--out", join(folder, "x.xlsx")])).exitCode).toBe(2);
    const missing = await runCli(["fix", join(folder, "nope.xlsx"), "--out", join(folder, "y.xlsx")]);
    expect(missing).toMatchObject({ exitCode: 2, stderr: `No such file: ${join(folder, "nope.xlsx")}\n` });
    expect(existsSync(join(folder, "y.xlsx"))).toBe(false);
  });

  itWithSoffice("the fixed sample workbook opens in LibreOffice with the normalised values", async () => {
    const out = join(folder, "sample-fixed.xlsx");
    const result = await runCli(["fix", "seeds/sample-workbook.xlsx", "--out", out, "--normalise"]);
    expect(result.stdout).toMatch(/Fixed \(5 cells\):[\s\S]*!M40 {2}Interface[\s\S]*!P40 {2}Sensitivity/);
    const rows = sheetsAsCsv(out)["Data Categorisation"] ?? [];
    const row40 = rows.find((r) => r[0] === "OTN" && r[6] === "Report portfolio performance");
    expect(row40?.[12]).toBe("System to System");
    expect(row40?.[15]).toBe("Restricted");
  });
});
