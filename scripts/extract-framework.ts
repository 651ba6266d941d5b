/**
 * Regenerates seeds/capability-model.json and seeds/information-categories.json from the framework
 * text. Run with `npx tsx scripts/extract-framework.ts` (or `npm run seeds:extract`).
 */
import fs from "node:fs";
import path from "node:path";
import { formatSeed, toSeeds } from "./framework/framework-seeds";
import { parseFrameworkText } from "./framework/parse-framework-text";
import { capabilityModelPath, frameworkTextPath, informationCategoriesPath, repoRoot } from "./framework/paths";

function main(): void {
  if (!fs.existsSync(frameworkTextPath)) {
    throw new Error(`framework text not found at ${frameworkTextPath}`);
  }
  const tables = parseFrameworkText(fs.readFileSync(frameworkTextPath, "utf8"));
  const { capabilityModel, informationCategories } = toSeeds(tables);
  fs.writeFileSync(capabilityModelPath, formatSeed(capabilityModel));
  fs.writeFileSync(informationCategoriesPath, formatSeed(informationCategories));
  const shown = (file: string): string => path.relative(repoRoot, file);
  console.log(
    `wrote ${shown(capabilityModelPath)} (${tables.domains.length} domains, ${tables.level2.length} level 2, ` +
      `${tables.level3.length} level 3) and ${shown(informationCategoriesPath)} ` +
      `(${tables.groups.length} groups, ${tables.categories.length} categories)`,
  );
}

main();
