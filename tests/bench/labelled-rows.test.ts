/**
 * The labelled sets the suggest bench measures with (bench/labelled-rows.json, every third row held
 * out; bench/labelled-rows-fresh.json, measured untouched once and tuned on from round 3; and
 * bench/labelled-rows-fresh2.json, never tuned on) hold only labels the framework has: a capability
 * ID outside its 122 Level 3 ids or a category outside its 31 would make the accuracy figures count
 * a row no suggester can get right. Checked against the reference model (the seeds) and, where the
 * framework text is beside the repository, against the text's own tables.
 * The fresh sets must also stay what their "about" says: broad enough to measure with, written apart
 * from the sets before them, and in analysts' words rather than the definitions' sentences.
 */
import {
  dev2Rows,
  devRows,
  fresh2Rows,
  freshRows,
  labelledRows,
  labelledSetFiles,
  type LabelledRow,
} from "../../bench/labelled-rows";
import { capabilityGroupOf } from "../../src/model/capability-model";
import { defaultReference } from "../../src/model/default-reference";
import { frameworkTextPath, readFrameworkText } from "../support/framework-text";

const model = defaultReference();
const COLUMNS = ["useCaseGroup", "useCase", "activity", "informationObject", "capabilityId", "category"];

const text = readFrameworkText();
if (text === undefined) console.warn(`skipped: framework text not found at ${frameworkTextPath}`);
const itWithText = text === undefined ? it.skip : it;

const sets: Array<[string, keyof typeof labelledSetFiles, readonly LabelledRow[]]> = [
  ["bench/labelled-rows.json", "tuned", labelledRows],
  ["bench/labelled-rows-fresh.json", "fresh", freshRows],
  ["bench/labelled-rows-fresh2.json", "fresh2", fresh2Rows],
];

/** Each offending row as "row N: what is wrong", so a failure names the row to mend. */
function offending(rows: readonly LabelledRow[], problem: (row: LabelledRow) => string | undefined): string[] {
  return rows.flatMap((row, index) => {
    const found = problem(row);
    return found === undefined ? [] : [`row ${index}: ${found}`];
  });
}

describe.each(sets)("%s", (_file, key, rows) => {
  const file = labelledSetFiles[key];

  it("has the six columns, every row complete", () => {
    expect(file.columns).toEqual(COLUMNS);
    expect(file.about.length).toBeGreaterThan(100);
    expect(
      file.rows.flatMap((cells, index) =>
        cells.length === COLUMNS.length && cells.every((cell) => cell.trim() !== "" && cell === cell.trim())
          ? []
          : [`row ${index}: ${JSON.stringify(cells)}`],
      ),
    ).toEqual([]);
  });

  it("labels every row with one of the framework's 122 Level 3 capability ids and 31 categories, by exact name", () => {
    const level3 = new Set(model.capabilities.level3.map((c) => c.id));
    const categories = new Set(model.information.categories.terms.map((c) => c.name));
    expect([level3.size, categories.size]).toEqual([122, 31]);
    expect(
      offending(rows, (r) =>
        level3.has(r.capabilityId) ? undefined : `"${r.capabilityId}" is not a Level 3 capability id`,
      ),
    ).toEqual([]);
    expect(
      offending(rows, (r) =>
        categories.has(r.category) ? undefined : `"${r.category}" is not an information category`,
      ),
    ).toEqual([]);
  });

  itWithText("labels only ids and categories the framework text's own tables hold", () => {
    const lines = (text ?? "").split(/\r?\n/).map((line) => line.trimEnd());
    const level3Ids = new Set(lines.flatMap((line) => /^\t(\d+\.\d+\.\d+)$/.exec(line)?.[1] ?? []));
    const table1 = lines.slice(lines.findIndex((line) => line.includes("Table 1: Detailed Information Categories")));
    const categoryCells = new Set(table1.map((line) => line.trim()));
    expect(level3Ids.size).toBe(122);
    expect(offending(rows, (r) => (level3Ids.has(r.capabilityId) ? undefined : r.capabilityId))).toEqual([]);
    expect(offending(rows, (r) => (categoryCells.has(r.category) ? undefined : r.category))).toEqual([]);
  });

  it("names a use case group of the framework (PO, CI, OTN, OTE) on every row", () => {
    const codes = new Set(model.useCaseGroups.terms.map((g) => g.code));
    expect(offending(rows, (r) => (codes.has(r.useCaseGroup) ? undefined : r.useCaseGroup))).toEqual([]);
  });

  it("holds no row twice", () => {
    const seen = new Set<string>();
    expect(
      offending(rows, (r) => {
        const key = `${r.activity}\n${r.informationObject}`.toLowerCase();
        if (seen.has(key)) return `"${r.activity}" / "${r.informationObject}" again`;
        seen.add(key);
        return undefined;
      }),
    ).toEqual([]);
  });

  it("is written in analysts' words: no activity or object repeats four words running of a definition", () => {
    const words = (s: string) => s.toLowerCase().match(/[a-z0-9]+/g) ?? [];
    const runs = new Set<string>();
    const sentences = [
      ...model.capabilities.level3.flatMap((c) => [c.name, c.definition]),
      ...model.capabilities.level2.flatMap((c) => [c.name, c.definition]),
      ...model.information.categories.terms.map((c) => c.description),
    ];
    for (const sentence of sentences) {
      const w = words(sentence);
      for (let i = 0; i + 4 <= w.length; i++) runs.add(w.slice(i, i + 4).join(" "));
    }
    const copied = (s: string) => {
      const w = words(s);
      for (let i = 0; i + 4 <= w.length; i++) if (runs.has(w.slice(i, i + 4).join(" "))) return s;
      return undefined;
    };
    expect(offending(rows, (r) => copied(r.activity) ?? copied(r.informationObject))).toEqual([]);
  });
});

