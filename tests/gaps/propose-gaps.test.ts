/**
 * Proposed gaps from the quality issues of Data Categorisation: one per distinct object and issue,
 * the next Gap IDs, pre-filled columns, appended below the last used row; issues an existing gap
 * records are not proposed again.
 */
import { CannotProposeGapsError, proposeGaps } from "../../src/gaps/propose-gaps";
import { defaultReference } from "../../src/model/default-reference";
import { readWorkbook } from "../../src/sheets/parsed-workbook";
import { MemoryWorkbook } from "../../src/workbook/memory/memory-workbook";
import { categorisationSheet, parsedBook, validGap, type CategorisationRow } from "../support/workbook-rows";

const model = defaultReference();
const issue = (rationale: string, more: CategorisationRow = {}): CategorisationRow => ({
  quality: "Issues",
  qualityRationale: rationale,
  ...more,
});

describe("proposeGaps", () => {
  it("proposes one gap per distinct object and issue, with the next ids and the columns pre-filled", async () => {
    const book = await parsedBook({
      categorisation: [
        {},
        issue("Forecasts are published late"),
        // The same object and issue on another use case, spelt with other case and spacing.
        issue(" forecasts are  PUBLISHED late", {
          useCase: "Market Operations",
          informationObject: "market  FORECAST",
          quality: " issues ",
        }),
        issue("Meter data incomplete for small sites", {
          informationObject: "Meter reads",
          capabilityId: "",
          capability: "",
        }),
      ],
      gaps: [
        { gapId: "G05", informationObject: "Price signal" },
        { gapId: "G06", informationObject: "Other object" },
      ],
    });
    const proposal = proposeGaps(book, model);
    expect(proposal.sheet).toBe("Distinct Gap Analysis");
    expect(proposal.covered).toEqual([]);
    expect(proposal.gaps).toEqual([
      {
        gapId: "G07",
        row: 4,
        sourceRows: [3, 4],
        values: {
          gapId: "G07",
          gapDescription: "Forecasts are published late",
          informationObject: "Market forecast",
          useCase: "Forecast and Planning Operations; Market Operations",
          informationCategory: "Forecast",
          capabilityId: "4.1.2",
          capability: "Share near-term operational forecasts",
          domain: "Operate",
          evidence: "Data Categorisation rows 3, 4",
        },
      },
      {
        gapId: "G08",
        row: 5,
        sourceRows: [5],
        values: {
          gapId: "G08",
          gapDescription: "Meter data incomplete for small sites",
          informationObject: "Meter reads",
          useCase: "Forecast and Planning Operations",
          informationCategory: "Forecast",
          evidence: "Data Categorisation row 5",
        },
      },
    ]);
    // The consultant's judgement is left empty.
    for (const gap of proposal.gaps) {
      expect(gap.values.gapType).toBeUndefined();
      expect(gap.values.capabilityStatus).toBeUndefined();
      expect(gap.values.majorOutcome).toBeUndefined();
    }
  });

  it("proposes nothing for rows without issues", async () => {
    const book = await parsedBook({
      categorisation: [{}, { quality: "No Issues", qualityRationale: "Fine" }],
      gaps: [],
    });
    expect(proposeGaps(book, model)).toEqual({
      sheet: "Distinct Gap Analysis",
      gaps: [],
      covered: [],
      withoutRationale: [],
    });
  });

  it("lists rows with Issues but no rationale instead of proposing an empty gap", async () => {
    const book = await parsedBook({ categorisation: [issue("")], gaps: [] });
    const proposal = proposeGaps(book, model);
    expect(proposal.gaps).toEqual([]);
    expect(proposal.withoutRationale).toEqual([2]);
  });

  it("takes a placeholder rationale (TBC, ?) for none: no gap described as 'TBC'", async () => {
    const book = await parsedBook({
      categorisation: [issue("TBC"), { ...issue("?"), activity: "Receive forecasts" }],
      gaps: [],
    });
    const proposal = proposeGaps(book, model);
    expect(proposal.gaps).toEqual([]);
    expect(proposal.withoutRationale).toEqual([2, 3]);
  });

  it("starts at G01 on an empty gap tab, right below the header", async () => {
    const proposal = proposeGaps(await parsedBook({ categorisation: [issue("Late")], gaps: [] }), model);
    expect(proposal.gaps.map((g) => [g.gapId, g.row])).toEqual([["G01", 2]]);
  });

  it("continues GAP-011 as GAP-012 and goes below rows holding only notes or merged titles", async () => {
    const book = await readWorkbook(
      new MemoryWorkbook({
        "Data Categorisation": categorisationSheet([issue("Late data")], {}),
        "Distinct Gap Analysis": {
          rows: [
            ["Gap Description", "Notes", "Gap ID", "Gap Type", "Capability Status", "Major Outcome"],
            ["Old gap", "", "GAP-011"],
            [],
            ["", "A note in an unmapped column"],
          ],
        },
      }),
    );
    const [gap] = proposeGaps(book, model).gaps;
    expect(gap).toMatchObject({ gapId: "GAP-012", row: 5 });
  });

  it("does not propose an issue an existing gap records for the same object, even reworded", async () => {
    const book = await parsedBook({
      categorisation: [
        issue("Forecasts are published late"),
        issue("Too coarse", { informationObject: "Meter reads" }),
        issue("Data is missing", { informationObject: "Price signal" }),
      ],
      gaps: [
        // Same object (plural), description holding the issue.
        {
          gapId: "G01",
          informationObject: "Market forecasts",
          gapDescription: "Forecasts are published late, after the trading interval.",
        },
        // A short description does not swallow another issue.
        { gapId: "G02", informationObject: "Meter reads", gapDescription: "Too coarse" },
        // Same description, other object: not covered.
        { gapId: "G03", informationObject: "Network model", gapDescription: "Data is missing" },
      ],
    });
    const proposal = proposeGaps(book, model);
    expect(proposal.covered).toEqual([
      { informationObject: "Market forecast", issue: "Forecasts are published late", gapId: "G01", sourceRows: [2] },
      { informationObject: "Meter reads", issue: "Too coarse", gapId: "G02", sourceRows: [3] },
    ]);
    expect(proposal.gaps.map((g) => [g.gapId, g.values.gapDescription])).toEqual([["G04", "Data is missing"]]);
  });

  it("does not propose an object a gap records for the same use case and capability, whatever its description says", async () => {
    const book = await parsedBook({
      categorisation: [
        issue("DOE formats differ between DNSPs", {
          informationObject: "Dynamic operating envelope",
          useCase: "Manage network limits",
          capabilityId: "4.3.5",
          capability: "",
        }),
        // The same object for another use case is another gap.
        issue("Envelopes arrive late", {
          informationObject: "Dynamic operating envelope",
          useCase: "Operate the network",
          capabilityId: "4.3.5",
          capability: "",
        }),
        // The same object and use case under another capability is another gap too.
        issue("Envelope history is not kept", {
          informationObject: "Dynamic operating envelope",
          useCase: "Manage network limits",
          capabilityId: "1.3.2",
          capability: "",
        }),
      ],
      gaps: [
        {
          gapId: "G01",
          informationObject: "Dynamic operating envelopes",
          useCase: "Manage network limits; Plan the network",
          capabilityId: "4.3.5",
          capability: "Calculate and publish physical limits",
          gapDescription:
            "Dynamic operating envelopes are published in DNSP-specific formats that aggregators must integrate one by one.",
        },
      ],
    });
    const proposal = proposeGaps(book, model);
    expect(proposal.covered.map((c) => [c.issue, c.gapId])).toEqual([["DOE formats differ between DNSPs", "G01"]]);
    expect(proposal.gaps.map((g) => g.values.gapDescription)).toEqual([
      "Envelopes arrive late",
      "Envelope history is not kept",
    ]);
  });

  it("a gap naming only the object (no use case, no capability) records it", async () => {
    const book = await parsedBook({
      categorisation: [issue("Forecasts are late")],
      gaps: [
        { gapId: "G01", gapDescription: "Something else entirely", useCase: "", capabilityId: "", capability: "" },
      ],
    });
    expect(proposeGaps(book, model).gaps).toEqual([]);
  });

  it("is idempotent: proposing again after the rows are added proposes nothing", async () => {
    const first = proposeGaps(await parsedBook({ categorisation: [issue("Late data")], gaps: [] }), model);
    const added = first.gaps.map((g) => ({ ...validGap, ...g.values }));
    const again = proposeGaps(await parsedBook({ categorisation: [issue("Late data")], gaps: added }), model);
    expect(again.gaps).toEqual([]);
    expect(again.covered.map((c) => c.gapId)).toEqual(["G01"]);
  });

  it("leaves category and capability empty when the rows disagree", async () => {
    const book = await parsedBook({
      categorisation: [
        issue("Late data"),
        issue("Late data", { informationCategory: "Telemetry (Device)", capabilityId: "4.1.1", capability: "" }),
      ],
      gaps: [],
    });
    const [gap] = proposeGaps(book, model).gaps;
    expect(gap?.values).not.toHaveProperty("informationCategory");
    expect(gap?.values).not.toHaveProperty("capabilityId");
    expect(gap?.values).not.toHaveProperty("domain");
  });

  it("does not hand out an id an option already names", async () => {
    const book = await parsedBook({
      categorisation: [issue("Late data")],
      gaps: [{ gapId: "G01", informationObject: "Price signal" }],
      options: [{ gapIds: "G01; G02" }],
    });
    expect(proposeGaps(book, model).gaps.map((g) => g.gapId)).toEqual(["G03"]);
  });

  it("says what is missing when the workbook cannot take gaps", async () => {
    await expect(parsedBook({ categorisation: [issue("Late")] }).then((b) => proposeGaps(b, model))).rejects.toThrow(
      CannotProposeGapsError,
    );
    await expect(parsedBook({ gaps: [] }).then((b) => proposeGaps(b, model))).rejects.toThrow(
      /no "Data Categorisation" tab/,
    );
  });
});

describe("proposeGaps on the sample workbook", () => {
  it("proposes no gap for an object Distinct Gap Analysis already records (G01-G04 record the four issues)", async () => {
    const { readFileSync } = await import("node:fs");
    const { openXlsx } = await import("../../src/workbook/xlsx/xlsx-workbook");
    const book = await readWorkbook(openXlsx(new Uint8Array(readFileSync("seeds/sample-workbook.xlsx"))));
    const proposal = proposeGaps(book, model);
    expect(proposal.gaps).toEqual([]);
    expect(proposal.covered.map((c) => c.gapId).sort()).toEqual(["G01", "G02", "G03", "G04"]);
  });
});
