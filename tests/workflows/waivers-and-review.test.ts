/**
 * Waivers and the consistency review over the real office adapters and the fake Excel, and over the
 * memory adapter: a waived error leaves the counts and keeps matching while the tab is sorted, rows
 * are inserted above and other rows deleted; once its finding is gone it is reported stale and
 * removed in one action. The review groups the cross-row findings by information object, and
 * making the rows agree is one previewable, revertible batch.
 */
import { defaultReference } from "../../src/model/default-reference";
import type { Finding } from "../../src/check/finding";
import { waiverId, waiverKeyOf } from "../../src/check/waived-findings";
import { readWorkbook } from "../../src/sheets/parsed-workbook";
import { categorisationTab } from "../../src/sheets/tab-definitions";
import { FakeExcel } from "../../src/workbook/fake-excel/fake-excel";
import { MemoryWorkbook } from "../../src/workbook/memory/memory-workbook";
import { OfficeWorkbookReader } from "../../src/workbook/office/office-workbook";
import { OfficeWorkbookWriter } from "../../src/workbook/office/office-writer";
import { agreeChanges } from "../../src/workflows/review/consistency-review";
import { highlightLayers } from "../../src/workflows/check/highlight-findings";
import { forgetSetting, keptSettings } from "../../src/workflows/settings/kept-settings";
import { LiveSession } from "../../src/workflows/live/live-session";
import { OfficeLiveWorkbook } from "../../src/workbook/office/office-live";
import type { ValidationReport } from "../../src/check/validation-report";
import { reviewActions } from "../../src/app/review-actions";
import { WAIVERS_KEY, readWaivers } from "../../src/workflows/review/waivers";
import { workbookActions } from "../../src/app/workbook-actions";
import { memoryBook, validCategorisation, type CategorisationRow } from "../support/workbook-rows";

const model = defaultReference();
const DC = "Data Categorisation";

/** Two rows of one object that disagree on sensitivity, a row with an unknown category, and a plain row. */
const rows: CategorisationRow[] = [
  { activity: "Publish forecasts", sensitivity: "Public" },
  { activity: "Receive forecasts", sensitivity: "Restricted", receiver: "Aggregator, retailer" },
  {
    useCase: "Meter data services",
    activity: "Share meter data",
    informationObject: "Meter reads",
    informationCategory: "Telemetry (Devices)",
  },
  { useCase: "Tariffs", activity: "Publish tariffs", informationObject: "Network tariff" },
];

function cellsOf(row: CategorisationRow): string[] {
  return categorisationTab.columns.map((c) => row[c.key] ?? validCategorisation[c.key]);
}

function fake(): FakeExcel {
  return new FakeExcel({ [DC]: [categorisationTab.columns.map((c) => c.header), ...rows.map(cellsOf)] });
}

function actionsOver(excel: FakeExcel) {
  const ports = {
    reader: new OfficeWorkbookReader(excel.run, { hasMergedAreas: () => true }),
    writer: new OfficeWorkbookWriter(excel.run, { undoGroups: () => false }),
    model: async () => model,
  };
  return { ...workbookActions(ports), ...reviewActions(ports) };
}

const unknownCategory = (findings: readonly Finding[]) => findings.find((f) => f.rule === "category.unknown");