/** Each never-tuned set, with the sets written before it that it must not borrow activities from. */
const freshSets: Array<[string, readonly LabelledRow[], string, readonly LabelledRow[], boolean]> = [
  ["the fresh set", freshRows, "the first set", labelledRows, false],
  [
    "the second fresh set",
    fresh2Rows,
    "the first, fresh and dev sets",
    [...labelledRows, ...freshRows, ...devRows, ...dev2Rows],
    true,
  ],
];

describe.each(freshSets)("%s", (_name, rows, earlierName, earlier, heldOut) => {
  const capabilities = rows.map((r) => model.capabilities.byId(r.capabilityId));
  const categories = rows.map((r) => model.information.categories.terms.find((c) => c.name === r.category));

  it("is broad enough to measure with: 150+ rows over every domain, Level 2, group and category, most Level 3", () => {
    const level3 = capabilities.flatMap((c) => (c?.level === 3 ? [c] : []));
    expect({
      rows: rows.length >= 150,
      domains: new Set(level3.map((c) => c.domain.name)).size,
      level2: new Set(level3.map((c) => capabilityGroupOf(c).id)).size,
      level3: new Set(level3.map((c) => c.id)).size >= 100,
      categories: new Set(categories.map((c) => c?.name)).size,
      groups: new Set(categories.map((c) => c?.group.name)).size,
      useCaseGroups: new Set(rows.map((r) => r.useCaseGroup)).size,
    }).toEqual({ rows: true, domains: 5, level2: 18, level3: true, categories: 31, groups: 8, useCaseGroups: 4 });
  });

  it(`is written apart from the sets before it: no activity of its rows appears there (${earlierName})`, () => {
    const before = new Set(earlier.map((r) => r.activity.toLowerCase()));
    expect(offending(rows, (r) => (before.has(r.activity.toLowerCase()) ? r.activity : undefined))).toEqual([]);
  });

  it(`holds out ${heldOut ? "every row: it is never tuned on" : "no row: its honest figure is recorded and it is tuning data from round 3"}`, () => {
    expect(rows.every((r) => r.heldOut === heldOut)).toBe(true);
  });
});
