/** Shapes the parsed framework into the two seed files, checked against their zod schemas. */
import {
  capabilityModelSchema,
  informationCategoriesSchema,
  type CapabilityModelSeed,
  type InformationCategoriesSeed,
} from "../../src/model/seed-schemas";
import type { FrameworkTables } from "./parse-framework-text";

export const capabilityModelSource = "CER Taskforce Analytical Framework (cer-analytical-framework.txt)";
export const informationCategoriesSource =
  "CER Taskforce Analytical Framework, Table 1: Detailed Information Categories (cer-analytical-framework.txt)";

export function toSeeds(tables: FrameworkTables): {
  capabilityModel: CapabilityModelSeed;
  informationCategories: InformationCategoriesSeed;
} {
  const capabilityModel = {
    source: capabilityModelSource,
    domains: tables.domains,
    level2: tables.level2,
    level3: tables.level3,
  };
  const informationCategories = {
    source: informationCategoriesSource,
    groups: tables.groups,
    categories: tables.categories,
  };
  // Validate before writing so a broken seed never reaches the repository; keep our own objects
  // (not zod's output) so the key order in the file is the order written here.
  capabilityModelSchema.parse(capabilityModel);
  informationCategoriesSchema.parse(informationCategories);
  return { capabilityModel, informationCategories };
}

/** Two-space JSON with a trailing newline, as committed. */
export function formatSeed(seed: object): string {
  return `${JSON.stringify(seed, null, 2)}\n`;
}
