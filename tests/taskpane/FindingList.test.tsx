/** @jest-environment jsdom */
/** A huge report renders a page at a time, with a button for the rest. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import type { Finding } from "../../src/check/finding";
import { FindingList, findingsPerPage } from "../../src/taskpane/FindingList";

const findings: Finding[] = Array.from({ length: 450 }, (_, i) => ({
  sheet: "Data Categorisation",
  cell: `B${i + 2}`,
  row: i + 2,
  column: "Use Case",
  rule: "required.missing",
  severity: "error",
  message: `Use Case is empty on row ${i + 2}.`,
  value: "",
}));

it("renders the first page and shows more on request", () => {
  // Counted with querySelectorAll: role queries over hundreds of items are slow in jsdom.
  const { container } = render(
    <FluentProvider theme={webLightTheme}>
      <FindingList groups={[{ sheet: "Data Categorisation", findings }]} onOpen={() => undefined} />
    </FluentProvider>,
  );
  expect(container.querySelectorAll("li")).toHaveLength(findingsPerPage);
  fireEvent.click(screen.getByText("Show more (250 not shown)"));
  expect(container.querySelectorAll("li")).toHaveLength(2 * findingsPerPage);
  fireEvent.click(screen.getByText("Show more (50 not shown)"));
  expect(container.querySelectorAll("li")).toHaveLength(450);
  expect(screen.queryByText(/Show more/)).toBeNull();
});
