/** Finding tabs, header rows and columns the untidy ways real workbooks lay them out. */
import { columnOfHeader, headerIndex, headerKey } from "../../src/sheets/header-matching";
import { locateTabs, readWorkbook, requireKnownTabs } from "../../src/sheets/parsed-workbook";
import { readTab } from "../../src/sheets/read-tab";
import { readRolesTab } from "../../src/sheets/roles-tab";
import { categorisationTab, gapsTab, optionsTab, tabDefinitions } from "../../src/sheets/tab-definitions";
import { MemoryWorkbook } from "../../src/workbook/memory/memory-workbook";

const grid = (
  rows: Array<Array<string>>,
  merges: Array<{ top: number; left: number; bottom: number; right: number }> = [],
) => ({
  name: "Data Categorisation",
  rows: rows.map((cells, i) => ({ row: i + 1, cells })).filter((r) => r.cells.length > 0),
  merges,
});

describe("tab names", () => {
  it("finds tabs ignoring case and spacing, and the framework's name for Options", () => {
    expect(
      locateTabs([
        "Cover",
        "data  categorisation",
        "Distinct Gap Analysis ",
        "Options and Priority Use Cases",
        "roles",
      ]),
    ).toEqual({
      categorisation: "data  categorisation",
      gaps: "Distinct Gap Analysis ",
      options: "Options and Priority Use Cases",
      roles: "roles",
    });
  });

  it("prefers the exact name over an alias and ignores unrelated sheets", () => {
    expect(locateTabs(["Option", "Options", "Pivot"]).options).toBe("Options");
    expect(locateTabs(["Data Categorization"]).categorisation).toBe("Data Categorization");
    expect(locateTabs(["Data Categorisation (old)", "Notes"])).toEqual({});
  });
});

describe("header matching", () => {
  it("tolerates case, spaces, line breaks, (s), /s, plural s, * and #", () => {
    const index = headerIndex(categorisationTab);
    for (const [text, key] of [
      ["Receiver(s)", "receiver"],
      ["RECEIVERS", "receiver"],
      ["Information\nCategory", "informationCategory"],
      ["  Minimum   Frequency *", "minimumFrequency"],
      ["Capability #", "capabilityId"],
      ["Info Category", "informationCategory"],
      ["Min. Frequency", "minimumFrequency"],
      ["Receiver/s", "receiver"],
      ["Initiator/s", "initiator"],
      ["Min. Freq.", "minimumFrequency"],
      ["Sensitivity Rating", "sensitivity"],
      ["Level 3 ID", "capabilityId"],
    ] as const) {
      expect(index.get(headerKey(text))).toBe(key);
    }
    expect(index.get(headerKey("Comments"))).toBeUndefined();
    const options = headerIndex(optionsTab);
    for (const text of ["Related Gap ID(s)", "Gap IDs addressed"]) expect(options.get(headerKey(text))).toBe("gapIds");
  });

  it("reads a header with a note after it in brackets or after a dash or a slash", () => {
    const index = headerIndex(categorisationTab);
    for (const [text, key] of [
      ["Minimum Frequency (mins)", "minimumFrequency"],
      ["Sensitivity (Public / Restricted / Critical)", "sensitivity"],
      ["Quality Rationale [if Issues]", "qualityRationale"],
      ["Use Case Group (code)", "useCaseGroup"],
      ["Sensitivity - see definitions tab", "sensitivity"],
      ["Receiver(s) *", "receiver"],
      ["Information Object / Data", "informationObject"],
      ["Quality Rationale / Comments", "qualityRationale"],
    ] as const) {
      expect(columnOfHeader(index, text)).toBe(key);
    }
    expect(columnOfHeader(index, "Notes (Use Case)")).toBeUndefined();
    // A note that changes the meaning is an alias of its own, matched before any note is dropped.
    expect(columnOfHeader(index, "Capability (Level 2)")).toBe("capabilityGroup");
    expect(columnOfHeader(index, "Capability - Level 2")).toBe("capabilityGroup");
    expect(columnOfHeader(index, "Capability (Level 3)")).toBe("capability");
  });

  it("has no alias that shadows another column of the same tab", () => {
    for (const definition of tabDefinitions) {
      const seen = new Map<string, string>();
      for (const column of definition.columns) {
        for (const name of [column.header, ...column.aliases]) {
          const key = headerKey(name);
          expect([undefined, column.key]).toContain(seen.get(key));
          seen.set(key, column.key);
        }
      }
    }
  });
});

