/** Each lookup fill, the conflicts it reports instead of overwriting, and normalise. */
import { planFills } from "../../src/autofill/plan-fills";
import type { CellEdit } from "../../src/autofill/cell-edit";
import { defaultReference } from "../../src/model/default-reference";
import { readWorkbook } from "../../src/sheets/parsed-workbook";
import { MemoryWorkbook } from "../../src/workbook/memory/memory-workbook";
import { parsedBook, validCategorisation, validGap } from "../support/workbook-rows";

const model = defaultReference();
const plan = async (spec: Parameters<typeof parsedBook>[0], normalise = false) =>
  planFills(await parsedBook(spec), model, { normalise });
const at = (edits: readonly CellEdit[]) =>
  Object.fromEntries(edits.map((e) => [`${e.sheet === "Data Categorisation" ? "DC" : "GAP"}!${e.cell}`, e.value]));

describe("capability fills on Data Categorisation", () => {
  it("fills Capability, Capability Group and Domain from a Capability ID", async () => {
    const { edits, conflicts } = await plan({ categorisation: [{ capability: "", capabilityGroup: "", domain: "" }] });
    expect(at(edits)).toEqual({
      "DC!D2": "Share near-term operational forecasts",
      "DC!E2": "Conduct operational planning and forecasting",
      "DC!F2": "Operate",
    });
    expect(edits.every((e) => e.kind === "fill" && e.reason.includes("Capability ID 4.1.2"))).toBe(true);
    expect(edits[0]).toMatchObject({ sheet: "Data Categorisation", row: 2, column: "Capability" });
    expect(conflicts).toEqual([]);
  });

  it("fills the ID and the rest from a capability name alone, exact or differing in case and spacing", async () => {
    const { edits } = await plan({
      categorisation: [
        { capabilityId: "", capabilityGroup: "", domain: "" },
        { capabilityId: "", capability: "  share NEAR-term operational   forecasts ", capabilityGroup: "", domain: "" },
      ],
    });
    expect(at(edits)).toEqual({
      "DC!C2": "4.1.2",
      "DC!E2": "Conduct operational planning and forecasting",
      "DC!F2": "Operate",
      "DC!C3": "4.1.2",
      "DC!E3": "Conduct operational planning and forecasting",
      "DC!F3": "Operate",
    });
  });

  it("fills nothing from an unknown ID or name", async () => {
    const { edits, conflicts } = await plan({
      categorisation: [
        { capabilityId: "9.9.9", capability: "", capabilityGroup: "", domain: "" },
        { capabilityId: "", capability: "Make tea", domain: "" },
      ],
    });
    expect(edits).toEqual([]);
    expect(conflicts).toEqual([]);
  });

  it("reports a filled cell that disagrees as a conflict with the proposed value, and does not overwrite it", async () => {
    const { edits, conflicts } = await plan({
      categorisation: [{ capability: "Settle the market", capabilityGroup: "", domain: "Trade" }],
    });
    expect(at(edits)).toEqual({ "DC!E2": "Conduct operational planning and forecasting" });
    expect(conflicts.map((c) => [c.cell, c.rule, c.severity, c.value, c.suggestion])).toEqual([
      ["D2", "autofill.conflict", "warning", "Settle the market", "Share near-term operational forecasts"],
      ["F2", "autofill.conflict", "warning", "Trade", "Operate"],
    ]);
    expect(conflicts[0]?.message).toMatch(
      /Capability holds "Settle the market", but Capability ID 4\.1\.2 gives "Share near-term operational forecasts"/,
    );
  });

  it("a Level 2 id with the name of one of its Level 3 capabilities proposes the Level 3 id, never the group's name", async () => {
    const { edits, conflicts } = await plan({
      categorisation: [{ capabilityId: "4.1", capabilityGroup: "", domain: "" }],
    });
    expect(at(edits)).toEqual({ "DC!E2": "Conduct operational planning and forecasting", "DC!F2": "Operate" });
    expect(conflicts.map((c) => [c.cell, c.value, c.suggestion])).toEqual([["C2", "4.1", "4.1.2"]]);
  });

  it("accepts agreeing spellings without a conflict: case, a group written with its id", async () => {
    const { edits, conflicts } = await plan({
      categorisation: [
        {
          capability: "share near-term operational forecasts",
          capabilityGroup: "4.1 Conduct operational planning and forecasting",
          domain: "OPERATE",
        },
      ],
    });
    expect(edits).toEqual([]);
    expect(conflicts).toEqual([]);
  });

  it("treats a formula error as a value: a conflict, never a fill", async () => {
    const { edits, conflicts } = await plan({ categorisation: [{ capabilityId: "#N/A", domain: "" }] });
    expect(at(edits)).toEqual({ "DC!F2": "Operate" });
    expect(conflicts.map((c) => [c.cell, c.value, c.suggestion])).toEqual([["C2", "#N/A", "4.1.2"]]);
  });

  it("never targets a merged cell other than the area's top-left, nor reports one", async () => {
    const sheet = {
      rows: [
        [
          "Use Case Group",
          "Use Case",
          "Capability ID",
          "Capability",
          "Capability Group",
          "Domain",
          "Activity",
          "Information Object",
          "Information Category",
        ],
        ["OTN", "UC", "4.1.2", "", "Conduct operational planning and forecasting", "", "A", "O", "Forecast"],
      ],
      merges: [{ top: 2, left: 5, bottom: 2, right: 6 }],
    };
    const book = await readWorkbook(new MemoryWorkbook({ "Data Categorisation": sheet }));
    const { edits, conflicts } = planFills(book, model);
    // E2:F2 is merged: F2 shows E2's group name, which is not a domain, yet it is no conflict and no fill.
    expect(edits.map((e) => e.cell)).toEqual(["D2"]);
    expect(conflicts).toEqual([]);
  });
});

