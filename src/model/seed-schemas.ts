/**
 * zod schemas of the reference data in seeds/. The seeds are checked against these at start-up, so
 * a hand edit that breaks a field fails loudly, naming the file and the field, before any rule runs.
 * zod/mini keeps the task pane bundle lean.
 */
import * as z from "zod/mini";

const text = z.string().check(z.trim(), z.minLength(1));
const level2Id = z.string().check(z.regex(/^[1-5]\.\d+$/, "must look like 4.3"));
const level3Id = z.string().check(z.regex(/^[1-5]\.\d+\.\d+$/, "must look like 4.3.2"));

export const capabilityModelSchema = z.object({
  source: text,
  domains: z.array(
    z.object({
      name: text,
      description: text,
      capabilitySummary: text,
    }),
  ),
  level2: z.array(
    z.object({
      id: level2Id,
      domain: text,
      name: text,
      definition: text,
    }),
  ),
  level3: z.array(
    z.object({
      id: level3Id,
      parent: level2Id,
      name: text,
      definition: text,
    }),
  ),
});

export const informationCategoriesSchema = z.object({
  source: text,
  groups: z.array(z.object({ name: text })),
  categories: z.array(
    z.object({
      name: text,
      group: text,
      description: text,
    }),
  ),
});

const described = z.object({ name: text, description: text, aliases: z.optional(z.array(text)) });

export const vocabulariesSchema = z.object({
  source: text,
  useCaseGroups: z.array(
    z.object({
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
    z.object({
      name: text,
      shortForms: z.array(text).check(z.minLength(1)),
    }),
  ),
  priorities: z.array(described),
  periodUnits: z.array(
    z.object({
      unit: text,
      minutes: z.number().check(z.positive()),
      words: z.array(text).check(z.minLength(1)),
      adjectives: z.array(z.string()),
    }),
  ),
  onDemand: z.object({ name: text, description: text, aliases: z.array(text) }),
  asPerFrequency: z.object({ name: text, description: text, aliases: z.array(text) }),
});

export const rolesSchema = z.object({
  source: text,
  roles: z.array(
    z.object({
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
