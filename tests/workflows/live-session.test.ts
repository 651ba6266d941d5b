/**
 * Live mode over the office adapters and the fake Excel's events: a typed Capability ID is filled in
 * two requests after its event; live mode's own write is not filled again; a paste of 5,000 rows is
 * filled and re-checked in a bounded number of requests; a co-author's edit is re-checked, never
 * written; a dropdown pick (no event) is caught when the selection moves; inserted and deleted rows
 * move the findings; and after all of it the findings are those of a full check.
 */
import { defaultReference } from "../../src/model/default-reference";
import { categorisationTab } from "../../src/sheets/tab-definitions";
import { FakeExcel } from "../../src/workbook/fake-excel/fake-excel";
import { OfficeLiveWorkbook } from "../../src/workbook/office/office-live";
import { OfficeWorkbookReader } from "../../src/workbook/office/office-workbook";
import { OfficeWorkbookWriter } from "../../src/workbook/office/office-writer";
import { listBatches } from "../../src/workflows/changes/change-history";
import { checkWorkbook } from "../../src/workflows/check/check";
import { LiveSession, type LiveUpdate } from "../../src/workflows/live/live-session";
import { revertBatch } from "../../src/workflows/changes/revert-batch";
import { validCategorisation, type CategorisationRow } from "../support/workbook-rows";

const sheet = "Data Categorisation";
const model = defaultReference();
const headers = categorisationTab.columns.map((c) => c.header);
const rowOf = (row: CategorisationRow) =>
  categorisationTab.columns.map((c) => row[c.key] ?? validCategorisation[c.key]);

async function start(rows: CategorisationRow[], options: { apiVersion?: number } = {}) {
  const excel = new FakeExcel({ [sheet]: [headers, ...rows.map(rowOf)] }, options);
  const reader = new OfficeWorkbookReader(excel.run, { hasMergedAreas: () => true });
  const writer = new OfficeWorkbookWriter(excel.run, { undoGroups: () => true });
  const updates: LiveUpdate[] = [];
  const session = await LiveSession.start(
    { reader, writer, live: new OfficeLiveWorkbook(excel.run) },
    model,
    (update) => updates.push(update),
  );
  const settle = async () => {
    await excel.settled();
    await session.idle();
    await excel.settled();
    await session.idle();
  };
  return { excel, reader, writer, session, updates, settle };
}

async function fullCheck(excel: FakeExcel) {
  const reader = new OfficeWorkbookReader(excel.run, { hasMergedAreas: () => true });
  return (
    await checkWorkbook({ reader, settings: new OfficeWorkbookWriter(excel.run, { undoGroups: () => true }) }, model)
  ).report.findings;
}

