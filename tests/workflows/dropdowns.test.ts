/**
 * Dropdowns and new tabs through the office adapter on the fake Excel: install on the
 * closed-vocabulary columns from the add-in's hidden reference sheet, never over the analyst's own
 * rule unless they agree, refresh, remove only the add-in's, and afterwards Excel's own invalid-data
 * cells are the add-in's closed-vocabulary findings.
 */
import { defaultReference } from "../../src/model/default-reference";
import { categorisationTab, gapsTab, optionsTab } from "../../src/sheets/tab-definitions";
import { FakeExcel } from "../../src/workbook/fake-excel/fake-excel";
import { OfficeWorkbookDropdowns } from "../../src/workbook/office/office-dropdowns";
import { OfficeWorkbookReader } from "../../src/workbook/office/office-workbook";
import { OfficeWorkbookTabs } from "../../src/workbook/office/office-tabs";
import { OfficeWorkbookWriter } from "../../src/workbook/office/office-writer";
import { ADDING_TABS_KEY, addMissingTabs } from "../../src/workflows/tools/add-missing-tabs";
import { checkWorkbook } from "../../src/workflows/check/check";
import { LISTS_SHEET } from "../../src/workflows/tools/dropdown-lists";
import { DROPDOWNS_KEY, installDropdowns, invalidCellsByExcel } from "../../src/workflows/tools/install-dropdowns";
import { removeDropdowns } from "../../src/workflows/tools/remove-dropdowns";

const model = defaultReference();
const DC = "Data Categorisation";
const headers = categorisationTab.columns.map((c) => c.header);
const level3 = model.capabilities.level3[0];
const category = model.information.categories.terms[0];
const role = model.defaultRoles.names[0] ?? "";

function row(values: Partial<Record<string, string>>): string[] {
  return categorisationTab.columns.map((c) => values[c.key] ?? "");
}

const valid = {
  useCaseGroup: model.useCaseGroups.terms[0]?.name,
  useCase: "Forecast demand",
  capabilityId: level3?.id,
  capability: level3?.name,
  activity: "Plan",
  informationObject: "Demand forecast",
  informationGroup: category?.group.name,
  informationCategory: category?.name,
  initiator: role,
  receiver: role,
  interface: model.interfaces.names[0],
  minimumFrequency: "Daily",
  latency: "1 hour",
  sensitivity: model.sensitivities.names[0],
  quality: "No Issues",
};

function book(options: { userRuleOnSensitivity?: boolean } = {}): FakeExcel {
  const sensitivity = String.fromCharCode(65 + headers.indexOf("Sensitivity"));
  return new FakeExcel({
    Cover: [["CER workbook"]],
    [DC]: {
      rows: [
        headers,
        row(valid),
        row({
          ...valid,
          useCaseGroup: "Planning things",
          capabilityId: "9.9.9",
          informationCategory: "Telemetry (Devices)",
          initiator: "Wizard",
          interface: "Carrier pigeon",
          sensitivity: "Secret",
          quality: "Maybe",
        }),
        row({ ...valid, useCaseGroup: model.useCaseGroups.terms[1]?.code }),
      ],
      validations: [
        // The analyst's own rule on Use Case, and (when asked) on Sensitivity.
        { ranges: "B2:B50", rule: { textLength: { formula1: 80, operator: "LessThan" } } },
        ...(options.userRuleOnSensitivity === true
          ? [
              {
                ranges: `${sensitivity}2:${sensitivity}20`,
                rule: { list: { inCellDropDown: true, source: "Public,Restricted,Critical,Secret" } },
              },
            ]
          : []),
      ],
    },
    "Distinct Gap Analysis": [
      gapsTab.columns.map((c) => c.header),
      ["G1", "Data", "No feed", "", "", "", "", "", "", "Exists", model.majorOutcomes.names[0] ?? "", "", "", "Urgent"],
    ],
  });
}

function ports(excel: FakeExcel) {
  return {
    reader: new OfficeWorkbookReader(excel.run, { hasMergedAreas: () => true }),
    writer: new OfficeWorkbookWriter(excel.run, { undoGroups: () => false }),
    dropdowns: new OfficeWorkbookDropdowns(excel.run, { invalidCellsApi: () => true }),
    tabs: new OfficeWorkbookTabs(excel.run),
  };
}

