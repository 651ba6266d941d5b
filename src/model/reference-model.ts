/**
 * Everything the rules and auto-fill know about the framework, built once from the seed files:
 * the capability model, the information categories, every closed vocabulary and the default roles.
 */
import { CapabilityModel, type Domain } from "./capability-model";
import { ClosedVocabulary, type VocabularyTerm } from "./closed-vocabulary";
import { InformationCategories } from "./information-categories";
import { PeriodVocabulary } from "./period-reading";
import { capabilityModelSchema, informationCategoriesSchema, rolesSchema, vocabulariesSchema } from "./seed-schemas";
import { parseSeed, SeedDataError } from "./seed-loading";

export interface UseCaseGroup extends VocabularyTerm {
  code: string;
  name: string;
  frameworkName: string;
  description: string;
  /** The lifecycle domains whose capabilities this group usually draws on. */
  domains: Domain[];
}

export interface ReferenceModel {
  capabilities: CapabilityModel;
  information: InformationCategories;
  useCaseGroups: ClosedVocabulary<UseCaseGroup>;
  interfaces: ClosedVocabulary;
  sensitivities: ClosedVocabulary;
  qualities: ClosedVocabulary;
  gapTypes: ClosedVocabulary;
  capabilityStatuses: ClosedVocabulary;
  majorOutcomes: ClosedVocabulary;
  priorities: ClosedVocabulary;
  periods: PeriodVocabulary;
  defaultRoles: ClosedVocabulary;
}

/** The four seed files' parsed JSON, keyed by the file name used in error messages. */
export interface SeedFiles {
  "capability-model.json": unknown;
  "information-categories.json": unknown;
  "vocabularies.json": unknown;
  "roles.json": unknown;
}

/** Checks every seed file with its schema and links them; throws SeedDataError naming file and field. */
export function buildReferenceModel(files: SeedFiles): ReferenceModel {
  const capabilitySeed = parseSeed(
    "seeds/capability-model.json",
    capabilityModelSchema,
    files["capability-model.json"],
  );
  const categorySeed = parseSeed(
    "seeds/information-categories.json",
    informationCategoriesSchema,
    files["information-categories.json"],
  );
  const vocabularies = parseSeed("seeds/vocabularies.json", vocabulariesSchema, files["vocabularies.json"]);
  const roles = parseSeed("seeds/roles.json", rolesSchema, files["roles.json"]);

  const capabilities = linked("seeds/capability-model.json", () => new CapabilityModel(capabilitySeed));
  const information = linked("seeds/information-categories.json", () => new InformationCategories(categorySeed));
  const useCaseGroups = vocabularies.useCaseGroups.map((group, index) => ({
    code: group.code,
    name: group.name,
    frameworkName: group.frameworkName,
    description: group.description,
    // Code, short name, the framework's long name and the seed's other names all identify the
    // group, and so does the code with any of them as analysts and the framework itself write them:
    // "OTN - Operate and Trade ...", "PO. Planning and Oversight", "Planning and Oversight (PO)".
    aliases: [
      group.code,
      group.frameworkName,
      ...(group.aliases ?? []),
      ...[group.name, group.frameworkName, ...(group.aliases ?? [])].flatMap((name) => [
        `${group.code} - ${name}`,
        `${group.code}: ${name}`,
        `${group.code}. ${name}`,
        `${group.code} ${name}`,
        `(${group.code}) ${name}`,
        `${name} (${group.code})`,
      ]),
    ],
    domains: group.domains.map((name, d) => {
      const domain = capabilities.domainByName(name);
      if (domain === undefined) {
        throw new SeedDataError(
          `seeds/vocabularies.json: useCaseGroups[${index}].domains[${d}] names an unknown domain "${name}"`,
        );
      }
      return domain;
    }),
  }));

  return {
    capabilities,
    information,
    useCaseGroups: new ClosedVocabulary("use case group", useCaseGroups),
    interfaces: new ClosedVocabulary("interface", vocabularies.interfaces, shortValues),
    sensitivities: new ClosedVocabulary("sensitivity", vocabularies.sensitivities, shortValues),
    qualities: new ClosedVocabulary("quality", vocabularies.qualities, shortValues),
    gapTypes: new ClosedVocabulary("gap type", vocabularies.gapTypes, shortValues),
    capabilityStatuses: new ClosedVocabulary("capability status", vocabularies.capabilityStatuses, shortValues),
    majorOutcomes: new ClosedVocabulary(
      "major outcome",
      vocabularies.majorOutcomes.map((o) => ({ name: o.name, aliases: [o.name.replace(/\.$/, ""), ...o.shortForms] })),
      { matchUniquePart: true },
    ),
    priorities: new ClosedVocabulary("priority", vocabularies.priorities, shortValues),
    periods: new PeriodVocabulary(vocabularies),
    defaultRoles: new ClosedVocabulary("role", roles.roles),
  };
}

// Vocabularies of a few short values, where "P1 (High)" means the value one half names.
const shortValues = { bracketedMeaning: true };

// Cross-references inside one file (a parent id, a group name) are checked while linking.
function linked<T>(file: string, build: () => T): T {
  try {
    return build();
  } catch (error) {
    if (error instanceof SeedDataError) throw error;
    throw new SeedDataError(`${file}: ${(error as Error).message}`);
  }
}
