/**
 * Requests weighed by office.js's own client (excel-web-16.00.debug.js from @microsoft/office-js,
 * evaluated in jsdom; bench/office-js-client.ts): every adapter operation's largest request at
 * 10,000 rows is under Excel on the web's 5 MB, and the fake charges what office.js sends.
 */
import { measuredRun, officeJsClient, officeJsPath } from "../../../bench/office-js-client";
import { largestRequests, REQUEST_LIMIT } from "../../../bench/largest-requests";
import { FakeExcel } from "../../../src/workbook/fake-excel/fake-excel";
import { OfficeWorkbookFormatter } from "../../../src/workbook/office/office-formatter";
import { OfficeWorkbookWriter } from "../../../src/workbook/office/office-writer";

const client = officeJsClient();
const describeWithClient = client === undefined ? describe.skip : describe;
if (client === undefined)
  console.warn(`Skipping the office.js request sizes: ${officeJsPath} is missing (npm install).`);

describeWithClient("requests as office.js's own client builds them (excel-web-16.00)", () => {
  it("weighs about 500 bytes per single-cell write, as the fake charges", async () => {
    const excel = new FakeExcel({ S: [["a"]] });
    const measured = measuredRun(excel, client as NonNullable<typeof client>);
    const writer = new OfficeWorkbookWriter(measured.run, { undoGroups: () => false });
    // Every other row: 1,000 ranges of one cell each.
    await writer.write({
      cells: Array.from({ length: 1000 }, (_, i) => ({ sheet: "S", cell: `B${2 * i + 2}`, text: "v" })),
    });
    const officeJs = Math.max(...measured.sizes);
    expect(officeJs / 1000).toBeGreaterThan(300);
    expect(officeJs / 1000).toBeLessThan(700);
    const fake = Math.max(...excel.requests.map((request) => request.requestBytes));
    expect(fake / officeJs).toBeGreaterThan(0.8);
    expect(fake / officeJs).toBeLessThan(1.5);
  });

  it("budgets a conditional-format add at about 1,500 bytes: 5,000 scattered marks stay under 5 MB a request", async () => {
    const excel = new FakeExcel({ S: [["a"]] });
    const measured = measuredRun(excel, client as NonNullable<typeof client>);
    // Without RangeAreas (ExcelApi below 1.9) every run of cells is its own format.
    const formatter = new OfficeWorkbookFormatter(measured.run, { rangeAreas: () => false });
    await formatter.replaceHighlights([
      { sheet: "S", cells: Array.from({ length: 5000 }, (_, i) => `B${2 * i + 2}`), fill: "#FFC7CE", tag: "error" },
    ]);
    expect(excel.conditionalFormats("S")).toHaveLength(5000);
    expect(Math.max(...measured.sizes)).toBeLessThan(REQUEST_LIMIT);
    expect(Math.max(...measured.sizes)).toBeGreaterThan(1024 * 1024);
  });

  it("charges a listed item only in the requests that use it, as office.js makes items from a response", async () => {
    const excel = new FakeExcel({ S: [["a"]] });
    const formatter = new OfficeWorkbookFormatter(excel.run.bind(excel), { rangeAreas: () => false });
    await formatter.replaceHighlights([
      { sheet: "S", cells: Array.from({ length: 3000 }, (_, i) => `B${2 * i + 2}`), fill: "#FFC7CE", tag: "error" },
    ]);
    const measured = measuredRun(excel, client as NonNullable<typeof client>);
    await measured.run(async (context) => {
      const formats = context.workbook.worksheets.getItem("S").getRange().conditionalFormats.load("items/type");
      await context.sync();
      // Using one of 3,000 listed formats: its path alone, not 3,000 Instantiate actions (about 520 KB).
      formats.items[formats.items.length - 1]?.delete();
      await context.sync();
    });
    expect(excel.conditionalFormats("S")).toHaveLength(2999);
    expect(measured.sizes).toHaveLength(2);
    expect(measured.sizes[1]).toBeLessThan(2000);
  });

  it("keeps the largest request of every operation under 5 MB at 10,000 rows", async () => {
    const figures = (await largestRequests(10_000)) ?? [];
    console.log(figures.map((f) => `${f.operation}: ${f.requests} requests, largest ${f.largest} bytes`).join("\n"));
    expect(figures.map((figure) => figure.operation)).toEqual([
      "check",
      "auto-fill",
      "apply",
      "revert",
      "highlight",
      "clear",
      "dropdowns",
      "summary",
      "gaps",
      "live fill",
    ]);
    for (const figure of figures)
      expect({
        operation: figure.operation,
        under: figure.largest < REQUEST_LIMIT,
        some: figure.requests > 0,
        failed: figure.failed,
      }).toEqual({ operation: figure.operation, under: true, some: true, failed: undefined });
  }, 300_000);
});
