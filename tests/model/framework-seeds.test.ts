/**
 * The committed seeds/capability-model.json and seeds/information-categories.json say exactly what
 * the CER Taskforce Analytical Framework text says. Most checks read the text with their own simple
 * line matching rather than the extractor's parser, so a parser bug cannot vouch for itself.
 *
 * Allowed differences between a seed value and its table cell in the text, and no others:
 * - whitespace at the start/end of a cell (cells like "Plan: " and "Plan network infrastructure ");
 * - a trailing ":" on a domain name ("Plan: " is the domain "Plan");
 * - footnote artefacts: Word's export writes "[footnoteRef:5]" where a footnote is cited and appends
 *   "[5:  Available at ...]" to the end of the paragraph; neither is part of the description.
 */
import fs from "node:fs";
import path from "node:path";
import { parseFrameworkText } from "../../scripts/framework/parse-framework-text";
import { capabilityModelSchema, informationCategoriesSchema } from "../../src/model/seed-schemas";
import { frameworkTextPath, readFrameworkText, repoRoot } from "../support/framework-text";

function readSeed(file: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(repoRoot, "seeds", file), "utf8"));
}
const capabilityModelJson = readSeed("capability-model.json");
const informationCategoriesJson = readSeed("information-categories.json");
const capabilityModel = capabilityModelSchema.parse(capabilityModelJson);
const informationCategories = informationCategoriesSchema.parse(informationCategoriesJson);
const { domains, level2, level3 } = capabilityModel;
const { groups, categories } = informationCategories;

const text = readFrameworkText();
if (text === undefined) {
  console.warn(`skipped: framework text not found at ${frameworkTextPath}; .ci/run runs where ../shared exists`);
}
const itWithText = text === undefined ? it.skip : it;

function frameworkText(): string {
  if (text === undefined) throw new Error("framework text missing; this test should have been skipped");
  return text;
}

/** Text lines with trailing whitespace dropped: the only per-line difference the checks tolerate. */
function textLines(): string[] {
  return frameworkText()
    .split(/\r?\n/)
    .map((line) => line.trimEnd());
}

function withoutFootnotes(line: string): string {
  return line.replace(/\[footnoteRef:\d+\]/g, "").replace(/\s*\[\d+:\s.*\]$/, "");
}

/** Whether some run of consecutive lines matches `cells`, each a table-cell line "\t<value>". */
function hasCellRun(lines: readonly string[], cells: readonly ((line: string) => boolean)[]): boolean {
  return lines.some((_, start) => cells.every((matches, k) => matches(lines[start + k] ?? "")));
}

const cell =
  (value: string) =>
  (line: string): boolean =>
    line === `\t${value}`;

/** The lines of the table that starts at the line ending with `heading`, up to the next line ending with `next`. */
function tableLines(heading: string, next?: string): string[] {
  const lines = textLines();
  const start = lines.findIndex((line) => line.endsWith(heading));
  const end = next === undefined ? lines.length : lines.findIndex((line, i) => i > start && line.endsWith(next));
  if (start < 0 || end < 0) throw new Error(`table "${heading}" not found in the framework text`);
  return lines.slice(start + 1, end);
}

/** The non-empty table-cell lines of a table, as their values. */
function cellValues(lines: readonly string[]): string[] {
  return lines.filter((line) => /^\t\S/.test(line)).map((line) => line.slice(1));
}

describe("framework seeds: shape (needs only the JSON)", () => {
  it("has 5 domains, 18 Level 2 and 122 Level 3 capabilities, 8 information groups and 31 categories", () => {
    expect(domains).toHaveLength(5);
    expect(level2).toHaveLength(18);
    expect(level3).toHaveLength(122);
    expect(groups).toHaveLength(8);
    expect(categories).toHaveLength(31);
  });

  it("is stored exactly as the schemas read it (the schemas trim and drop unknown keys, which would hide edits)", () => {
    expect(capabilityModelJson).toEqual(capabilityModel);
    expect(informationCategoriesJson).toEqual(informationCategories);
  });

  it("has no duplicate ids or names", () => {
    const unique = (values: string[]): boolean => new Set(values).size === values.length;
    expect(unique(domains.map((d) => d.name))).toBe(true);
    expect(unique(level2.map((c) => c.id))).toBe(true);
    expect(unique(level3.map((c) => c.id))).toBe(true);
    expect(unique(groups.map((g) => g.name))).toBe(true);
    expect(unique(categories.map((c) => c.name))).toBe(true);
  });

  it("keeps the gaps in the framework's Level 3 numbering: there is no 2.2.5, 4.2.8 or 4.2.11", () => {
    const ids = level3.map((c) => c.id);
    for (const missing of ["2.2.5", "4.2.8", "4.2.11"]) expect(ids).not.toContain(missing);
  });

  it("gives every Level 3 capability an existing Level 2 parent that prefixes its id", () => {
    const level2Ids = new Set(level2.map((c) => c.id));
    for (const capability of level3) {
      expect(level2Ids.has(capability.parent)).toBe(true);
      expect(capability.id.startsWith(`${capability.parent}.`)).toBe(true);
    }
  });

  it("puts every Level 2 capability in one of the 5 domains and every category in one of the 8 groups", () => {
    const domainNames = new Set(domains.map((d) => d.name));
    const groupNames = new Set(groups.map((g) => g.name));
    for (const capability of level2) expect(domainNames.has(capability.domain)).toBe(true);
    for (const category of categories) expect(groupNames.has(category.group)).toBe(true);
  });
});

