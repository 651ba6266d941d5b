/** Where the extractor reads the framework text and writes the seeds. */
import path from "node:path";

export const repoRoot = path.resolve(__dirname, "..", "..");

/** The framework text lives beside the repository in this workplace, not inside it. */
export const frameworkTextPath = path.resolve(repoRoot, "..", "shared", "seeds", "cer-analytical-framework.txt");

export const capabilityModelPath = path.join(repoRoot, "seeds", "capability-model.json");
export const informationCategoriesPath = path.join(repoRoot, "seeds", "information-categories.json");