describe("installDropdowns", () => {
  it("writes the lists to a hidden reference sheet and puts a list rule on every closed-vocabulary column", async () => {
    const excel = book();
    const outcome = await installDropdowns(ports(excel), model);
    expect(outcome.conflicts).toEqual([]);
    expect(excel.visibility(LISTS_SHEET)).toBe("Hidden");
    expect(excel.texts(LISTS_SHEET)[0]).toContain("Sensitivity");
    const columns = outcome.installed.map((rule) => `${rule.sheet}!${rule.title}`);
    expect(columns).toEqual(
      expect.arrayContaining([
        `${DC}!Use Case Group`,
        `${DC}!Capability ID`,
        `${DC}!Capability`,
        `${DC}!Information Category`,
        `${DC}!Information Group`,
        `${DC}!Interface`,
        `${DC}!Sensitivity`,
        `${DC}!Quality`,
        `${DC}!Initiator`,
        "Distinct Gap Analysis!Gap Type",
        "Distinct Gap Analysis!Capability Status",
        "Distinct Gap Analysis!Major Outcome",
        "Distinct Gap Analysis!Priority",
      ]),
    );
    const sensitivity = excel
      .validations(DC)
      .find((v) => JSON.stringify(v.rule).includes("CER Lists") && v.ranges.startsWith("P"));
    expect(sensitivity).toMatchObject({
      ranges: "P2:P1048576",
      ignoreBlanks: true,
      errorAlert: { style: "Stop", title: "Sensitivity" },
    });
    // The analyst's own rule on Use Case is as it was.
    expect(excel.validations(DC)[0]).toMatchObject({
      ranges: "B2:B50",
      rule: { textLength: { formula1: 80, operator: "LessThan" } },
    });
    expect(excel.settings[DROPDOWNS_KEY]).toHaveLength(outcome.installed.length);
  });

  it("does not touch a column with the analyst's own rule unless they agree, then replaces it", async () => {
    const excel = book({ userRuleOnSensitivity: true });
    const first = await installDropdowns(ports(excel), model);
    expect(first.conflicts).toEqual([
      { sheet: DC, address: "P2:P1048576", id: `${DC}!P2:P1048576`, column: "Sensitivity", found: "MixedCriteria" },
    ]);
    expect(excel.validations(DC).find((v) => v.ranges === "P2:P20")?.rule).toEqual({
      list: { inCellDropDown: true, source: "Public,Restricted,Critical,Secret" },
    });
    const agreed = await installDropdowns(ports(excel), model, { replace: [`${DC}!P2:P1048576`] });
    expect(agreed.conflicts).toEqual([]);
    expect(excel.validations(DC).filter((v) => v.ranges.startsWith("P"))).toEqual([
      expect.objectContaining({
        ranges: "P2:P1048576",
        rule: { list: { inCellDropDown: true, source: expect.stringContaining("CER Lists") } },
      }),
    ]);
  });

  it("refreshes its own rules without piling up, and keeps the reference sheet shown if the analyst showed it", async () => {
    const excel = book();
    await installDropdowns(ports(excel), model);
    const rules = excel.validations(DC);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem(LISTS_SHEET).visibility = "Visible";
      await context.sync();
    });
    const again = await installDropdowns(ports(excel), model);
    expect(again.conflicts).toEqual([]);
    expect(excel.validations(DC)).toHaveLength(rules.length);
    expect(excel.visibility(LISTS_SHEET)).toBe("Visible");
  });

  // Afterwards Excel's own "invalid data" (getInvalidCells) agrees with the add-in's closed-vocabulary findings.
  it("leaves Excel's invalid cells equal to the add-in's findings of values outside a vocabulary", async () => {
    const excel = book();
    const p = ports(excel);
    await installDropdowns(p, model);
    const byExcel = (await invalidCellsByExcel(p)) ?? [];
    const { report } = await checkWorkbook({ reader: p.reader, settings: p.writer }, model);
    const dropdownColumns = new Set([
      "Use Case Group",
      "Capability ID",
      "Capability",
      "Information Group",
      "Information Category",
      "Initiator",
      "Interface",
      "Sensitivity",
      "Quality",
      "Gap Type",
      "Capability Status",
      "Major Outcome",
      "Priority",
    ]);
    const byRules = report.findings
      .filter((f) => /unknown/.test(f.rule) && dropdownColumns.has(f.column))
      .map((f) => `${f.sheet}!${f.cell}`);
    expect(byExcel.map((ref) => `${ref.sheet}!${ref.cell}`).sort()).toEqual([...new Set(byRules)].sort());
    expect(byRules.length).toBeGreaterThanOrEqual(8);
  });
});

