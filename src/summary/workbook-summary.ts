/**
 * The Summary of a categorisation workbook: what its tabs hold, counted along the framework's
 * dimensions (rows per use case group and domain, categories per information group, the
 * sensitivity mix, quality issues per use case group, gaps per Major Outcome and capability
 * status) and the capability heat map. Pure: parsed tabs and the reference model in, plain data
 * out, so the add-in's Summary tab, the pane, `cerdc summary` and the reports all count alike.
 *
 * Values are read the way the rules read them (vocabulary matching, so "public " and "Public"
 * count together; a capability by ID, else by name), and a value that does not resolve is counted
 * under "Unrecognised" or "(blank)", never dropped.
 */
import type { ReferenceModel } from "../model/reference-model";
import { capabilityOfRow } from "../rules/utils/capability-of-row";
import type { ParsedTab } from "../sheets/parsed-tab";
import type { ParsedWorkbook } from "../sheets/parsed-workbook";
import type { CategorisationColumn, GapColumn } from "../sheets/tab-definitions";
import { capabilityHeatMap, type CapabilityHeatMap, type Level3Tally } from "./capability-heat-map";
import { BLANK, bucketOf, UNRECOGNISED, withBuckets } from "./summary-buckets";
import { matrixCounter, type SummaryMatrix } from "./summary-matrix";
import { isStandIn } from "../sheets/column-dictionary";

export interface SummaryCount {
  label: string;
  count: number;
}

/** One information group's rows, and its categories' (all of them, zeros included, in Table 1's order). */
export interface CategoryGroupCount {
  group: string;
  count: number;
  categories: SummaryCount[];
}

export interface SummaryTotals {
  /** Data Categorisation rows (rows with anything in them). */
  categorisationRows: number;
  /** Distinct use cases and information objects, ignoring case and spacing. */
  useCases: number;
  informationObjects: number;
  /** Data Categorisation rows whose Quality is Issues. */
  qualityIssues: number;
  /** Distinct Gap Analysis rows and Options rows. */
  gaps: number;
  options: number;
  /** Level 3 capabilities in the framework, those with at least one information object, and those without. */
  level3Capabilities: number;
  level3Covered: number;
  level3Uncovered: number;
}

export interface WorkbookSummary {
  /** The sheets each tab was read from; a tab the workbook lacks is absent and counts nothing. */
  sheets: { categorisation?: string; gaps?: string; options?: string };
  totals: SummaryTotals;
  /** The use case groups by code, with their names, in the framework's order. */
  useCaseGroups: Array<{ code: string; name: string }>;
  /** Data Categorisation rows: use case group (code) x domain of the row's capability. */
  rowsByUseCaseGroupAndDomain: SummaryMatrix;
  /** Data Categorisation rows per information group and category, then the Unrecognised and (blank) categories. */
  categoriesByGroup: CategoryGroupCount[];
  /** Data Categorisation rows per sensitivity. */
  sensitivityMix: SummaryCount[];
  /** Data Categorisation rows: use case group (code) x quality ("Issues" is the quality issues). */
  qualityByUseCaseGroup: SummaryMatrix;
  /** Distinct Gap Analysis rows: Major Outcome x Capability Status. */
  gapsByOutcomeAndStatus: SummaryMatrix;
  heatMap: CapabilityHeatMap;
}

const ISSUES = "Issues";

/** Present tabs with a header row; a tab without one has no rows to count. */
function readable<K extends string>(tab: ParsedTab<K> | undefined): ParsedTab<K> | undefined {
  return tab !== undefined && tab.headerRow !== undefined ? tab : undefined;
}