describe("waivers on the fake Excel", () => {
  it("a waived error leaves the counts, survives sorting, inserted and deleted rows, then goes stale and is removed", async () => {
    const excel = fake();
    const actions = actionsOver(excel);
    const first = await actions.validate();
    expect(first.summary.errors).toBe(1);
    const error = unknownCategory(first.findings) as Finding;
    expect(error.cell).toBe("J4");

    const waiver = await actions.acceptFinding(error, {
      by: "Ana",
      reason: "Vendor term agreed with the working group",
    });
    expect(waiver).toMatchObject({
      rule: "category.unknown",
      tab: "categorisation",
      column: "informationCategory",
      key: ["meter data services", "share meter data", "meter reads"],
    });
    expect(excel.settings[WAIVERS_KEY]).toEqual([waiver]);

    const accepted = await actions.validate();
    expect(accepted.valid).toBe(true);
    expect(accepted.summary).toMatchObject({ errors: 0, waived: 1 });
    expect(unknownCategory(accepted.findings)).toBeUndefined();
    expect(unknownCategory(accepted.waivedFindings ?? [])?.waived).toEqual({
      by: "Ana",
      reason: "Vendor term agreed with the working group",
      at: waiver.at,
    });
    expect(accepted.staleWaivers).toEqual([]);

    // Sort the tab: the rows in reverse order.
    [...rows]
      .reverse()
      .forEach((row, i) =>
        cellsOf(row).forEach((text, c) => excel.setCell(DC, `${String.fromCharCode(65 + c)}${i + 2}`, text)),
      );
    const sorted = await actions.validate();
    expect(unknownCategory(sorted.waivedFindings ?? [])).toMatchObject({ cell: "J3", waived: { by: "Ana" } });
    expect(sorted.summary.errors).toBe(0);

    // Insert two rows above, then delete another row (the tariff row, now row 4).
    excel.insertRows(DC, 2, 2);
    excel.deleteRows(DC, 4, 1);
    const moved = await actions.validate();
    expect(unknownCategory(moved.waivedFindings ?? [])).toMatchObject({ cell: "J4", waived: { by: "Ana" } });
    expect(moved.summary.errors).toBe(0);
    expect(moved.staleWaivers).toEqual([]);

    // The category is corrected: the waiver no longer matches a finding.
    excel.setCell(DC, "J4", "Telemetry (Device)");
    const { report, waivers } = await actions.review();
    expect(unknownCategory(report.findings)).toBeUndefined();
    expect(report.staleWaivers).toEqual([waiver]);
    expect(waivers).toEqual([waiver]);
    expect(await actions.removeWaivers(report.staleWaivers ?? [])).toBe(1);
    expect(excel.settings[WAIVERS_KEY]).toBeUndefined();
  });

  it("accepting the same finding again replaces its waiver, and a waiver needs a reason", async () => {
    const excel = fake();
    const actions = actionsOver(excel);
    const error = unknownCategory((await actions.validate()).findings) as Finding;
    await expect(actions.acceptFinding(error, { by: "Ana", reason: "  " })).rejects.toThrow(/needs a reason/);
    await actions.acceptFinding(error, { by: "Ana", reason: "First" });
    await actions.acceptFinding(error, { by: "Ben", reason: "Second" });
    expect((await readWaivers(new OfficeWorkbookWriter(excel.run))).map((w) => [w.by, w.reason])).toEqual([
      ["Ben", "Second"],
    ]);
  });

  it("are listed among the settings the add-in keeps, and forgetting them makes the findings count again", async () => {
    const book = memoryBook({ categorisation: [{ informationCategory: "Telemetry (Devices)" }] });
    const ports = { reader: book, writer: book, model: async () => model };
    const error = unknownCategory((await workbookActions(ports).validate()).findings) as Finding;
    await reviewActions(ports).acceptFinding(error, { by: "Ana", reason: "Agreed" });
    expect((await keptSettings(book)).find((k) => k.kind === "waivers")).toMatchObject({
      present: true,
      detail: "1 accepted finding(s); forgetting makes them count again.",
    });
    await forgetSetting({ writer: book, dropdowns: undefined as never }, "waivers");
    expect((await keptSettings(book)).find((k) => k.kind === "waivers")?.present).toBe(false);
    expect((await workbookActions(ports).validate()).summary.errors).toBe(1);
  });

  it("a setting that is not a list of waivers is ignored", async () => {
    const book = memoryBook({ categorisation: [{}] });
    await book.write({ settings: { [WAIVERS_KEY]: [{ rule: "x" }, "junk"] }, cells: [] });
    expect(await readWaivers(book)).toEqual([]);
  });
});

