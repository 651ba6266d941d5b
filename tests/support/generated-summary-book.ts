/**
 * A generated Data Categorisation and Distinct Gap Analysis whose every row was built from a known
 * intent (this use case group, spelt this untidy way; this capability, given by ID or by name), so a
 * Summary test can count the expected numbers with a plain loop over the intents, never with the
 * summary's own helpers. The framework's ids, names and groups come straight from the seed JSON.
 */
import capabilitySeed from "../../seeds/capability-model.json";
import categorySeed from "../../seeds/information-categories.json";
import vocabularySeed from "../../seeds/vocabularies.json";
import type { CategorisationRow, GapRow } from "./workbook-rows";

export const BLANK = "(blank)";
export const UNREC = "Unrecognised";

// A small deterministic generator (mulberry32), so a failure reproduces.
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T;
}

/** Untidy spellings of a canonical value that a person would still read as it. */
function untidy(next: () => number, value: string): string {
  return pick(next, [value, value.toLowerCase(), ` ${value.toUpperCase()} `, value.replace(/ /g, "  ")]);
}

export const level2Domain = new Map(capabilitySeed.level2.map((c) => [c.id, c.domain]));
export const level3 = capabilitySeed.level3.map((c) => ({
  id: c.id,
  name: c.name,
  domain: level2Domain.get(c.parent) as string,
}));
export const domainNames = capabilitySeed.domains.map((d) => d.name);
export const groupOfCategory = new Map(categorySeed.categories.map((c) => [c.name, c.group]));
const objectsPool = Array.from({ length: 40 }, (_, i) => `Information object ${i + 1}`);
const useCasePool = Array.from({ length: 12 }, (_, i) => `Use case ${i + 1}`);

export interface RowIntent {
  group: string;
  domain: string;
  level3?: string;
  category: string;
  sensitivity: string;
  quality: string;
  object: string;
  useCase: string;
}

export function generatedCategorisation(
  count: number,
  seed: number,
): { rows: CategorisationRow[]; intents: RowIntent[] } {
  const next = random(seed);
  const rows: CategorisationRow[] = [];
  const intents: RowIntent[] = [];
  for (let i = 0; i < count; i++) {
    const groupSeed = pick(next, [...vocabularySeed.useCaseGroups, "unrecognised", "blank"] as const);
    let group: string;
    let groupText: string;
    if (groupSeed === "unrecognised") [group, groupText] = [UNREC, "Operations"];
    else if (groupSeed === "blank") [group, groupText] = [BLANK, ""];
    else
      [group, groupText] = [
        groupSeed.code,
        untidy(next, pick(next, [groupSeed.code, groupSeed.name, groupSeed.frameworkName])),
      ];

    const capabilityKind = pick(next, [
      "id",
      "id",
      "name",
      "level2",
      "unknown-with-domain",
      "unknown",
      "blank",
    ] as const);
    const cap = pick(next, level3);
    const l2 = pick(next, capabilitySeed.level2);
    let capabilityId = "";
    let capability = "";
    // The Domain column is filled with something else where a capability decides, to show it is the capability that counts.
    let domainText = pick(next, domainNames);
    let domain: string;
    let placed: string | undefined;
    if (capabilityKind === "id")
      [capabilityId, domain, placed] = [pick(next, [cap.id, ` ${cap.id} `, `${cap.id}.`]), cap.domain, cap.id];
    else if (capabilityKind === "name") [capability, domain, placed] = [untidy(next, cap.name), cap.domain, cap.id];
    else if (capabilityKind === "level2") [capabilityId, domain] = [l2.id, l2.domain];
    else if (capabilityKind === "unknown-with-domain") [capabilityId, domain] = ["9.9.9", domainText];
    else if (capabilityKind === "unknown") [capabilityId, domainText, domain] = ["9.9.9", "Nowhere", UNREC];
    else [domainText, domain] = ["", BLANK];

    const categorySeedRow = pick(next, [...categorySeed.categories, "unrecognised", "blank"] as const);
    let category: string;
    let categoryText: string;
    if (categorySeedRow === "unrecognised") [category, categoryText] = [UNREC, "Telemetry (Devices)"];
    else if (categorySeedRow === "blank") [category, categoryText] = [BLANK, ""];
    else [category, categoryText] = [categorySeedRow.name, untidy(next, categorySeedRow.name)];

    const sensitivityPick = pick(next, ["Public", "Restricted", "Critical", "Confidential", ""]);
    const sensitivity = sensitivityPick === "Confidential" ? UNREC : sensitivityPick === "" ? BLANK : sensitivityPick;
    const qualityPick = pick(next, ["Issues", "issue", "Has Issues", "No Issues", "no issues", "Bad", ""]);
    const quality =
      qualityPick === "Bad" ? UNREC : qualityPick === "" ? BLANK : /^no/i.test(qualityPick) ? "No Issues" : "Issues";
    const object = pick(next, objectsPool);
    const useCase = pick(next, useCasePool);
    rows.push({
      useCaseGroup: groupText,
      useCase: pick(next, [useCase, useCase.toUpperCase()]),
      capabilityId,
      capability,
      capabilityGroup: "",
      domain: domainText,
      informationObject: pick(next, [object, object.toLowerCase(), `${object} `]),
      informationGroup: "",
      informationCategory: categoryText,
      sensitivity: sensitivityPick === "" ? "" : untidy(next, sensitivityPick),
      quality: qualityPick,
    });
    intents.push({
      group,
      domain,
      ...(placed === undefined ? {} : { level3: placed }),
      category,
      sensitivity,
      quality,
      object: object.toLowerCase(),
      useCase: useCase.toLowerCase(),
    });
  }
  return { rows, intents };
}

