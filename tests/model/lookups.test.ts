/** The reference model's lookups: exact, case/spacing variants, fuzzy suggestions, and non-matches. */
import { defaultReference } from "../../src/model/default-reference";

const model = defaultReference();

describe("capability lookups", () => {
  it("finds Level 3 and Level 2 capabilities by id, tolerating spaces, # and a trailing dot", () => {
    expect(model.capabilities.byId("4.3.2")?.name).toBe("Monitor network / power system");
    expect(model.capabilities.byId(" #4.3.2. ")?.id).toBe("4.3.2");
    expect(model.capabilities.byId("4.3")?.name).toBe("Operate electricity networks");
    expect(model.capabilities.byId("2.1")?.level).toBe(2);
  });

  it("keeps the framework's gaps in the numbering", () => {
    for (const id of ["2.2.5", "4.2.8", "4.2.11", "4.3.15", "6.1", "4.3.2.1", "4", ""])
      expect(model.capabilities.byId(id)).toBeUndefined();
  });

  it("links Level 3 to Level 2 and domain", () => {
    const capability = model.capabilities.byId("5.2.4");
    expect(capability?.level === 3 && capability.parent.id).toBe("5.2");
    expect(capability?.domain.name).toBe("Trade");
  });

  it("finds names exactly or normalised, Level 3 first when both levels share a name", () => {
    expect(model.capabilities.byName("Monitor network / power system")[0]?.id).toBe("4.3.2");
    expect(model.capabilities.byName("  MONITOR network /  power system ")[0]?.id).toBe("4.3.2");
    expect(model.capabilities.byName("Update policy and regulations").map((c) => c.id)).toEqual(["1.4.2", "1.4"]);
    expect(model.capabilities.byName("Monitor network")).toEqual([]);
  });

  it("suggests near-miss names but never guesses ids", () => {
    expect(model.capabilities.suggestName("Monitor network/power systems")?.id).toBe("4.3.2");
    expect(model.capabilities.suggestName("Operate CER per customer preference")?.id).toBe("4.2.5");
    expect(model.capabilities.suggestName("4.3.15")).toBeUndefined();
    expect(model.capabilities.suggestName("Bake a cake")).toBeUndefined();
  });

  it("reads a Level 2 capability by id, name or both", () => {
    expect(model.capabilities.level2ByText("4.3")?.id).toBe("4.3");
    expect(model.capabilities.level2ByText("operate electricity networks")?.id).toBe("4.3");
    expect(model.capabilities.level2ByText("4.3 Operate electricity networks")?.id).toBe("4.3");
    expect(model.capabilities.level2ByText("4.3 Operate electricity markets")).toBeUndefined();
    expect(model.capabilities.level2ByText("4.3.2")).toBeUndefined();
  });

  it("reads domains with the source's trailing colon", () => {
    expect(model.capabilities.domainByName("Plan:")?.name).toBe("Plan");
    expect(model.capabilities.suggestDomain("Operat")?.name).toBe("Operate");
  });
});

describe("categories", () => {
  const { categories, groups } = model.information;

  it("finds a category with its group", () => {
    const match = categories.match("Telemetry (Device)");
    expect(match?.kind).toBe("exact");
    expect(match?.term.group.name).toBe("Measurements");
  });

  it("accepts case and spacing variants as variants", () => {
    expect(categories.match(" tx/dx  interface ")?.kind).toBe("variant");
    expect(groups.match("power system models")?.term.name).toBe("Power system Models");
  });

  it("suggests the category for a near miss", () => {
    expect(categories.suggest("Telemetry (Devices)")?.name).toBe("Telemetry (Device)");
    expect(categories.suggest("Breach and Compensation")?.name).toBe("Breach & Compensation");
    expect(categories.suggest("Weather")).toBeUndefined();
  });
});