describe("readTab", () => {
  it("finds the header under title rows and a merged title, and reads rows to the end", () => {
    const tab = readTab(
      gapsTab,
      grid(
        [
          ["Distinct Gap Analysis"],
          [],
          ["Prepared by the taskforce", "draft"],
          ["Gap ID", "Gap Type", "Gap Description", "Capability Status", "Major Outcome", "Notes"],
          ["G1", "Data", "a", "Exists", "Visibility", "x"],
          [],
          ["", "", "", "", "", "only a note"],
          ["G2", "Data", "b", "Exists", "Visibility"],
        ],
        [{ top: 1, left: 1, bottom: 1, right: 6 }],
      ),
    );
    expect(tab.headerRow).toBe(4);
    expect(tab.columns).toMatchObject({ gapId: 0, capabilityStatus: 3, majorOutcome: 4 });
    expect(tab.missingRequired).toEqual([]);
    expect(tab.rows.map((r) => r.row)).toEqual([5, 8]);
  });

  it("skips the header row pasted again above a section", () => {
    const tab = readTab(
      optionsTab,
      grid([
        ["Option ID", "Gap ID", "Option Description"],
        ["O1", "G1", "a"],
        [],
        ["Option ID", "Gap ID", "Option Description "],
        ["O2", "G2", "b"],
        ["Option ID", "G3", "not a header: only part of it repeats"],
      ]),
    );
    expect(tab.rows.map((r) => r.row)).toEqual([2, 5, 6]);
  });

  it("skips the header pasted again but typed otherwise: case, (s), an alias, a blank cell", () => {
    const tab = readTab(
      categorisationTab,
      grid([
        ["Use Case Group", "Use Case", "Capability ID", "Activity", "Information Object", "Receiver(s)", "Latency"],
        ["OTN", "Forecasting", "4.1.2", "Publish", "Forecast", "Retailer", "5 minutes"],
        ["use case group", "USE CASE", "Cap ID", "Activities", "", "Receiver", "Max Latency"],
        ["OTN", "Forecasting", "4.1.2", "Receive", "Forecast", "Retailer", "5 minutes"],
        // A row naming one column here and there is data, however odd.
        ["OTN", "Use Case", "4.1.2", "Activity", "Information Object", "Retailer", "5 minutes"],
      ]),
    );
    expect(tab.rows.map((r) => r.row)).toEqual([2, 4, 5]);
  });

  it("cleans values for comparison but keeps the raw text", () => {
    const tab = readTab(
      optionsTab,
      grid([
        ["Option ID", "Gap ID", "Option Description"],
        ["\u00a0O1 ", "G1\nG2", "#N/A"],
      ]),
    );
    const row = tab.rows[0];
    expect(row?.raw.optionId).toBe("\u00a0O1 ");
    expect(row?.text.optionId).toBe("O1");
    expect(row?.raw.gapIds).toBe("G1\nG2");
    expect(row?.text.optionDescription).toBe(""); // an error value reads as no value
  });

  it("copies a value merged down several rows to each of them and records the covered cells", () => {
    const tab = readTab(
      categorisationTab,
      grid(
        [
          ["Use Case Group", "Use Case", "Activity"],
          ["OTN", "Forecasting", "a"],
          ["", "", "b"],
          ["", "", "c"],
        ],
        [{ top: 2, left: 1, bottom: 4, right: 1 }],
      ),
    );
    expect(tab.rows.map((r) => r.text.useCaseGroup)).toEqual(["OTN", "OTN", "OTN"]);
    expect(tab.rows.map((r) => r.text.useCase)).toEqual(["Forecasting", "", ""]);
    expect([...tab.mergedCells].sort()).toEqual(["A3", "A4"]);
  });

  it("records the cells of an empty merged area, so nothing is written where the merge would hide it", () => {
    const tab = readTab(
      categorisationTab,
      grid(
        [
          ["Use Case Group", "Use Case", "Activity"],
          ["", "", "a"],
          ["", "", "b"],
        ],
        [{ top: 2, left: 1, bottom: 3, right: 2 }],
      ),
    );
    expect([...tab.mergedCells].sort()).toEqual(["A3", "B2", "B3"]);
  });

  it("reports a missing header and a duplicated column", () => {
    expect(readTab(optionsTab, grid([["just a note"]])).headerProblems[0]?.kind).toBe("not-found");
    const tab = readTab(optionsTab, grid([["Option ID", "Option", "Gap ID", "Option Description"]]));
    expect(tab.headerProblems.map((p) => p.cell)).toEqual(["D1"]);
    expect(tab.columns.optionDescription).toBe(1);
  });

  it("honours the user's column mapping", () => {
    const tab = readTab(
      optionsTab,
      grid([
        ["Ref", "Closes", "What we will do"],
        ["O1", "G1", "x"],
      ]),
      {
        optionId: "Ref",
        gapIds: "Closes",
        optionDescription: "What we will do",
      },
    );
    expect(tab.missingRequired).toEqual([]);
    expect(tab.rows[0]?.text.gapIds).toBe("G1");
  });
});