describe("removeDropdowns", () => {
  it("takes away only the add-in's rules, keeps the analyst's, and the reference sheet once nothing draws on it", async () => {
    const excel = book();
    const p = ports(excel);
    await installDropdowns(p, model);
    const outcome = await removeDropdowns(p);
    expect(outcome.kept).toEqual([]);
    expect(outcome.listsDeleted).toBe(true);
    expect(excel.validations(DC)).toEqual([expect.objectContaining({ ranges: "B2:B50" })]);
    expect(excel.validations("Distinct Gap Analysis")).toEqual([]);
    expect(excel.sheetNames).not.toContain(LISTS_SHEET);
    expect(excel.settings[DROPDOWNS_KEY]).toBeUndefined();
  });

  it("keeps an area where the analyst has since made a rule of their own", async () => {
    const excel = book();
    const p = ports(excel);
    await installDropdowns(p, model);
    // The analyst replaces part of the Quality dropdown with a rule of their own.
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(DC).getRange("Q5:Q9").dataValidation;
      range.clear();
      range.rule = { textLength: { formula1: 3, operator: "GreaterThan" } };
      await context.sync();
    });
    const outcome = await removeDropdowns(p);
    expect(outcome.kept).toEqual([{ sheet: DC, address: "Q2:Q1048576", found: "Inconsistent" }]);
    expect(outcome.listsDeleted).toBe(false);
    expect(excel.validations(DC).map((v) => v.ranges)).toEqual(expect.arrayContaining(["B2:B50", "Q5:Q9"]));
    expect(excel.sheetNames).toContain(LISTS_SHEET);
  });
});

describe("addMissingTabs", () => {
  it("adds the missing tabs with canonical headers as tables and their dropdowns, leaving existing tabs untouched", async () => {
    const excel = new FakeExcel({
      [DC]: {
        rows: [headers, row(valid)],
        validations: [{ ranges: "P2:P9", rule: { list: { inCellDropDown: true, source: "a,b" } } }],
      },
    });
    const before = excel.formatting(DC);
    const outcome = await addMissingTabs(ports(excel), model);
    expect(outcome.added).toEqual(["Distinct Gap Analysis", "Options"]);
    expect(excel.texts("Distinct Gap Analysis")[0]).toEqual(gapsTab.columns.map((c) => c.header));
    expect(excel.tables).toEqual([
      { name: "DistinctGapAnalysis", sheet: "Distinct Gap Analysis", address: "A1:N2" },
      { name: "Options", sheet: "Options", address: "A1:F2" },
    ]);
    expect(excel.validations("Distinct Gap Analysis").length).toBeGreaterThanOrEqual(6);
    expect(excel.formatting(DC)).toBe(before);
    expect(await addMissingTabs(ports(excel), model)).toEqual({ added: [] });
  });

  it("after a failure, makes again a begun tab that holds only its headers (the table had not been added) and gives it its dropdowns", async () => {
    const excel = new FakeExcel({
      [DC]: [headers, row(valid)],
      "Distinct Gap Analysis": [gapsTab.columns.map((c) => c.header).slice(0, 5)],
      Options: [optionsTab.columns.map((c) => c.header)],
    });
    await ports(excel).writer.write({ settings: { [ADDING_TABS_KEY]: ["gaps"] }, cells: [] });
    const outcome = await addMissingTabs(ports(excel), model);
    expect(outcome.added).toEqual(["Distinct Gap Analysis"]);
    expect(excel.texts("Distinct Gap Analysis")[0]).toEqual(gapsTab.columns.map((c) => c.header));
    expect(excel.tables).toEqual([{ name: "DistinctGapAnalysis", sheet: "Distinct Gap Analysis", address: "A1:N2" }]);
    expect(excel.validations("Distinct Gap Analysis").length).toBeGreaterThanOrEqual(6);
    expect(excel.validations("Options")).toEqual([]);
    expect(excel.settings[ADDING_TABS_KEY]).toBeUndefined();
  });

  it("after a failure, keeps a begun tab the analyst has typed into, adding only its dropdowns", async () => {
    const excel = new FakeExcel({
      [DC]: [headers, row(valid)],
      "Distinct Gap Analysis": [gapsTab.columns.map((c) => c.header), ["G01", "Data", "typed since"]],
      Options: [optionsTab.columns.map((c) => c.header)],
    });
    await ports(excel).writer.write({ settings: { [ADDING_TABS_KEY]: ["gaps"] }, cells: [] });
    const texts = excel.texts("Distinct Gap Analysis");
    await addMissingTabs(ports(excel), model);
    expect(excel.texts("Distinct Gap Analysis")).toEqual(texts);
    expect(excel.tables).toEqual([]);
    expect(excel.validations("Distinct Gap Analysis").length).toBeGreaterThanOrEqual(6);
    expect(excel.settings[ADDING_TABS_KEY]).toBeUndefined();
  });

  it("does not remake a tab it never began, even one holding only headers", async () => {
    const excel = new FakeExcel({
      [DC]: [headers, row(valid)],
      "Distinct Gap Analysis": [gapsTab.columns.map((c) => c.header)],
      Options: [optionsTab.columns.map((c) => c.header)],
    });
    expect(await addMissingTabs(ports(excel), model)).toEqual({ added: [] });
    expect(excel.requests.filter((request) => request.wrote)).toEqual([]);
  });
});
