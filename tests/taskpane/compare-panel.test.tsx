/** @jest-environment jsdom */
/**
 * The Compare view over the real office adapter and the strict fake Excel: an earlier copy picked as
 * a file is read in the pane, the changed cells show with before and after and go to their cell,
 * the findings introduced show, the comparison exports, and Mark as reviewed then shows what changed
 * since without the file. Axe-clean.
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { categorisationTab } from "../../src/sheets/tab-definitions";
import { FakeExcel } from "../../src/workbook/fake-excel/fake-excel";
import { inlineStringCell } from "../../src/workbook/xlsx/inline-string-xml";
import { cellAddress } from "../../src/workbook/cell-address";
import { noAxeViolations, renderOver } from "../support/office-pane";
import { buildXlsx, worksheetXml } from "../support/xlsx-package-builder";
import { validCategorisation } from "../support/workbook-rows";
import { TextDecoder as NodeTextDecoder } from "node:util";
import { fileBytes } from "../../src/taskpane/file-bytes";

// jsdom has no TextDecoder; every browser and Office webview does.
beforeAll(() => {
  if (typeof globalThis.TextDecoder === "undefined") Object.assign(globalThis, { TextDecoder: NodeTextDecoder });
});

const objects = ["Market forecast", "Network constraints", "Outage schedule"];

function rows(edit: (row: Record<string, string>, i: number) => void = () => undefined): string[][] {
  const headers = categorisationTab.columns.map((c) => c.header);
  return [
    headers,
    ...objects.map((object, i) => {
      const row: Record<string, string> = { ...validCategorisation, informationObject: object };
      edit(row, i);
      return categorisationTab.columns.map((c) => row[c.key] ?? "");
    }),
  ];
}

/** The rows as an .xlsx file (inline strings), as the analyst's earlier copy. */
function xlsxFile(grid: string[][], name: string): File {
  const sheetData = grid
    .map(
      (cells, r) =>
        `<row r="${r + 1}">${cells.map((text, c) => inlineStringCell("", cellAddress(r + 1, c), undefined, text)).join("")}</row>`,
    )
    .join("");
  const bytes = buildXlsx({ sheets: [{ name: "Data Categorisation", xml: worksheetXml(sheetData) }] });
  return new File([bytes as BlobPart], name, {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
}

function pick(file: File): void {
  fireEvent.change(screen.getByLabelText("Earlier copy (.xlsx)"), { target: { files: [file] } });
}

describe("the Compare view", () => {
  it("compares with an earlier copy: changed cells before and after, go to the cell, findings introduced", async () => {
    // Now: Network constraints is Critical, and Outage schedule has an unknown sensitivity.
    const excel = new FakeExcel({
      "Data Categorisation": rows((row, i) => {
        if (i === 1) row.sensitivity = "Critical";
        if (i === 2) row.sensitivity = "Secret";
      }),
    });
    const container = renderOver(excel);
    fireEvent.click(screen.getByRole("button", { name: "Compare" }));
    expect(await screen.findByText("This workbook has not been marked as reviewed yet.")).toBeTruthy();
    pick(xlsxFile(rows(), "categorisation-v1.xlsx"));
    const changed = await screen.findByRole("list", { name: "Changed rows on Data Categorisation" }, { timeout: 5000 });
    expect(
      within(changed)
        .getAllByRole("listitem")
        .filter((li) => li.parentElement === changed),
    ).toHaveLength(2);
    expect(
      within(changed).getByText(
        "Row 3: Forecast and Planning Operations / Publish demand and market forecasts / Network constraints",
      ),
    ).toBeTruthy();
    expect(within(changed).getAllByLabelText("before “Public”")).toHaveLength(2);
    expect(within(changed).getByLabelText("after “Critical”")).toBeTruthy();
    fireEvent.click(within(changed).getByRole("button", { name: "Go to P3 (Sensitivity)" }));
    await waitFor(() => expect(excel.selection).toBe("'Data Categorisation'!P3"));

    const introduced = screen.getByRole("list", { name: "Findings introduced" });
    expect(within(introduced).getByText(/^Error: /)).toBeTruthy();
    fireEvent.click(within(introduced).getByRole("button", { name: "Go to P4 on Data Categorisation" }));
    await waitFor(() => expect(excel.selection).toBe("'Data Categorisation'!P4"));
    expect(
      screen.getByText(
        /^categorisation-v1\.xlsx → This workbook: 0 rows added, 0 removed, 2 changed, 0 moved; 1 finding introduced \(1 error\), 0 resolved\.$/,
      ),
    ).toBeTruthy();
    await noAxeViolations(container);

    // The export goes through the same renderers as cerdc diff; the download is caught here.
    const blobs: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => (blobs.push(blob), "blob:comparison"),
      revokeObjectURL: () => undefined,
    });
    const names: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    try {
      fireEvent.click(screen.getByRole("button", { name: "Export comparison" }));
      await waitFor(() => expect(names).toHaveLength(1));
    } finally {
      click.mockRestore();
    }
    expect(names[0]).toMatch(/^cer-changes-\d{4}-\d\d-\d\d\.html$/);
    const page = new NodeTextDecoder().decode(await fileBytes(blobs[0] as Blob));
    expect(page).toContain("<td>Critical</td>");
    expect(screen.getByText(/^Saved cer-changes-/)).toBeTruthy();
  });

  it("says what could not be read, without crashing", async () => {
    renderOver(new FakeExcel({ "Data Categorisation": rows() }));
    fireEvent.click(screen.getByRole("button", { name: "Compare" }));
    pick(new File(["not a workbook"], "notes.xlsx"));
    expect(await screen.findByText("notes.xlsx could not be compared")).toBeTruthy();
  });

  it("marks the workbook as reviewed, then shows what changed since without the earlier file", async () => {
    const excel = new FakeExcel({ "Data Categorisation": rows() });
    const container = renderOver(excel);
    fireEvent.click(screen.getByRole("button", { name: "Compare" }));
    fireEvent.click(await screen.findByRole("button", { name: "Mark as reviewed" }));
    expect(await screen.findByText(/Marked as reviewed: 3 rows and 0 findings remembered/)).toBeTruthy();
    expect(await screen.findByText(/Last reviewed .*: 0 rows changed, 0 added, 0 removed\./)).toBeTruthy();
    // The analyst edits a cell; the pane's view reloads with the next version.
    excel.userEdit("Data Categorisation", "P3", "Secret");
    fireEvent.click(screen.getByRole("button", { name: "Check" }));
    fireEvent.click(screen.getByRole("button", { name: "Compare" }));
    const since = await screen.findByRole("list", { name: "Rows changed or added since the last review" });
    fireEvent.click(within(since).getByRole("button", { name: "Go to changed row 3 on Data Categorisation" }));
    await waitFor(() => expect(excel.selection).toBe("'Data Categorisation'!A3"));
    expect(screen.getByRole("list", { name: "Findings introduced" })).toBeTruthy();
    await noAxeViolations(container);
  });
});