export function summariseWorkbook(book: ParsedWorkbook, model: ReferenceModel): WorkbookSummary {
  const categorisation = readable(book.categorisation);
  const gapsTab = readable(book.gaps);
  const optionsTab = readable(book.options);
  const capabilities = model.capabilities;
  const groupCodes = model.useCaseGroups.terms.map((g) => g.code);
  const groupOf = (text: string): string => bucketOf(text, (t) => model.useCaseGroups.match(t)?.term.code);

  const byDomain = matrixCounter(
    "Use Case Group",
    "Domain",
    withBuckets(groupCodes),
    withBuckets(capabilities.domains.map((d) => d.name)),
  );
  const byQuality = matrixCounter(
    "Use Case Group",
    "Quality",
    withBuckets(groupCodes),
    withBuckets(model.qualities.names),
  );
  const byOutcome = matrixCounter(
    "Major Outcome",
    "Capability Status",
    withBuckets(model.majorOutcomes.names),
    withBuckets(model.capabilityStatuses.names),
  );
  const categoryCounts = new Map<string, number>(
    withBuckets(model.information.categories.names).map((name) => [name, 0]),
  );
  const sensitivityCounts = new Map<string, number>(withBuckets(model.sensitivities.names).map((name) => [name, 0]));
  const tallies = new Map<string, Level3Tally>();
  const tallyOf = (id: string): Level3Tally => {
    let tally = tallies.get(id);
    if (tally === undefined) tallies.set(id, (tally = { objects: new Set(), qualityIssues: 0, gaps: 0 }));
    return tally;
  };
  const unplaced = { rows: 0, qualityIssues: 0, gaps: 0 };
  const useCases = new Set<string>();
  const objects = new Set<string>();
  let qualityIssues = 0;

  for (const row of categorisation?.rows ?? []) {
    const text = row.text as Record<CategorisationColumn, string>;
    const group = groupOf(text.useCaseGroup);
    const capability = capabilityOfRow(capabilities, text.capabilityId, text.capability);
    const domain =
      capability?.domain.name ??
      (text.capabilityId === "" && text.capability === "" && text.domain === ""
        ? BLANK
        : (capabilities.domainByName(text.domain)?.name ?? UNRECOGNISED));
    byDomain.add(group, domain);
    const quality = bucketOf(text.quality, (t) => model.qualities.match(t)?.term.name);
    byQuality.add(group, quality);
    const category = bucketOf(text.informationCategory, (t) => model.information.categories.match(t)?.term.name);
    categoryCounts.set(category, (categoryCounts.get(category) ?? 0) + 1);
    const sensitivity = bucketOf(text.sensitivity, (t) => model.sensitivities.match(t)?.term.name);
    sensitivityCounts.set(sensitivity, (sensitivityCounts.get(sensitivity) ?? 0) + 1);
    // `text` is cleaned already: lower-casing compares ignoring case and spacing, as the rules do.
    // A placeholder ("N/A", "TBC") names no object or use case (required.missing reports it).
    const object = isStandIn(text.informationObject) ? "" : text.informationObject.toLowerCase();
    if (text.useCase !== "" && !isStandIn(text.useCase)) useCases.add(text.useCase.toLowerCase());
    if (object !== "") objects.add(object);
    const issue = quality === ISSUES;
    if (issue) qualityIssues++;
    if (capability?.level === 3) {
      const tally = tallyOf(capability.id);
      if (object !== "") tally.objects.add(object);
      if (issue) tally.qualityIssues++;
    } else {
      unplaced.rows++;
      if (issue) unplaced.qualityIssues++;
    }
  }

  for (const row of gapsTab?.rows ?? []) {
    const text = row.text as Record<GapColumn, string>;
    byOutcome.add(
      bucketOf(text.majorOutcome, (t) => model.majorOutcomes.match(t)?.term.name),
      bucketOf(text.capabilityStatus, (t) => model.capabilityStatuses.match(t)?.term.name),
    );
    const capability = capabilityOfRow(capabilities, text.capabilityId, text.capability);
    if (capability?.level === 3) tallyOf(capability.id).gaps++;
    else unplaced.gaps++;
  }

  const heatMap = capabilityHeatMap(capabilities, tallies, unplaced);
  const covered = capabilities.level3.filter((c) => (tallies.get(c.id)?.objects.size ?? 0) > 0).length;
  const countOf = (counts: Map<string, number>, label: string): SummaryCount => ({
    label,
    count: counts.get(label) ?? 0,
  });
  const categoriesByGroup: CategoryGroupCount[] = model.information.groups.terms.map((group) => {
    const categories = model.information.categories.terms
      .filter((c) => c.group === group)
      .map((c) => countOf(categoryCounts, c.name));
    return { group: group.name, count: categories.reduce((sum, c) => sum + c.count, 0), categories };
  });
  for (const bucket of [UNRECOGNISED, BLANK])
    categoriesByGroup.push({ group: bucket, count: categoryCounts.get(bucket) ?? 0, categories: [] });

  return {
    sheets: {
      ...(categorisation === undefined ? {} : { categorisation: categorisation.sheet }),
      ...(gapsTab === undefined ? {} : { gaps: gapsTab.sheet }),
      ...(optionsTab === undefined ? {} : { options: optionsTab.sheet }),
    },
    totals: {
      categorisationRows: categorisation?.rows.length ?? 0,
      useCases: useCases.size,
      informationObjects: objects.size,
      qualityIssues,
      gaps: gapsTab?.rows.length ?? 0,
      options: optionsTab?.rows.length ?? 0,
      level3Capabilities: capabilities.level3.length,
      level3Covered: covered,
      level3Uncovered: capabilities.level3.length - covered,
    },
    useCaseGroups: model.useCaseGroups.terms.map((g) => ({ code: g.code, name: g.name })),
    rowsByUseCaseGroupAndDomain: byDomain.matrix,
    categoriesByGroup,
    sensitivityMix: withBuckets(model.sensitivities.names).map((label) => countOf(sensitivityCounts, label)),
    qualityByUseCaseGroup: byQuality.matrix,
    gapsByOutcomeAndStatus: byOutcome.matrix,
    heatMap,
  };
}