describe("vocabularies", () => {
  it("gives each vocabulary's canonical value for a variant", () => {
    expect(model.sensitivities.match("public")?.term.name).toBe("Public");
    expect(model.sensitivities.match("Confidential")).toBeUndefined();
    expect(model.interfaces.match("system-to-system")?.term.name).toBe("System to System");
    expect(model.qualities.match("no issues")?.term.name).toBe("No Issues");
    expect(model.gapTypes.match("DATA SHARING")?.term.name).toBe("Data Sharing");
    expect(model.capabilityStatuses.match("requires augmentation")?.term.name).toBe("Requires augmentation");
    expect(model.priorities.match("h")?.term.name).toBe("High");
  });

  it("knows use case groups by code, short name and framework name", () => {
    expect(model.useCaseGroups.match("OTN")?.term.code).toBe("OTN");
    expect(model.useCaseGroups.match("planning and oversight")?.term.code).toBe("PO");
    expect(
      model.useCaseGroups.match(
        "Operate and Trade in the wholesale market and non-market services (emergency conditions)",
      )?.term.code,
    ).toBe("OTE");
    expect(model.useCaseGroups.match("OTN - Operate and Trade (normal conditions)")?.term.code).toBe("OTN");
    expect(model.useCaseGroups.match("Planning and Oversight (PO)")?.term.code).toBe("PO");
    expect(
      model.useCaseGroups.match("ci: connecting and integrating CER into the power system and markets")?.term.code,
    ).toBe("CI");
    expect(model.useCaseGroups.terms.map((g) => g.domains.map((d) => d.name))).toEqual([
      ["Oversee", "Plan"],
      ["Connect"],
      ["Operate", "Trade"],
      ["Operate", "Trade"],
    ]);
  });

  it("accepts Major Outcomes in full or by an unambiguous short form", () => {
    const [visible, orchestrated, security] = model.majorOutcomes.names;
    expect(model.majorOutcomes.match(visible ?? "")?.kind).toBe("exact");
    expect(model.majorOutcomes.match("visible and predictable")?.term.name).toBe(visible);
    expect(model.majorOutcomes.match("Orchestrated")?.term.name).toBe(orchestrated);
    expect(model.majorOutcomes.match("emergency management frameworks")?.term.name).toBe(security);
    expect(model.majorOutcomes.match("power system")).toBeUndefined();
  });

  it("suggests roles for near misses and resolves aliases", () => {
    expect(model.defaultRoles.match("DNSP")?.term.name).toBe("Distribution Network Service Provider");
    expect(model.defaultRoles.match("dnsp")?.kind).toBe("alias");
    expect(model.defaultRoles.suggest("Aggregater")?.name).toBe("Aggregator");
    expect(model.defaultRoles.suggest("Bank")).toBeUndefined();
  });
});

describe("seed vocabularies are unambiguous", () => {
  const vocabularies = [
    model.useCaseGroups,
    model.interfaces,
    model.sensitivities,
    model.qualities,
    model.gapTypes,
    model.capabilityStatuses,
    model.majorOutcomes,
    model.priorities,
    model.defaultRoles,
  ];

  it.each(vocabularies.map((v) => [v.label, v] as const))(
    "%s: no name or alias stands for two terms",
    (_label, vocabulary) => {
      const owner = new Map<string, string>();
      for (const term of vocabulary.terms) {
        for (const name of [term.name, ...(term.aliases ?? [])]) {
          const key = name.toLowerCase().replace(/\s+/g, " ").trim();
          expect([undefined, term.name]).toContain(owner.get(key));
          owner.set(key, term.name);
        }
      }
    },
  );

  it("ships a default role list with descriptions", () => {
    expect(model.defaultRoles.terms.length).toBeGreaterThanOrEqual(20);
    for (const role of model.defaultRoles.terms) expect(role.description?.length ?? 0).toBeGreaterThan(20);
    for (const alias of ["DNSP", "TNSP", "AEMO", "AER", "AEMC", "OEM", "FRMP", "MDP", "VPP Operator"])
      expect(model.defaultRoles.match(alias)).toBeDefined();
  });
});

describe("what a value outside a vocabulary means", () => {
  const model = defaultReference();
  it.each([
    ["Commercial in confidence", "Restricted"],
    ["commercial-in-confidence", "Restricted"],
    ["Confidential", "Restricted"],
    ["Restricted (CIC)", "Restricted"],
    ["Publicly available", "Public"],
  ])("sensitivity %j means %s", (text, name) => {
    expect(model.sensitivities.meaning(text)?.name).toBe(name);
  });

  it.each([
    ["P1 (High)", "High"],
    ["P2", "Medium"],
    ["Low (P3)", "Low"],
    ["High (urgent)", "High"],
  ])("priority %j means %s", (text, name) => {
    expect(model.priorities.meaning(text)?.name).toBe(name);
  });

  it.each([
    ["priority", "P1 (Low)"],
    ["priority", "P4"],
    ["sensitivity", "Public (Confidential)"],
    ["sensitivity", "Commercial in confidential"],
  ])("%s %j means nothing", (vocabulary, text) => {
    expect((vocabulary === "priority" ? model.priorities : model.sensitivities).meaning(text)).toBeUndefined();
  });

  it("reads no bracket in vocabularies whose names hold brackets", () => {
    expect(model.information.categories.meaning("Telemetry (Devices)")).toBeUndefined();
  });
});
