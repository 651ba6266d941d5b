/** @jest-environment jsdom */
/** The Summary's bars say their counts in words with the right plural: "1 row", "3 rows with quality issues". */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import { CountBars } from "../../src/taskpane/CountBars";

describe("CountBars", () => {
  it("says one row as 1 row, and puts the qualifier after the plural", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <CountBars
          title="Quality issues per use case group"
          unit="row"
          qualifier="with quality issues"
          items={[
            { label: "PO", count: 1 },
            { label: "MO", count: 3 },
          ]}
        />
      </FluentProvider>,
    );
    const titles = within(screen.getByRole("region", { name: "Quality issues per use case group" }))
      .getAllByRole("listitem")
      .map((item) => item.getAttribute("title"));
    expect(titles).toEqual(["PO: 1 row with quality issues", "MO: 3 rows with quality issues"]);
  });
});
