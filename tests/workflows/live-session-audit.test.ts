/**
 * Live mode against what Excel does (issue 19's audit, items 7, 8 and 10): a batch the ribbon (or a
 * co-author) applied while live mode runs stays in History, because the history is read in the
 * request that precedes the fill, not kept in memory; stopping removes the event handlers through the
 * context that added them; inserted and deleted columns rebuild the column map, and cells inserted
 * or deleted shifting the others down or up have the rows below them read again.
 */
import { defaultReference } from "../../src/model/default-reference";
import { categorisationTab } from "../../src/sheets/tab-definitions";
import { FakeExcel } from "../../src/workbook/fake-excel/fake-excel";
import { columnLetter } from "../../src/workbook/cell-address";
import { OfficeLiveWorkbook } from "../../src/workbook/office/office-live";
import { OfficeWorkbookReader } from "../../src/workbook/office/office-workbook";
import { OfficeWorkbookWriter } from "../../src/workbook/office/office-writer";
import { applyChanges } from "../../src/workflows/changes/apply-changes";
import { listBatches } from "../../src/workflows/changes/change-history";
import { checkWorkbook } from "../../src/workflows/check/check";
import { LiveSession, type LiveUpdate } from "../../src/workflows/live/live-session";
import { validCategorisation, type CategorisationRow } from "../support/workbook-rows";

const sheet = "Data Categorisation";
const model = defaultReference();
const headers = categorisationTab.columns.map((c) => c.header);
const rowOf = (row: CategorisationRow) =>
  categorisationTab.columns.map((c) => row[c.key] ?? validCategorisation[c.key]);
const blankKey: CategorisationRow = { capabilityId: "", capability: "", capabilityGroup: "", domain: "" };

async function start(rows: CategorisationRow[], apiVersion?: number) {
  const excel = new FakeExcel(
    { [sheet]: [headers, ...rows.map(rowOf)] },
    apiVersion === undefined ? {} : { apiVersion },
  );
  const reader = new OfficeWorkbookReader(excel.run, { hasMergedAreas: () => true });
  const writer = new OfficeWorkbookWriter(excel.run, { undoGroups: () => true });
  const updates: LiveUpdate[] = [];
  const session = await LiveSession.start(
    { reader, writer, live: new OfficeLiveWorkbook(excel.run) },
    model,
    (update) => updates.push(update),
  );
  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      await excel.settled();
      await session.idle();
    }
  };
  return { excel, reader, writer, session, updates, settle };
}

describe("live mode and the shared history", () => {
  it("keeps a batch the ribbon applied while live mode ran", async () => {
    const { excel, writer, settle } = await start([{}, blankKey]);
    // The ribbon runs in its own runtime: its own writer over the same workbook.
    const ribbon = new OfficeWorkbookWriter(excel.run, { undoGroups: () => true });
    await applyChanges(
      ribbon,
      [
        {
          sheet,
          cell: "Z2",
          row: 2,
          column: "",
          value: "note",
          kind: "fill",
          applicability: "safe",
          expected: "",
          reason: "",
        },
      ],
      { label: "From the ribbon", source: "ribbon" },
    );
    excel.userEdit(sheet, "C3", "4.3.5");
    await settle();
    expect((await listBatches(writer)).map((batch) => batch.source)).toEqual(["live", "ribbon"]);
  });
});

describe("stopping live mode", () => {
  it("removes its event handlers", async () => {
    const { excel, session } = await start([{}]);
    expect(excel.eventHandlers).toBe(2);
    await session.stop();
    expect(excel.eventHandlers).toBe(0);
  });
});

describe("inserted and deleted columns", () => {
  it("rebuild the column map: a Capability ID typed after a column insert is filled in its new place", async () => {
    const { excel, reader, writer, updates, settle } = await start([{}, blankKey]);
    excel.insertColumns(sheet, 1, 1);
    await settle();
    const key = headers.indexOf("Capability ID") + 1; // its column after the insert, 0-based
    excel.userEdit(sheet, `${columnLetter(key)}3`, "4.3.5");
    await settle();
    expect(excel.cell(sheet, `${columnLetter(key + 1)}3`).text).toBe("Calculate and publish physical limits");
    expect(updates[updates.length - 1]?.findings).toEqual(
      (await checkWorkbook({ reader, settings: writer }, model)).report.findings,
    );
    excel.deleteColumns(sheet, 1, 1);
    await settle();
    expect(updates[updates.length - 1]?.findings).toEqual(
      (await checkWorkbook({ reader, settings: writer }, model)).report.findings,
    );
  });
});

describe("cells inserted or deleted (Insert > Shift cells down, Delete > Shift cells up)", () => {
  const rows: CategorisationRow[] = [{}, { sensitivity: "Critical" }, { sensitivity: "Top secret" }, {}];
  const column = columnLetter(headers.indexOf("Sensitivity"));

  it.each([
    ["current Excel, which says the cells below moved", undefined],
    ["ExcelApi 1.13, whose event does not say which way", 13],
  ])("read the rows below again: %s", async (_, apiVersion) => {
    const { excel, reader, writer, updates, settle } = await start(rows, apiVersion);
    const same = async () =>
      expect(updates[updates.length - 1]?.findings).toEqual(
        (await checkWorkbook({ reader, settings: writer }, model)).report.findings,
      );
    // Row 4's "Top secret" moves to row 5, and row 3's "Critical" to row 4.
    excel.insertCells(sheet, `${column}3`, "Down");
    await settle();
    expect(excel.cell(sheet, `${column}5`).text).toBe("Top secret");
    await same();
    excel.deleteCells(sheet, `${column}2:${column}3`, "Up");
    await settle();
    await same();
  });

  it("keep the findings right when the cells shift right (only the range's rows changed)", async () => {
    const { excel, reader, writer, updates, settle } = await start(rows);
    excel.insertCells(sheet, `${column}4`, "Right");
    await settle();
    expect(updates[updates.length - 1]?.findings).toEqual(
      (await checkWorkbook({ reader, settings: writer }, model)).report.findings,
    );
  });
});
