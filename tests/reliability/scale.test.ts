/**
 * Scale on the fake Excel, whose 5 MB request and response limits are Excel on the web's: a batch
 * of 60,000 cells whose change record is several MB (kept on a very hidden sheet) applies and reverts with every
 * request and response under 5 MB. Before the record was read back in blocks, Revert read it in one
 * response of the record's whole size and failed with ResponsePayloadSizeLimitExceeded (found by the
 * 100,000-row figure in `npm run bench -- office`, bench/scale-figure.ts).
 */
import { FakeExcel } from "../../src/workbook/fake-excel/fake-excel";
import { OfficeWorkbookWriter } from "../../src/workbook/office/office-writer";
import { applyChanges } from "../../src/workflows/changes/apply-changes";
import type { ProposedChange } from "../../src/workflows/changes/proposed-change";
import { revertBatch } from "../../src/workflows/changes/revert-batch";

const LIMIT = 5 * 1024 * 1024;

it("applies and reverts 60,000 cells with a record of several MB, every request and response under 5 MB", async () => {
  const excel = new FakeExcel({ S: [["header"]] });
  const writer = new OfficeWorkbookWriter(excel.run, { undoGroups: () => true });
  // 60,000 cells of lookup-sized text (ten columns of 6,000), as a 20,000-row auto-fill writes:
  // reads and writes of the cells stay small, the record of them all is several MB.
  const text = "Conduct operational planning and forecasting";
  const changes: ProposedChange[] = Array.from({ length: 60_000 }, (_, i) => {
    const row = (i % 6_000) + 2;
    return {
      sheet: "S",
      cell: `${String.fromCharCode(65 + Math.floor(i / 6_000))}${row}`,
      row,
      column: "",
      value: `${text} ${i}`,
      kind: "fill",
      applicability: "safe",
      expected: "",
      reason: "",
    };
  });
  const { batch, applied } = await applyChanges(writer, changes, { label: "big", source: "pane" });
  expect(applied).toHaveLength(60_000);
  const outcome = await revertBatch(writer, batch?.id ?? "");
  expect(outcome).toMatchObject({ restored: 60_000, kept: [] });
  expect(excel.cell("S", "J6001").text).toBe("");
  expect(Math.max(...excel.requests.map((r) => r.responseBytes))).toBeGreaterThan(1024 * 1024); // the record was read back
  expect(Math.max(...excel.requests.map((r) => Math.max(r.requestBytes, r.responseBytes)))).toBeLessThan(LIMIT);
});
