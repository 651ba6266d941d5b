/**
 * The capability heat map, after LeanIX's and Ardoq's: every domain, Level 2 and Level 3 capability
 * of the framework laid out, each Level 3 with the information objects, quality-issue rows and gaps
 * that name it, and a heat level so that uncovered capabilities stand out. Built from counts only,
 * so every output draws the same map.
 */
import type { CapabilityModel } from "../model/capability-model";

/**
 * 0: uncovered (no information object names the capability); 1 to 4: its share of the busiest
 * capability's objects, in quarters (1 up to a quarter of the busiest, 4 above three quarters).
 */
export type HeatLevel = 0 | 1 | 2 | 3 | 4;

export const HEAT_LEVELS: readonly HeatLevel[] = [0, 1, 2, 3, 4];

export interface HeatMapCapability {
  id: string;
  name: string;
  /** Distinct information objects (ignoring case and spacing) of the Data Categorisation rows on this capability. */
  objects: number;
  /** Data Categorisation rows on this capability whose Quality is Issues. */
  qualityIssues: number;
  /** Distinct Gap Analysis rows on this capability. */
  gaps: number;
  heat: HeatLevel;
}

export interface HeatMapLevel2 {
  id: string;
  name: string;
  level3: HeatMapCapability[];
}

export interface HeatMapDomain {
  name: string;
  level2: HeatMapLevel2[];
}

export interface CapabilityHeatMap {
  domains: HeatMapDomain[];
  /** The most objects any Level 3 capability has: the top of the scale. */
  maxObjects: number;
  /**
   * What names no Level 3 capability (a Level 2 id, an unknown or empty capability): counted here so
   * the map's totals and the tabs' agree.
   */
  unplaced: { rows: number; qualityIssues: number; gaps: number };
}

/** What the summary counted per Level 3 id: object keys, quality-issue rows, gap rows. */
export interface Level3Tally {
  objects: Set<string>;
  qualityIssues: number;
  gaps: number;
}

export function heatLevel(objects: number, maxObjects: number): HeatLevel {
  if (objects <= 0 || maxObjects <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((4 * objects) / maxObjects))) as HeatLevel;
}

/** The map of every capability in the model, in the model's order, with the tallies filled in. */
export function capabilityHeatMap(
  model: CapabilityModel,
  tallies: ReadonlyMap<string, Level3Tally>,
  unplaced: CapabilityHeatMap["unplaced"],
): CapabilityHeatMap {
  let maxObjects = 0;
  for (const tally of tallies.values()) maxObjects = Math.max(maxObjects, tally.objects.size);
  const domains = model.domains.map((domain) => ({
    name: domain.name,
    level2: model.level2
      .filter((l2) => l2.domain === domain)
      .map((l2) => ({
        id: l2.id,
        name: l2.name,
        level3: model.level3
          .filter((l3) => l3.parent === l2)
          .map((l3) => {
            const tally = tallies.get(l3.id);
            const objects = tally?.objects.size ?? 0;
            return {
              id: l3.id,
              name: l3.name,
              objects,
              qualityIssues: tally?.qualityIssues ?? 0,
              gaps: tally?.gaps ?? 0,
              heat: heatLevel(objects, maxObjects),
            };
          }),
      })),
  }));
  return { domains, maxObjects, unplaced };
}

/** Every Level 3 capability of the map, in order. */
export function heatMapCapabilities(map: CapabilityHeatMap): HeatMapCapability[] {
  return map.domains.flatMap((d) => d.level2.flatMap((l2) => l2.level3));
}