describe("row identity", () => {
  it("keys Data Categorisation by use case, activity and object, gaps by Gap ID and options by Option ID", async () => {
    const book = await readWorkbook(
      memoryBook({ categorisation: [{}], gaps: [{ gapId: "G07" }], options: [{ optionId: "O03", gapIds: "G07" }] }),
      {},
    );
    const at = (sheet: string, row: number, column: string) =>
      waiverKeyOf(book, { sheet, row, column, cell: "A1", rule: "r", severity: "error", message: "", value: "" });
    expect(at(DC, 2, "Sensitivity")?.key).toEqual([
      validCategorisation.useCase.toLowerCase(),
      validCategorisation.activity.toLowerCase(),
      validCategorisation.informationObject.toLowerCase(),
    ]);
    expect(at("Distinct Gap Analysis", 2, "Evidence")).toEqual({
      rule: "r",
      tab: "gaps",
      column: "evidence",
      key: ["g07"],
    });
    expect(at("Options", 2, "Gap ID")).toEqual({ rule: "r", tab: "options", column: "gapIds", key: ["o03"] });
    // A header problem: no row key.
    expect(at(DC, 1, "Sensitivity")?.key).toEqual([]);
    expect(at("Cover", 2, "x")).toBeUndefined();
    expect(waiverId({ rule: "r", tab: "gaps", column: "evidence", key: ["g07"] })).not.toBe(
      waiverId({ rule: "r", tab: "gaps", column: "evidence", key: ["g7"] }),
    );
  });
});

describe("the consistency review", () => {
  it("groups the cross-row findings by object, marks the disagreeing values, and makes the rows agree as one revertible batch", async () => {
    const excel = fake();
    const actions = actionsOver(excel);
    const { report } = await actions.review();
    expect(report.consistency).toHaveLength(1);
    const group = report.consistency?.[0];
    if (group === undefined) throw new Error("no group");
    expect(group).toMatchObject({
      object: "Market forecast",
      sheet: DC,
      rules: ["object.sensitivity-inconsistent"],
      waived: 0,
    });
    expect(group.rows.map((r) => r.row)).toEqual([2, 3]);
    const sensitivity = group.columns.find((c) => c.column === "sensitivity");
    expect(sensitivity).toMatchObject({
      header: "Sensitivity",
      agrees: false,
      values: [
        { value: "Public", rows: 1 },
        { value: "Restricted", rows: 1 },
      ],
    });
    expect(group.columns.filter((c) => !c.agrees).map((c) => c.column)).toEqual(["sensitivity"]);
    expect(group.rows.map((r) => [r.cells.sensitivity?.cell, r.cells.sensitivity?.differs])).toEqual([
      ["P2", false],
      ["P3", true],
    ]);
    // Receivers compare as a set: "Aggregator, retailer" agrees with "Retailer; Aggregator".
    expect(group.columns.find((c) => c.column === "receiver")?.agrees).toBe(true);

    const changes = agreeChanges(group, "sensitivity", "Restricted");
    expect(changes).toEqual([
      expect.objectContaining({
        cell: "P2",
        value: "Restricted",
        expected: "Public",
        applicability: "review",
        rule: "object.sensitivity-inconsistent",
      }),
    ]);
    const outcome = await actions.apply(changes, "Make “Market forecast” agree");
    expect(excel.cell(DC, "P2").text).toBe("Restricted");
    expect((await actions.review()).report.consistency).toEqual([]);
    await actions.revert(outcome.batch?.id ?? "");
    expect(excel.cell(DC, "P2").text).toBe("Public");
    expect((await actions.review()).report.consistency).toHaveLength(1);
  });

  it("agreeing on a category also sets each row's Information Group to that category's group", async () => {
    const book = memoryBook({
      categorisation: [
        { activity: "A" },
        { activity: "B", informationCategory: "Telemetry (Device)", informationGroup: "Operational Data" },
      ],
    });
    const ports = { reader: book, writer: book, model: async () => model };
    const group = (await reviewActions(ports).review()).report.consistency?.[0];
    if (group === undefined) throw new Error("no group");
    expect(group.rules).toEqual(["object.category-inconsistent"]);
    const forecast = group.columns
      .find((c) => c.column === "informationCategory")
      ?.values.find((v) => v.value === "Forecast");
    expect(forecast?.group).toBe(validCategorisation.informationGroup);
    const changes = agreeChanges(group, "informationCategory", "Forecast");
    expect(changes.map((c) => [c.cell, c.value, c.expected])).toEqual([
      ["J3", "Forecast", "Telemetry (Device)"],
      ["I3", validCategorisation.informationGroup, "Operational Data"],
    ]);
  });
});