describe("Information Category -> Information Group", () => {
  it("fills the group of a known category, tolerating its spelling", async () => {
    const { edits } = await plan({
      categorisation: [{ informationGroup: "" }, { informationGroup: "", informationCategory: "telemetry (device)" }],
    });
    expect(at(edits)).toEqual({ "DC!I2": "Forecasting", "DC!I3": "Measurements" });
  });

  it("reports a group that is not the category's", async () => {
    const { conflicts } = await plan({ categorisation: [{ informationGroup: "Market" }] });
    expect(conflicts.map((c) => [c.cell, c.suggestion])).toEqual([["I2", "Forecasting"]]);
  });

  it("fills nothing for an unknown category", async () => {
    expect(
      (await plan({ categorisation: [{ informationGroup: "", informationCategory: "Telemetry (Devices)" }] })).edits,
    ).toEqual([]);
  });
});

describe("Use Case Group", () => {
  it("fills an empty group from the use case's other rows, as a code when the column holds codes", async () => {
    const { edits } = await plan({ categorisation: [{}, {}, { useCaseGroup: "" }] });
    expect(at(edits)).toEqual({ "DC!A4": "OTN" });
  });

  it("writes the name when the column holds names", async () => {
    const name = "Operate and Trade (normal conditions)";
    const { edits } = await plan({
      categorisation: [{ useCaseGroup: name }, { useCaseGroup: name.toUpperCase() }, { useCaseGroup: "" }],
    });
    expect(at(edits)).toEqual({ "DC!A4": name });
  });

  it("fills nothing when the use case's rows name different groups", async () => {
    const { edits } = await plan({
      categorisation: [{ useCaseGroup: "OTN" }, { useCaseGroup: "OTE" }, { useCaseGroup: "" }],
    });
    expect(edits).toEqual([]);
  });

  it("normalises variants and aliases to the column's form, leaving exact codes and names", async () => {
    const { edits } = await plan(
      {
        categorisation: [
          { useCaseGroup: "OTN" },
          { useCaseGroup: "otn" },
          { useCaseGroup: "Operate and Trade (normal)" },
          { useCaseGroup: "Planning and Oversight", useCase: "Other" },
        ],
      },
      true,
    );
    expect(edits.map((e) => [e.cell, e.value, e.kind])).toEqual([
      ["A3", "OTN", "normalise"],
      ["A4", "OTN", "normalise"],
    ]);
  });
});

