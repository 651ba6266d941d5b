/**
 * The vocabularies in seeds/vocabularies.json that come from the framework are quoted from its text
 * exactly: use case group names and descriptions, interface, sensitivity and quality descriptions,
 * the gap and capability-status wording and the three Major Outcomes. Priorities, aliases and the
 * extra period units are this project's own and say so in the file's `source`.
 */
import vocabularies from "../../seeds/vocabularies.json";
import { frameworkTextPath, readFrameworkText } from "../support/framework-text";

const text = readFrameworkText();
if (text === undefined)
  console.warn(`skipped: framework text not found at ${frameworkTextPath}; .ci/run runs where ../shared exists`);
const itWithText = text === undefined ? it.skip : it;
// The Word export breaks table cells into lines and keeps its own spaces: compare with runs of
// whitespace folded, nothing else.
const folded = (s: string) => s.replace(/\s+/g, " ").trim();
const source = folded(text ?? "");

describe("vocabularies quoted from the framework", () => {
  itWithText("use case groups: the framework's names (with their codes) and descriptions", () => {
    for (const group of vocabularies.useCaseGroups) {
      expect(source).toContain(folded(`${group.frameworkName} (${group.code})`));
      expect(source).toContain(folded(group.description));
    }
  });

  itWithText("the framework names each group's short name in its journeys", () => {
    expect(source).toContain(
      "Planning and Oversight, Connecting and Integrating, Operating and Trading (in normal and emergency conditions)",
    );
  });

  itWithText.each([
    ["interfaces", vocabularies.interfaces],
    ["sensitivities", vocabularies.sensitivities],
    ["qualities", vocabularies.qualities],
    ["gapTypes", vocabularies.gapTypes],
    ["capabilityStatuses", vocabularies.capabilityStatuses],
  ])("%s: every description is the framework's wording", (_name, terms) => {
    for (const term of terms) expect(source).toContain(folded(term.description));
  });

  itWithText("interfaces and sensitivities are defined by name in the Data Categorisation section", () => {
    for (const term of [...vocabularies.interfaces, ...vocabularies.sensitivities]) {
      expect(source).toMatch(new RegExp(`${term.name}: ?${escape(folded(term.description).slice(0, 20))}`));
    }
    expect(source).toContain("the data was classified as No Issues, otherwise it was determined as having Issues");
  });

  itWithText("the three Major Outcomes are verbatim", () => {
    expect(vocabularies.majorOutcomes).toHaveLength(3);
    for (const outcome of vocabularies.majorOutcomes) expect(source).toContain(`· ${outcome.name}`);
  });

  itWithText("frequency and latency wording", () => {
    expect(source).toContain(folded(vocabularies.onDemand.description));
    expect(source).toContain(folded(vocabularies.asPerFrequency.description));
    for (const unit of ["minutes", "hours", "days", "months", "years"])
      expect(vocabularies.onDemand.description).toContain(unit);
  });

  it("sensitivity synonyms come from the framework's definition of the term they mean", () => {
    // The two that share no word with it, and why: "CIC" is the initials of "Commercial in
    // confidence"; "Confidential" data is what Public is not ("not considered confidential") and
    // Restricted is the framework's class for data not public.
    const argued = new Set(["CIC", "Confidential"]);
    const stem = (word: string) => word.toLowerCase().slice(0, 5);
    for (const term of vocabularies.sensitivities) {
      const defined = new Set(
        term.description
          .split(/[^A-Za-z]+/)
          .filter((w) => w.length >= 5)
          .map(stem),
      );
      for (const synonym of term.synonyms ?? []) {
        if (argued.has(synonym)) continue;
        const words = synonym.split(/[^A-Za-z]+/).filter((w) => w.length >= 5);
        expect({ synonym, shared: words.some((w) => defined.has(stem(w))) }).toEqual({ synonym, shared: true });
      }
    }
  });

  it("no synonym is also a name or alias: a synonym is suggested, never accepted", () => {
    for (const terms of [
      vocabularies.interfaces,
      vocabularies.sensitivities,
      vocabularies.qualities,
      vocabularies.gapTypes,
      vocabularies.capabilityStatuses,
      vocabularies.priorities,
    ]) {
      const accepted = new Set(
        terms.flatMap((t: { name: string; aliases?: string[] }) =>
          [t.name, ...(t.aliases ?? [])].map((n) => n.toLowerCase()),
        ),
      );
      for (const term of terms as Array<{ synonyms?: string[] }>)
        for (const synonym of term.synonyms ?? []) expect(accepted.has(synonym.toLowerCase())).toBe(false);
    }
  });

  it("says which parts are the project's own", () => {
    expect(vocabularies.source).toMatch(
      /Priorities, aliases and the seconds\/weeks\/fortnights\/quarters period units are this project's additions/,
    );
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