describe("consistency groups", () => {
  it("leave out a column the tab does not have, and count the accepted findings of the object", async () => {
    const columns = categorisationTab.columns.filter((c) => c.key !== "informationGroup");
    const cells = (row: CategorisationRow) => columns.map((c) => row[c.key] ?? validCategorisation[c.key]);
    const book = new MemoryWorkbook({
      [DC]: {
        rows: [
          columns.map((c) => c.header),
          cells({ activity: "A" }),
          cells({ activity: "B", informationCategory: "Telemetry (Device)" }),
        ],
      },
    });
    const ports = { reader: book, writer: book, model: async () => model };
    const warning = (await workbookActions(ports).validate()).findings.find(
      (f) => f.rule === "object.category-inconsistent" && f.row === 3,
    ) as Finding;
    await reviewActions(ports).acceptFinding(warning, { by: "Ana", reason: "Two meanings, split later" });
    const group = (await reviewActions(ports).review()).report.consistency?.[0];
    if (group === undefined) throw new Error("no group");
    expect(group.columns.map((c) => c.column)).toEqual(["informationCategory", "sensitivity", "initiator", "receiver"]);
    expect(group.waived).toBe(1);
    expect(agreeChanges(group, "informationCategory", "Forecast").map((c) => c.cell)).toEqual(["I3"]);
  });
});

describe("accepted findings elsewhere", () => {
  it("live mode marks them and keeps them out of the counts as the analyst types", async () => {
    const excel = fake();
    const actions = actionsOver(excel);
    const error = unknownCategory((await actions.validate()).findings) as Finding;
    await actions.acceptFinding(error, { by: "Ana", reason: "Agreed" });
    const reports: ValidationReport[] = [];
    const session = await LiveSession.start(
      {
        reader: new OfficeWorkbookReader(excel.run, { hasMergedAreas: () => true }),
        writer: new OfficeWorkbookWriter(excel.run),
        live: new OfficeLiveWorkbook(excel.run),
      },
      model,
      (update) => reports.push(update.report),
    );
    expect(reports.at(-1)?.summary).toMatchObject({ errors: 0, waived: 1 });
    excel.userEdit(DC, "P5", "Secret");
    await excel.settled();
    await session.idle();
    expect(reports.at(-1)?.summary).toMatchObject({ errors: 1, waived: 1 });
    expect(unknownCategory(reports.at(-1)?.findings ?? [])).toBeUndefined();
    expect(unknownCategory(reports.at(-1)?.waivedFindings ?? [])?.waived?.by).toBe("Ana");
    await session.stop();
  });

  it("are not highlighted", () => {
    const finding: Finding = {
      sheet: DC,
      cell: "J4",
      row: 4,
      column: "Information Category",
      rule: "category.unknown",
      severity: "error",
      message: "",
      value: "",
    };
    expect(highlightLayers([finding])).toHaveLength(1);
    expect(
      highlightLayers([{ ...finding, waived: { by: "Ana", reason: "Agreed", at: "2026-12-02T00:00:00.000Z" } }]),
    ).toEqual([]);
  });
});
