/** @jest-environment jsdom */
/**
 * The Review view over the real office adapters and the fake Excel: the consistency review shows
 * the rows of an object side by side with the disagreeing value marked, and making them agree goes
 * through the change preview and can be reverted; a finding accepted with a reason leaves the
 * counts and is listed with who and why; once its finding is gone it shows as stale and "Remove
 * stale" takes it away. Every state is checked with axe.
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { categorisationTab } from "../../src/sheets/tab-definitions";
import { FakeExcel } from "../../src/workbook/fake-excel/fake-excel";
import { WAIVERS_KEY } from "../../src/workflows/review/waivers";
import { validCategorisation, type CategorisationRow } from "../support/workbook-rows";
import { noAxeViolations, renderOver } from "../support/office-pane";
import { localTime } from "../../src/taskpane/local-time";

const DC = "Data Categorisation";
const rows: CategorisationRow[] = [
  { activity: "Publish forecasts", sensitivity: "Public" },
  { activity: "Receive forecasts", sensitivity: "Restricted" },
  {
    useCase: "Meter data services",
    activity: "Share meter data",
    informationObject: "Meter reads",
    informationCategory: "Telemetry (Devices)",
  },
];

function fake(): FakeExcel {
  return new FakeExcel({
    [DC]: [
      categorisationTab.columns.map((c) => c.header),
      ...rows.map((row) => categorisationTab.columns.map((c) => row[c.key] ?? validCategorisation[c.key])),
    ],
  });
}

/** Reading the workbook and loading the rules and the Review view's code take a while on a busy machine. */
const slow = { timeout: 10_000 };

async function openReview(): Promise<HTMLElement> {
  fireEvent.click(screen.getByRole("button", { name: "Review" }));
  return screen.findByRole("region", { name: "Consistency review" }, slow);
}

describe("the Review view", () => {
  it("shows the rows of an inconsistent object side by side and makes them agree through the preview, revertibly", async () => {
    const excel = fake();
    const container = renderOver(excel);
    const review = await openReview();
    const table = within(review).getByRole("table", { name: "Market forecast" });
    expect(within(table).getAllByRole("row")).toHaveLength(3);
    expect(within(table).getByRole("columnheader", { name: "Sensitivity" })).toBeTruthy();
    // The disagreeing value is marked, in words too.
    expect(within(table).getByText("Restricted").closest("mark")?.textContent).toBe("Restricted (differs)");
    expect(within(table).getByText("Public").closest("mark")).toBeNull();
    await noAxeViolations(container);

    fireEvent.change(within(review).getByRole("combobox", { name: "Value for every row" }), {
      target: { value: "Restricted" },
    });
    fireEvent.click(within(review).getByRole("button", { name: "Make rows agree…" }));
    const dialog = await screen.findByRole("dialog", {}, slow);
    expect(within(dialog).getByRole("rowheader", { name: "P2" })).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: "Apply 1 change" }));
    await waitFor(() => expect(excel.cell(DC, "P2").text).toBe("Restricted"), slow);
    expect(
      await screen.findByText("Every information object is categorised the same way on all its rows.", {}, slow),
    ).toBeTruthy();
    fireEvent.click(await screen.findByRole("button", { name: "Revert" }, slow));
    await waitFor(() => expect(excel.cell(DC, "P2").text).toBe("Public"), slow);
    expect(
      await within(await screen.findByRole("region", { name: "Consistency review" }, slow)).findByRole(
        "table",
        { name: "Market forecast" },
        slow,
      ),
    ).toBeTruthy();
  });

  it("accepts a finding with a reason, lists who and why, then shows it stale and removes it", async () => {
    const excel = fake();
    const container = renderOver(excel);
    await openReview();
    const toAccept = screen.getByRole("region", { name: "Findings to accept" });
    fireEvent.click(
      within(toAccept).getByRole("button", { name: "Accept J4 on Data Categorisation: category.unknown" }),
    );
    const form = within(toAccept).getByRole("form", { name: "Accept J4" });
    expect(within(form).getByRole("button", { name: "Accept" }).hasAttribute("disabled")).toBe(true);
    await noAxeViolations(container);
    fireEvent.change(within(form).getByRole("textbox", { name: /Reason/ }), {
      target: { value: "Vendor term agreed with the working group" },
    });
    fireEvent.change(within(form).getByRole("textbox", { name: "Accepted by" }), { target: { value: "Ana" } });
    fireEvent.click(within(form).getByRole("button", { name: "Accept" }));

    const waivers = await screen.findByRole("list", { name: "Waivers kept in the workbook" }, slow);
    // When, in the analyst's own time zone and words ("6 Dec 2026"), not as the ISO time kept.
    expect(
      within(waivers).getByText(
        "“Vendor term agreed with the working group” — Ana, " + localTime(new Date().toISOString(), "date"),
      ),
    ).toBeTruthy();
    expect(within(waivers).getByText("Accepted")).toBeTruthy();
    expect(excel.settings[WAIVERS_KEY]).toHaveLength(1);
    expect(screen.getByRole("status", { name: "Summary" }).textContent).toMatch(/No errors found.*1 accepted/);
    expect(
      within(screen.getByRole("region", { name: "Findings to accept" })).queryByRole("button", { name: /^Accept J4/ }),
    ).toBeNull();
    // The next acceptance offers the same reviewer's name.
    fireEvent.click(
      within(screen.getByRole("region", { name: "Findings to accept" })).getByRole("button", {
        name: "Accept P3 on Data Categorisation: object.sensitivity-inconsistent",
      }),
    );
    expect(
      (
        within(screen.getByRole("form", { name: "Accept P3" })).getByRole("textbox", {
          name: "Accepted by",
        }) as HTMLInputElement
      ).value,
    ).toBe("Ana");
    await noAxeViolations(container);

    // The Check view counts it out and lists it no more (the Review view keeps who accepted it).
    fireEvent.click(screen.getByRole("button", { name: "Check" }));
    fireEvent.click(screen.getByRole("button", { name: /check workbook/i }));
    expect((await screen.findByRole("status", { name: "Summary" }, slow)).textContent).toMatch(/0 errors.*1 accepted/);
    expect(screen.queryByTitle("Go to J4")).toBeNull();

    // The category is corrected: the waiver is stale.
    excel.setCell(DC, "J4", "Forecast");
    await openReview();
    const stale = await screen.findByRole("list", { name: "Waivers kept in the workbook" }, slow);
    expect(within(stale).getByText("Stale")).toBeTruthy();
    expect(screen.getByText("1 waiver no longer matches a finding.")).toBeTruthy();
    await noAxeViolations(container);
    fireEvent.click(screen.getByRole("button", { name: "Remove stale" }));
    expect(await screen.findByText("No findings accepted in this workbook.", {}, slow)).toBeTruthy();
    expect(excel.settings[WAIVERS_KEY]).toBeUndefined();
  });
});