describe("live mode", () => {
  it.each([20, 13])(
    "fills a typed Capability ID's lookups in two requests after the event (ExcelApi 1.%i)",
    async (apiVersion) => {
      const { excel, writer, updates, settle } = await start(
        [{}, { capabilityId: "", capability: "", capabilityGroup: "", domain: "" }],
        { apiVersion },
      );
      const before = excel.syncCount;
      excel.userEdit(sheet, "C3", "4.3.5");
      await settle();
      expect(excel.syncCount - before).toBe(2);
      expect([excel.cell(sheet, "D3").text, excel.cell(sheet, "F3").text]).toEqual([
        "Calculate and publish physical limits",
        "Operate",
      ]);
      expect(updates[updates.length - 1]?.did?.message).toBe("Filled D3:F3 from Capability ID 4.3.5");
      // Its own write raised an event; it was recognised and nothing more was written or recorded.
      expect(await listBatches(writer)).toHaveLength(1);
      expect(excel.requests.slice(before).filter((r) => r.wrote)).toHaveLength(1);
      expect(updates[updates.length - 1]?.findings).toEqual(await fullCheck(excel));
    },
  );

  it("lets the fill be reverted like any batch", async () => {
    const { excel, writer, updates, settle } = await start([
      { capabilityId: "", capability: "", capabilityGroup: "", domain: "" },
    ]);
    excel.userEdit(sheet, "C2", "4.3.5");
    await settle();
    await revertBatch(writer, updates[updates.length - 1]?.did?.batchId ?? "");
    expect(excel.cell(sheet, "D2").text).toBe("");
    expect(excel.cell(sheet, "C2").text).toBe("4.3.5");
  });

  it("shows a mistyped sensitivity at once, without writing", async () => {
    const { excel, updates, settle } = await start([{}]);
    excel.userEdit(sheet, "P2", "Confidental");
    await settle();
    expect(updates[updates.length - 1]?.findings.map((f) => [f.cell, f.rule])).toContainEqual([
      "P2",
      "sensitivity.unknown",
    ]);
    expect(excel.requests.some((r) => r.wrote)).toBe(false);
  });

  it("re-checks a co-author's edit and never writes for it", async () => {
    const { excel, updates, settle } = await start([
      { capabilityId: "", capability: "", capabilityGroup: "", domain: "" },
    ]);
    excel.remoteEdit(sheet, "C2", "4.3.5");
    await settle();
    expect(excel.cell(sheet, "D2").text).toBe("");
    expect(excel.requests.some((r) => r.wrote)).toBe(false);
    expect(updates[updates.length - 1]?.findings).toEqual(await fullCheck(excel));
  });

  it("fills and re-checks a paste of 5,000 rows in a bounded number of requests", async () => {
    const { excel, settle, updates } = await start([{}]);
    const before = excel.syncCount;
    const pasted = Array.from({ length: 5000 }, (_, i) =>
      rowOf({
        capability: "",
        capabilityGroup: "",
        domain: "",
        informationObject: `Object ${i % 700}`,
        useCase: `Use case ${i % 40}`,
      }),
    );
    excel.paste(sheet, "A3", pasted);
    await settle();
    expect(excel.syncCount - before).toBeLessThanOrEqual(8);
    expect(excel.cell(sheet, "D5002").text).toBe("Share near-term operational forecasts");
    expect(Math.max(...excel.requests.map((r) => Math.max(r.requestBytes, r.responseBytes)))).toBeLessThan(
      5 * 1024 * 1024,
    );
    expect(updates[updates.length - 1]?.findings).toEqual(await fullCheck(excel));
  });

  it("catches a value picked from a dropdown, which raises no event, when the selection moves on", async () => {
    const { excel, updates, settle } = await start([{}, {}]);
    excel.userSelect(sheet, "P2");
    await settle();
    excel.pickFromList(sheet, "P2", "Critcal");
    excel.userSelect(sheet, "P3");
    await settle();
    expect(updates[updates.length - 1]?.findings.map((f) => f.cell)).toContain("P2");
  });

  it("moves findings with inserted and deleted rows, as a full check finds them", async () => {
    const { excel, updates, settle } = await start([{}, { sensitivity: "Secret" }, {}]);
    excel.insertRows(sheet, 2, 2);
    await settle();
    expect(updates[updates.length - 1]?.findings.map((f) => f.cell)).toContain("P5");
    expect(updates[updates.length - 1]?.findings).toEqual(await fullCheck(excel));
    excel.deleteRows(sheet, 2, 3);
    await settle();
    expect(updates[updates.length - 1]?.findings).toEqual(await fullCheck(excel));
  });

  it("checks the content of inserted rows (an undone row delete, inserted copied cells)", async () => {
    const { excel, updates, settle } = await start([{}, {}, {}]);
    excel.insertRows(sheet, 3, 2, [rowOf({ sensitivity: "Secret" }), rowOf({})]);
    await settle();
    expect(updates[updates.length - 1]?.findings.map((f) => f.cell)).toContain("P3");
    expect(updates[updates.length - 1]?.findings).toEqual(await fullCheck(excel));
  });
});
