/** `template`: the three tabs as Excel tables with canonical headers, reference tabs, and dropdowns fed from them. */
import { strFromU8, unzipSync } from "fflate";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import { defaultReference } from "../../src/model/default-reference";
import { checkWorkbook } from "../../src/workflows/check/check";
import { readWorkbook } from "../../src/sheets/parsed-workbook";
import { categorisationTab, gapsTab, optionsTab } from "../../src/sheets/tab-definitions";
import { openXlsx } from "../../src/workbook/xlsx/xlsx-workbook";
import { itWithSoffice, sheetsAsCsv } from "../support/libreoffice";

describe("cli template", () => {
  let path: string;
  let parts: Record<string, string>;
  beforeAll(async () => {
    path = join(mkdtempSync(join(tmpdir(), "template-")), "template.xlsx");
    const result = await runCli(["template", "--out", path]);
    expect(result).toMatchObject({ exitCode: 0, stderr: "" });
    parts = Object.fromEntries(
      Object.entries(unzipSync(readFileSync(path))).map(([name, bytes]) => [name, strFromU8(bytes)]),
    );
  });

  const sheetXml = (name: string): string => {
    const workbook = parts["xl/workbook.xml"] ?? "";
    const rels = parts["xl/_rels/workbook.xml.rels"] ?? "";
    const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
    const target =
      new RegExp(`Id="${id}"[^>]*Target="/?(?:xl/)?([^"]+)"`).exec(rels)?.[1] ??
      new RegExp(`Target="/?(?:xl/)?([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
    return parts[`xl/${target}`] ?? "";
  };

  it("has the three tabs with canonical headers, read back with no header problems, and the reference tabs", async () => {
    const book = await readWorkbook(openXlsx(readFileSync(path)));
    expect(book.sheetNames).toEqual([
      "Data Categorisation",
      "Distinct Gap Analysis",
      "Options",
      "Capability Model",
      "Information Categories",
      "Vocabularies",
      "Roles",
    ]);
    for (const [tab, definition] of [
      [book.categorisation, categorisationTab],
      [book.gaps, gapsTab],
      [book.options, optionsTab],
    ] as const) {
      expect(tab?.headerRow).toBe(1);
      expect(tab?.headerProblems).toEqual([]);
      expect(Object.values(tab?.headers ?? {})).toEqual(definition.columns.map((c) => c.header));
      expect(tab?.rows).toEqual([]);
    }
    expect(book.roles?.terms.map((t) => t.name)).toEqual(defaultReference().defaultRoles.names);
    const { report } = await checkWorkbook(openXlsx(readFileSync(path)), defaultReference());
    expect(report.summary.errors).toBe(0);
  });

  it("formats each of the three tabs as an Excel table", () => {
    const tables = Object.entries(parts)
      .filter(([name]) => /^xl\/tables\/table\d+\.xml$/.test(name))
      .map(([, xml]) => xml);
    for (const [name, definition] of [
      ["DataCategorisation", categorisationTab],
      ["DistinctGapAnalysis", gapsTab],
      ["Options", optionsTab],
    ] as const) {
      const table = tables.find((xml) => xml.includes(`name="${name}"`)) ?? "";
      expect(table).toContain(`ref="A1:`);
      for (const column of definition.columns) expect(table).toContain(`name="${column.header}"`);
    }
    expect(sheetXml("Data Categorisation")).toContain("<tableParts");
  });

  it("puts a dropdown on every closed-vocabulary column, sourced from a reference tab range", () => {
    const lists = (xml: string) =>
      Object.fromEntries(
        [
          ...xml.matchAll(
            /<dataValidation [^>]*sqref="([A-Z]+)2:[A-Z]+1048576"[^>]*>\s*<formula1>([^<]*)<\/formula1>/g,
          ),
        ].map((m) => [m[1], (m[2] ?? "").replace(/&apos;/g, "'")]),
      );
    const model = defaultReference();
    const dc = lists(sheetXml("Data Categorisation"));
    expect(dc).toEqual({
      A: `'Vocabularies'!$A$2:$A$5`,
      C: `'Capability Model'!$A$2:$A$${model.capabilities.level3.length + 1}`,
      D: `'Capability Model'!$B$2:$B$${model.capabilities.level3.length + 1}`,
      E: expect.stringMatching(/^'Vocabularies'!\$D\$2:\$D\$19$/),
      F: `'Vocabularies'!$C$2:$C$6`,
      I: `'Vocabularies'!$E$2:$E$9`,
      J: `'Information Categories'!$A$2:$A$32`,
      K: expect.stringMatching(/^'Roles'!\$A\$2:\$A\$\d+$/),
      M: expect.stringMatching(/^'Vocabularies'!/),
      P: expect.stringMatching(/^'Vocabularies'!/),
      Q: expect.stringMatching(/^'Vocabularies'!/),
    });
    const gaps = lists(sheetXml("Distinct Gap Analysis"));
    expect(Object.keys(gaps).sort()).toEqual(["B", "F", "G", "H", "I", "J", "K", "N"]);
    expect(lists(sheetXml("Options"))).toEqual({});
  });

  it("refuses to replace an existing file without --force", async () => {
    const again = await runCli(["template", "--out", path]);
    expect(again).toMatchObject({ exitCode: 2 });
    expect(again.stderr).toMatch(/already exists/);
    expect((await runCli(["template", "--out", path, "--force"])).exitCode).toBe(0);
    expect((await runCli(["template"])).exitCode).toBe(2);
    expect(existsSync(path)).toBe(true);
  });

  itWithSoffice("opens in LibreOffice with the headers and the reference lists", () => {
    const sheets = sheetsAsCsv(path);
    expect(sheets["Data Categorisation"]?.[0]).toEqual(categorisationTab.columns.map((c) => c.header));
    expect(sheets["Distinct Gap Analysis"]?.[0]).toEqual(gapsTab.columns.map((c) => c.header));
    const model = defaultReference();
    const capabilities = sheets["Capability Model"] ?? [];
    expect(capabilities.length).toBe(model.capabilities.level3.length + 1);
    expect(capabilities[1]?.slice(0, 5)).toEqual([
      "1.1.1",
      "Co-design goals and objectives",
      "1.1",
      "Co-design policy and regulations",
      "Oversee",
    ]);
    expect(sheets["Information Categories"]?.map((r) => r[0]).slice(1)).toEqual(model.information.categories.names);
    expect(sheets["Vocabularies"]?.[0]?.slice(0, 3)).toEqual(["Use Case Group", "Use Case Group Code", "Domain"]);
  });
});
