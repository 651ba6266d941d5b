/**
 * zod schemas of the reference data in seeds/ (strict: an unknown field is a typo, not data). The seeds are checked against these at start-up, so
 * a hand edit that breaks a field fails loudly, naming the file and the field, before any rule runs.
 * zod/mini keeps the task pane bundle lean.
 */
import * as z from "zod/mini";

// Seeds hold text exactly as the framework has it: trimmed, never empty.
const text = z.string().check(z.minLength(1), z.regex(/^\S(?:[\s\S]*\S)?$/, "must not start or end with spaces"));
const level2Id = z.string().check(z.regex(/^[1-5]\.\d+$/, "must look like 4.3"));
const level3Id = z.string().check(z.regex(/^[1-5]\.\d+\.\d+$/, "must look like 4.3.2"));

export const capabilityModelSchema = z.strictObject({
  source: text,
  domains: z.array(
    z.strictObject({
      name: text,
      description: text,
      capabilitySummary: text,
    }),
  ),
  level2: z.array(
    z.strictObject({
      id: level2Id,
      domain: text,
      name: text,
      definition: text,
    }),
  ),
  level3: z.array(
    z.strictObject({
      id: level3Id,
      parent: level2Id,
      name: text,
      definition: text,
    }),
  ),
});

export const informationCategoriesSchema = z.strictObject({
  source: text,
  groups: z.array(z.strictObject({ name: text })),
  categories: z.array(
    z.strictObject({
      name: text,
      group: text,
      description: text,
    }),
  ),
});

// synonyms: words that mean the term under its definition, suggested for it but not accepted as it.
const described = z.strictObject({
  name: text,
  description: text,
  aliases: z.optional(z.array(text)),
  synonyms: z.optional(z.array(text)),
});

export const vocabulariesSchema = z.strictObject({
  source: text,
  useCaseGroups: z.array(
    z.strictObject({
      code: z.string().check(z.regex(/^[A-Z]{2,4}$/, "must be an upper-case code such as PO")),
      name: text,
      frameworkName: text,
      description: text,
      domains: z.array(text).check(z.minLength(1)),
      aliases: z.optional(z.array(text)),
    }),
  ),
  interfaces: z.array(described),
  sensitivities: z.array(described),
  qualities: z.array(described),
  gapTypes: z.array(described),
  capabilityStatuses: z.array(described),
  majorOutcomes: z.array(
    z.strictObject({
      name: text,
      shortForms: z.array(text).check(z.minLength(1)),
    }),
  ),
  priorities: z.array(described),
  periodUnits: z.array(
    z.strictObject({
      unit: text,
      minutes: z.number().check(z.positive()),
      words: z.array(text).check(z.minLength(1)),
      adjectives: z.array(z.string()),
    }),
  ),
  periodIdioms: z.array(
    z.strictObject({
      phrases: z.array(text).check(z.minLength(1)),
      minutes: z.number().check(z.positive()),
      canonical: text,
      meaning: text,
    }),
  ),
  onDemand: z.strictObject({ name: text, description: text, aliases: z.array(text) }),
  asPerFrequency: z.strictObject({ name: text, description: text, aliases: z.array(text) }),
});

export const rolesSchema = z.strictObject({
  source: text,
  roles: z.array(
    z.strictObject({
      name: text,
      description: text,
      aliases: z.array(text),
    }),
  ),
});

export type CapabilityModelSeed = z.infer<typeof capabilityModelSchema>;
export type InformationCategoriesSeed = z.infer<typeof informationCategoriesSchema>;
export type VocabulariesSeed = z.infer<typeof vocabulariesSchema>;
export type RolesSeed = z.infer<typeof rolesSchema>;