describe("framework seeds: verbatim against the framework text", () => {
  itWithText("finds each domain as consecutive cells: name (maybe with ':'), description, capability summary", () => {
    const lines = textLines();
    for (const domain of domains) {
      const found = hasCellRun(lines, [
        (line) => line === `\t${domain.name}` || line === `\t${domain.name}:`,
        cell(domain.description),
        cell(domain.capabilitySummary),
      ]);
      expect({ domain: domain.name, found }).toEqual({ domain: domain.name, found: true });
    }
  });

  itWithText("finds each Level 2 capability as consecutive cells: id, domain, name, definition", () => {
    const lines = textLines();
    for (const c of level2) {
      const found = hasCellRun(lines, [
        cell(c.id),
        (line) => line === `\t${c.domain}` || line === `\t${c.domain}:`,
        cell(c.name),
        cell(c.definition),
      ]);
      expect({ id: c.id, found }).toEqual({ id: c.id, found: true });
    }
  });

  itWithText("finds each Level 3 capability as consecutive cells: id, name, definition", () => {
    const lines = textLines();
    for (const c of level3) {
      const found = hasCellRun(lines, [cell(c.id), cell(c.name), cell(c.definition)]);
      expect({ id: c.id, found }).toEqual({ id: c.id, found: true });
    }
  });

  itWithText("finds each information category as consecutive cells: name, description (footnotes aside)", () => {
    const lines = textLines();
    for (const c of categories) {
      const found = hasCellRun(lines, [cell(c.name), (line) => withoutFootnotes(line) === `\t${c.description}`]);
      expect({ category: c.name, found }).toEqual({ category: c.name, found: true });
    }
  });
});

describe("framework seeds: nothing extra, nothing missing", () => {
  itWithText("has exactly the Level 3 ids of the text, in document order", () => {
    const ids = textLines()
      .filter((line) => /^\t\d\.\d+\.\d+\s*$/.test(line))
      .map((line) => line.trim());
    expect(level3.map((c) => c.id)).toEqual(ids);
  });

  itWithText("has exactly the Level 2 ids of the Level 2 table, in document order", () => {
    const ids = tableLines("Capability Model: Level 2 Definitions", "Capability Model: Level 3 Definitions")
      .filter((line) => /^\t\d\.\d+\s*$/.test(line))
      .map((line) => line.trim());
    expect(level2.map((c) => c.id)).toEqual(ids);
  });

  itWithText("accounts for every cell of the Level 1 table and of Table 1", () => {
    const level1Cells = cellValues(tableLines("Level 1 Definitions", "Figure 2: CER Lifecycle"));
    expect(level1Cells).toEqual([
      "Domain Name",
      "Description",
      "Capability Summary",
      ...domains.flatMap((d) => [
        expect.stringMatching(new RegExp(`^${d.name}:?$`)),
        d.description,
        d.capabilitySummary,
      ]),
    ]);

    // Group cells appear only on a group's first row; later rows of the group leave it empty.
    const table1Cells = cellValues(tableLines("Table 1: Detailed Information Categories")).map(withoutFootnotes);
    const expected = ["Information Group", "Information Category", "Description"];
    categories.forEach((c, i) => {
      if (categories[i - 1]?.group !== c.group) expected.push(c.group);
      expected.push(c.name, c.description);
    });
    expect(table1Cells).toEqual(expected);
  });

  itWithText("is what the extractor produces from the text today (so hand edits and text changes are caught)", () => {
    expect({ domains, level2, level3, groups, categories }).toEqual(parseFrameworkText(frameworkText()));
  });
});

describe("framework seeds: spot checks", () => {
  it("4.3.2 is 'Monitor network / power system', under 4.3 'Operate electricity networks' in the Operate domain", () => {
    const capability = level3.find((c) => c.id === "4.3.2");
    expect(capability).toMatchObject({ name: "Monitor network / power system", parent: "4.3" });
    expect(level2.find((c) => c.id === "4.3")).toMatchObject({
      name: "Operate electricity networks",
      domain: "Operate",
    });
  });

  it("puts 'Telemetry (Device)' in the Measurements group", () => {
    expect(categories.find((c) => c.name === "Telemetry (Device)")?.group).toBe("Measurements");
  });

  it("gives the Reports group a single category, 'Regulatory Instrument'", () => {
    expect(categories.filter((c) => c.group === "Reports").map((c) => c.name)).toEqual(["Regulatory Instrument"]);
  });

  it("puts 'Agreement' in Contracts although the text splits that row with a blank line", () => {
    expect(categories.find((c) => c.name === "Agreement")?.group).toBe("Contracts");
  });

  it("names domains without the trailing colon of the text's cells", () => {
    expect(domains.map((d) => d.name)).toEqual(["Oversee", "Plan", "Connect", "Operate", "Trade"]);
  });

  it("drops the footnote from Portfolio's description", () => {
    const portfolio = categories.find((c) => c.name === "Portfolio");
    expect(portfolio?.description).toContain("(IPRR) reforms.");
    expect(portfolio?.description).not.toContain("[footnoteRef");
    expect(portfolio?.description).not.toContain("Available at");
  });

  itWithText("where the text's Portfolio cell does carry the footnote", () => {
    expect(textLines().some((line) => line.includes("(IPRR)[footnoteRef:5] reforms"))).toBe(true);
  });

  it("keeps the source's wording as written, typos included", () => {
    const definition = (id: string): string | undefined => level3.find((c) => c.id === id)?.definition;
    expect(definition("3.4.8")).toContain("change management producers");
    expect(definition("5.2.7")).toContain("using this like metering data");
    expect(level3.find((c) => c.id === "4.4.4")?.name).toBe("Monitor participants\u2019 performance and conformance");
  });
});
