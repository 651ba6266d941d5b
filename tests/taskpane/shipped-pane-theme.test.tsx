/** @jest-environment jsdom */
/**
 * The add-in's own entry (src/taskpane/index.tsx, as Excel loads it, not the demo's) renders the pane
 * in Office's theme: over the fake office.js with `Office.context.officeTheme` dark, the pane's
 * Fluent theme is the dark one, and over a light Office theme the light one.
 */
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { screen, waitFor } from "@testing-library/react";
import { installFakeOffice, type OfficeThemeName } from "../../src/demo/fake-office";
import { FakeExcel } from "../../src/workbook/fake-excel/fake-excel";

/** The CSS custom properties Fluent's provider set for the pane, read from the style sheets it added. */
function providerVariables(): string {
  return [...document.styleSheets]
    .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
    .filter((text) => text.includes("--colorNeutralBackground1"))
    .join("\n");
}

async function openShippedPane(theme: OfficeThemeName): Promise<void> {
  // A fresh page: the provider's style sheet of an earlier test would answer for this one.
  document.head.replaceChildren();
  const container = document.createElement("div");
  container.id = "container";
  document.body.replaceChildren(container);
  const excel = new FakeExcel({ Sheet1: [["hello"]] });
  installFakeOffice(() => excel, { theme, run: excel.run });
  await jest.isolateModulesAsync(async () => {
    await import("../../src/taskpane/index");
  });
  await screen.findByRole("button", { name: /check workbook/i });
}

describe("the shipped pane's theme", () => {
  it("is Fluent's dark theme when Office's theme is dark", async () => {
    await openShippedPane("dark");
    await waitFor(() =>
      expect(providerVariables()).toContain(`--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`),
    );
    expect(providerVariables()).not.toContain(`--colorNeutralBackground1: ${webLightTheme.colorNeutralBackground1};`);
    expect(document.documentElement.style.colorScheme).toBe("dark");
  });

  it("is Fluent's light theme when Office's theme is light", async () => {
    await openShippedPane("light");
    await waitFor(() =>
      expect(providerVariables()).toContain(`--colorNeutralBackground1: ${webLightTheme.colorNeutralBackground1}`),
    );
    expect(document.documentElement.style.colorScheme).toBe("light");
  });
});
