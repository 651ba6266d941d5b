/** @jest-environment jsdom */
/**
 * "Export report" in the Review view: the chosen format saved through a Blob and an <a download>
 * (the report's formula-like text neutralised), or copied to the clipboard where a webview cannot
 * save; a failure said in words; axe finds nothing in any state. Also over the whole pane on the
 * fake Excel, from the Review view.
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { categorisationTab } from "../../src/sheets/tab-definitions";
import { ExportReport } from "../../src/taskpane/ExportReport";
import { saveText } from "../../src/taskpane/save-text";
import { FakeExcel } from "../../src/workbook/fake-excel/fake-excel";
import type { ExportedReport } from "../../src/app/export-report";
import type { PaneOperations } from "../../src/taskpane/pane-operations";
import { noAxeViolations, renderOver } from "../support/office-pane";
import { renderView } from "../support/render-view";
import { validCategorisation } from "../support/workbook-rows";
import { TextDecoder as NodeTextDecoder } from "node:util";

/** A Blob's text, its byte order mark kept (jsdom's Blob has no text(); FileReader's text drops the mark). */
function blobText(blob: Blob | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    if (blob === undefined) return reject(new Error("no blob"));
    const reader = new FileReader();
    reader.onload = () =>
      resolve(new NodeTextDecoder("utf-8", { ignoreBOM: true }).decode(new Uint8Array(reader.result as ArrayBuffer)));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

const exported: ExportedReport = {
  format: "html",
  fileName: "cer-review-2026-12-02.html",
  mimeType: "text/html;charset=utf-8",
  text: "<!DOCTYPE html>…",
  findings: 3,
};

function renderExport(
  exportReport: (format: string) => Promise<ExportedReport>,
  save = jest.fn(),
  copy = jest.fn(() => Promise.resolve()),
) {
  const container = renderView(<ExportReport save={save} copy={copy} />, {
    exportReport: exportReport as PaneOperations["exportReport"],
  });
  return { container, save, copy };
}

describe("Export report", () => {
  it("saves the chosen format and says what it saved", async () => {
    const exportReport = jest.fn((format: string) =>
      Promise.resolve({
        ...exported,
        format: format as ExportedReport["format"],
        fileName: `cer-review-2026-12-02.${format === "markdown" ? "md" : format}`,
      }),
    );
    const { container, save } = renderExport(exportReport);
    await noAxeViolations(container);
    fireEvent.change(screen.getByRole("combobox", { name: "Format" }), { target: { value: "markdown" } });
    fireEvent.click(screen.getByRole("button", { name: "Export report" }));
    expect(
      await screen.findByText("Saved cer-review-2026-12-02.md: the Markdown report with 3 findings."),
    ).toBeTruthy();
    expect(exportReport).toHaveBeenCalledWith("markdown");
    expect(save).toHaveBeenCalledWith("cer-review-2026-12-02.md", "text/html;charset=utf-8", "<!DOCTYPE html>…");
    await noAxeViolations(container);
  });

  it("copies the report where the webview cannot save, and says when the export failed", async () => {
    const exportReport = jest.fn().mockResolvedValueOnce(exported).mockRejectedValueOnce(new Error("Excel is busy."));
    const { copy } = renderExport(exportReport);
    fireEvent.click(screen.getByRole("button", { name: "Copy report" }));
    expect(await screen.findByText("Copied the Web page (HTML) report with 3 findings to the clipboard.")).toBeTruthy();
    expect(copy).toHaveBeenCalledWith(exported.text);
    fireEvent.click(screen.getByRole("button", { name: "Export report" }));
    expect(await screen.findByText("The report could not be exported")).toBeTruthy();
    expect(screen.getByText("Excel is busy.")).toBeTruthy();
  });

  it("saves through a Blob, an object URL and a click on an <a download>", async () => {
    const blobs: Blob[] = [];
    const createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return "blob:report";
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const clicked: HTMLAnchorElement[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    try {
      saveText("r.csv", "text/csv;charset=utf-8", '\uFEFF"\'=1+1"\r\n');
      expect(clicked.map((a) => [a.download, a.getAttribute("href")])).toEqual([["r.csv", "blob:report"]]);
      expect(document.querySelector("a[download]")).toBeNull();
      expect(blobs[0]?.type).toBe("text/csv;charset=utf-8");
      expect(await blobText(blobs[0])).toBe('\uFEFF"\'=1+1"\r\n');
    } finally {
      click.mockRestore();
    }
  });

  it("exports from the Review view of the pane over the fake Excel, formula-like text neutralised", async () => {
    const header = categorisationTab.columns.map((c) => c.header);
    const row = categorisationTab.columns.map((c) =>
      c.key === "informationCategory" ? '=HYPERLINK("http://evil.example","x")' : validCategorisation[c.key],
    );
    const excel = new FakeExcel({ "Data Categorisation": [header, row] });
    const blobs: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => (blobs.push(blob), "blob:report"),
      revokeObjectURL: () => undefined,
    });
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    try {
      const container = renderOver(excel);
      fireEvent.click(screen.getByRole("button", { name: "Review" }));
      const section = await screen.findByRole("region", { name: "Export report" }, { timeout: 10_000 });
      await noAxeViolations(container);
      fireEvent.change(within(section).getByRole("combobox", { name: "Format" }), { target: { value: "csv" } });
      fireEvent.click(within(section).getByRole("button", { name: "Export report" }));
      await waitFor(() => expect(blobs).toHaveLength(1), { timeout: 10_000 });
      const csv = await blobText(blobs[0]);
      expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
      expect(csv).toContain('"This workbook"');
      expect(
        await within(section).findByText(
          /^Saved cer-review-\d{4}-\d\d-\d\d\.csv: the CSV \(findings\) report with 1 finding\.$/,
        ),
      ).toBeTruthy();
    } finally {
      click.mockRestore();
    }
  });
});