export interface GapIntent {
  outcome: string;
  status: string;
  level3?: string;
}

export function generatedGaps(count: number, seed: number): { rows: GapRow[]; intents: GapIntent[] } {
  const next = random(seed);
  const rows: GapRow[] = [];
  const intents: GapIntent[] = [];
  for (let i = 0; i < count; i++) {
    const outcomeSeed = pick(next, [...vocabularySeed.majorOutcomes, "unrecognised", "blank"] as const);
    let outcome: string;
    let outcomeText: string;
    if (outcomeSeed === "unrecognised") [outcome, outcomeText] = [UNREC, "World peace"];
    else if (outcomeSeed === "blank") [outcome, outcomeText] = [BLANK, ""];
    else [outcome, outcomeText] = [outcomeSeed.name, pick(next, [outcomeSeed.name, ...outcomeSeed.shortForms])];
    const statusSeed = pick(next, [...vocabularySeed.capabilityStatuses, "unrecognised", "blank"] as const);
    let status: string;
    let statusText: string;
    if (statusSeed === "unrecognised") [status, statusText] = [UNREC, "Maybe"];
    else if (statusSeed === "blank") [status, statusText] = [BLANK, ""];
    else
      [status, statusText] = [
        statusSeed.name,
        untidy(next, pick(next, [statusSeed.name, ...(statusSeed.aliases ?? [])])),
      ];
    const cap = pick(next, level3);
    const kind = pick(next, ["id", "name", "level2", "blank"] as const);
    rows.push({
      gapId: `G${i + 1}`,
      majorOutcome: outcomeText,
      capabilityStatus: statusText,
      capabilityId: kind === "id" ? cap.id : kind === "level2" ? "4.3" : "",
      capability: kind === "name" ? cap.name.toUpperCase() : "",
    });
    intents.push({ outcome, status, ...(kind === "id" || kind === "name" ? { level3: cap.id } : {}) });
  }
  return { rows, intents };
}

/** Occurrences of each key. */
export function tally(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** The heat level the Summary should give `objects` when the busiest capability has `max`: by quarters. */
export function expectedHeat(objects: number, max: number): number {
  if (objects === 0) return 0;
  const share = objects / max;
  return share <= 0.25 ? 1 : share <= 0.5 ? 2 : share <= 0.75 ? 3 : 4;
}

/** Per Level 3 id: its distinct objects, quality-issue rows and gaps, counted from the intents. */
export function expectedHeatMap(
  rows: readonly RowIntent[],
  gaps: readonly GapIntent[],
): Map<string, { objects: number; issues: number; gaps: number; heat: number }> {
  const objects = new Map<string, Set<string>>();
  const issues = new Map<string, number>();
  const gapCounts = new Map<string, number>();
  for (const i of rows) {
    if (i.level3 === undefined) continue;
    objects.set(i.level3, (objects.get(i.level3) ?? new Set()).add(i.object));
    if (i.quality === "Issues") issues.set(i.level3, (issues.get(i.level3) ?? 0) + 1);
  }
  for (const g of gaps) if (g.level3 !== undefined) gapCounts.set(g.level3, (gapCounts.get(g.level3) ?? 0) + 1);
  const max = Math.max(0, ...[...objects.values()].map((s) => s.size));
  return new Map(
    capabilitySeed.level3.map((c) => {
      const n = objects.get(c.id)?.size ?? 0;
      return [
        c.id,
        { objects: n, issues: issues.get(c.id) ?? 0, gaps: gapCounts.get(c.id) ?? 0, heat: expectedHeat(n, max) },
      ];
    }),
  );
}