describe("Roles tab", () => {
  it("reads names from the first column, skipping a header, with aliases when given", () => {
    const roles = readRolesTab(
      grid([["Role", "Description", "Aliases"], ["Grid Co", "the DNSP", "GC; Grid"], [], ["Flex Co"]]),
    );
    expect(roles).toEqual([
      { name: "Grid Co", description: "the DNSP", aliases: ["GC", "Grid"] },
      { name: "Flex Co", aliases: [] },
    ]);
  });

  it("reads a list without a header", () => {
    expect(readRolesTab(grid([["Grid Co"], ["Flex Co"]])).map((r) => r.name)).toEqual(["Grid Co", "Flex Co"]);
  });
});

describe("readWorkbook", () => {
  it("reads only the tabs it knows", async () => {
    const read: string[] = [];
    const source = new MemoryWorkbook({
      Cover: { rows: [["x"]] },
      Options: { rows: [["Option ID", "Gap ID", "Option Description"]] },
    });
    const spy = {
      sheetNames: () => source.sheetNames(),
      readSheet: (name: string) => (read.push(name), source.readSheet(name)),
    };
    const book = await readWorkbook(spy);
    expect(read).toEqual(["Options"]);
    expect(book.options?.headerRow).toBe(1);
    expect(book.categorisation).toBeUndefined();
  });

  it("when no sheet is named as a tab, says which sheets have a tab's headers (and reads them only then)", async () => {
    const read: string[] = [];
    const source = new MemoryWorkbook({
      Cover: { rows: [["Use Case", "notes"]] },
      Sheet1: {
        rows: [["A title"], [], ["Use Case Group", "Use Case", "Capability ID", "Activity", "Information Object"]],
      },
    });
    const spy = {
      sheetNames: () => source.sheetNames(),
      readSheet: (name: string) => (read.push(name), source.readSheet(name)),
    };
    const book = await readWorkbook(spy);
    expect(read).toEqual(["Cover", "Sheet1"]);
    expect(book.lookalikes).toEqual([{ sheet: "Sheet1", tab: "Data Categorisation" }]);
    expect(() => requireKnownTabs(book)).toThrow(
      'This workbook has none of the tabs "Data Categorisation", "Distinct Gap Analysis" or "Options" (its sheets: "Cover", "Sheet1"). Sheet "Sheet1" has the headers of "Data Categorisation": rename it "Data Categorisation" and run this again.',
    );
  });
});
