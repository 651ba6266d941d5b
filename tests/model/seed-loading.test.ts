/** A malformed seeds file fails start-up with a message naming the file and the field. */
import capabilityModel from "../../seeds/capability-model.json";
import informationCategories from "../../seeds/information-categories.json";
import roles from "../../seeds/roles.json";
import vocabularies from "../../seeds/vocabularies.json";
import { buildReferenceModel, type SeedFiles } from "../../src/model/reference-model";
import { SeedDataError } from "../../src/model/seed-loading";

const good: SeedFiles = {
  "capability-model.json": capabilityModel,
  "information-categories.json": informationCategories,
  "vocabularies.json": vocabularies,
  "roles.json": roles,
};

function broken(file: keyof SeedFiles, edit: (data: Record<string, unknown>) => void): SeedFiles {
  const copy = structuredClone(good[file]) as Record<string, unknown>;
  edit(copy);
  return { ...good, [file]: copy };
}

function failure(files: SeedFiles): string {
  try {
    buildReferenceModel(files);
  } catch (error) {
    expect(error).toBeInstanceOf(SeedDataError);
    return (error as Error).message;
  }
  throw new Error("expected the seeds to be rejected");
}

describe("seed loading", () => {
  it("builds the model from the shipped seeds", () => {
    const model = buildReferenceModel(good);
    expect(model.capabilities.level3).toHaveLength(122);
    expect(model.information.categories.terms).toHaveLength(31);
  });

  it("names the file and field of a missing value", () => {
    const message = failure(
      broken("roles.json", (d) => delete (d.roles as Array<Record<string, unknown>>)[3]?.aliases),
    );
    expect(message).toBe("seeds/roles.json: roles[3].aliases is missing");
  });

  it("names the field of a value of the wrong type", () => {
    const message = failure(
      broken("capability-model.json", (d) => ((d.level3 as Array<Record<string, unknown>>)[0]!.definition = 42)),
    );
    expect(message).toMatch(/^seeds\/capability-model\.json: level3\[0\]\.definition expected a string, got number 42/);
  });

  it("names a malformed id", () => {
    const message = failure(
      broken("capability-model.json", (d) => ((d.level3 as Array<Record<string, unknown>>)[5]!.id = "1.1-6")),
    );
    expect(message).toMatch(/level3\[5\]\.id must look like 4\.3\.2/);
  });

  it("names an empty value", () => {
    const message = failure(
      broken("vocabularies.json", (d) => ((d.sensitivities as Array<Record<string, unknown>>)[1]!.name = "")),
    );
    expect(message).toMatch(/^seeds\/vocabularies\.json: sensitivities\[1\]\.name must not be empty/);
  });

  it("names a broken cross-reference", () => {
    const message = failure(
      broken("capability-model.json", (d) => ((d.level3 as Array<Record<string, unknown>>)[0]!.parent = "1.9")),
    );
    expect(message).toMatch(/^seeds\/capability-model\.json: .*unknown parent 1\.9/);
    const domain = failure(
      broken("vocabularies.json", (d) => ((d.useCaseGroups as Array<{ domains: string[] }>)[0]!.domains = ["Oversea"])),
    );
    expect(domain).toMatch(/useCaseGroups\[0\]\.domains\[0\] names an unknown domain "Oversea"/);
  });

  it("rejects a file that is not an object at all", () => {
    expect(failure({ ...good, "information-categories.json": [] })).toMatch(
      /^seeds\/information-categories\.json: \(top level\) expected an object/,
    );
  });
});

describe("seed loading strictness", () => {
  it("rejects a misspelt field instead of ignoring it", () => {
    const files = broken("roles.json", (d) => ((d.roles as Array<Record<string, unknown>>)[0]!.alias = ["x"]));
    expect(() => buildReferenceModel(files)).toThrow(/^seeds\/roles\.json: roles\[0\] has unknown field\(s\) alias$/);
  });

  it("rejects text with stray spaces rather than trimming it silently", () => {
    const files = broken(
      "information-categories.json",
      (d) => ((d.categories as Array<Record<string, unknown>>)[2]!.name = "CER Service Offers "),
    );
    expect(() => buildReferenceModel(files)).toThrow(/categories\[2\]\.name must not start or end with spaces/);
  });
});