describe("Distinct Gap Analysis", () => {
  it("fills Capability and Domain from the Capability ID", async () => {
    const { edits } = await plan({ categorisation: [{}], gaps: [{ capability: "", domain: "" }] });
    expect(at(edits)).toEqual({ "GAP!H2": "Share near-term operational forecasts", "GAP!I2": "Operate" });
  });

  it("fills the Information Category from the object when every categorisation row agrees", async () => {
    const agreeing = await plan({
      categorisation: [{}, { informationCategory: "FORECAST" }],
      gaps: [{ informationCategory: "" }],
    });
    expect(at(agreeing.edits)).toEqual({ "GAP!F2": "Forecast" });
    const disagreeing = await plan({
      categorisation: [{}, { informationCategory: "Market" }],
      gaps: [{ informationCategory: "" }],
    });
    expect(disagreeing.edits).toEqual([]);
    const absent = await plan({
      categorisation: [{}],
      gaps: [{ informationCategory: "", informationObject: "Something else" }],
    });
    expect(absent.edits).toEqual([]);
  });

  it("reports a gap category that disagrees with the object's category", async () => {
    const { conflicts } = await plan({ categorisation: [{}], gaps: [{ informationCategory: "Market" }] });
    expect(conflicts.map((c) => [c.sheet, c.cell, c.suggestion])).toEqual([
      ["Distinct Gap Analysis", "F2", "Forecast"],
    ]);
  });

  it("fills Capability ID, Capability and Domain from a use case that maps to exactly one capability", async () => {
    const { edits } = await plan({
      categorisation: [{}, { capabilityId: "", capability: "Share near-term operational forecasts" }],
      gaps: [{ capabilityId: "", capability: "", domain: "" }],
    });
    expect(at(edits)).toEqual({
      "DC!C3": "4.1.2",
      "GAP!G2": "4.1.2",
      "GAP!H2": "Share near-term operational forecasts",
      "GAP!I2": "Operate",
    });
    expect(edits.find((e) => e.cell === "G2")?.reason).toMatch(/Use Case "Forecast and Planning Operations"/);
  });

  it("fills no capability from a use case that maps to two", async () => {
    const { edits } = await plan({
      categorisation: [{}, { capabilityId: "4.1.1", capability: "", capabilityGroup: "", domain: "" }],
      gaps: [{ capabilityId: "", capability: "", domain: "" }],
    });
    expect(edits.filter((e) => e.sheet === "Distinct Gap Analysis")).toEqual([]);
  });
});

describe("normalise", () => {
  const variants = {
    interface: "system to  SYSTEM",
    sensitivity: " public",
    quality: "no issues",
    domain: "operate",
    informationCategory: "forecast",
    informationGroup: "FORECASTING",
  };

  it("is off by default: variants are valid values and stay", async () => {
    expect((await plan({ categorisation: [variants] })).edits).toEqual([]);
  });

  it("rewrites case/spacing variants of closed vocabularies to their canonical spelling, as normalise edits", async () => {
    const { edits } = await plan(
      { categorisation: [variants], gaps: [{ gapType: "data sharing", priority: "high", domain: "OPERATE" }] },
      true,
    );
    expect(edits.every((e) => e.kind === "normalise")).toBe(true);
    expect(at(edits)).toEqual({
      "DC!M2": "System to System",
      "DC!P2": "Public",
      "DC!Q2": "No Issues",
      "DC!F2": "Operate",
      "DC!J2": "Forecast",
      "DC!I2": "Forecasting",
      "GAP!B2": "Data Sharing",
      "GAP!N2": "High",
      "GAP!I2": "Operate",
    });
  });

  it("leaves aliases, abbreviations and unknown values alone", async () => {
    const { edits } = await plan({ categorisation: [{ interface: "S2S", sensitivity: "Confidential" }] }, true);
    expect(edits).toEqual([]);
  });

  it("uses the fixtures' canonical baseline", () => {
    // Guards the tests above: the baseline rows must need nothing.
    expect(validCategorisation.capabilityId).toBe("4.1.2");
    expect(validGap.informationObject).toBe(validCategorisation.informationObject);
  });
});

describe("merged areas", () => {
  it("never fills a cell inside a merged area, even an empty one", async () => {
    const header = [
      "Use Case Group",
      "Use Case",
      "Capability ID",
      "Capability",
      "Capability Group",
      "Domain",
      "Activity",
    ];
    const book = await readWorkbook(
      new MemoryWorkbook({
        "Data Categorisation": {
          rows: [
            header,
            ["OTN", "Forecasting", "4.1.2", "", "", "", "a"],
            ["OTN", "Forecasting", "4.1.2", "", "", "", "b"],
          ],
          // Capability, Capability Group and Domain of both rows merged into one empty block.
          merges: [{ top: 2, left: 4, bottom: 3, right: 6 }],
        },
      }),
    );
    const { edits } = planFills(book, model, { normalise: false });
    expect(edits.map((e) => e.cell).sort()).toEqual(["D2"]);
  });
});
