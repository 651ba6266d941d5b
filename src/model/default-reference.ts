/**
 * The reference model built from the seed files shipped in seeds/. The JSON is bundled (webpack and
 * ts both import it), so the task pane and the CLI read the same data with no file I/O.
 */
import capabilityModel from "../../seeds/capability-model.json";
import informationCategories from "../../seeds/information-categories.json";
import roles from "../../seeds/roles.json";
import vocabularies from "../../seeds/vocabularies.json";
import { buildReferenceModel, type ReferenceModel } from "./reference-model";

let cached: ReferenceModel | undefined;

/** Built and checked on first use; a malformed seed throws SeedDataError naming file and field. */
export function defaultReference(): ReferenceModel {
  cached ??= buildReferenceModel({
    "capability-model.json": capabilityModel,
    "information-categories.json": informationCategories,
    "vocabularies.json": vocabularies,
    "roles.json": roles,
  });
  return cached;
}
