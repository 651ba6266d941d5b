/**
 * For component tests of the whole pane over the real office adapters and the fake Excel: render
 * it, and check a state with axe (the page-level "region" rule aside: the pane is a fragment).
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import { axe } from "jest-axe";
import { App } from "../../src/taskpane/App";
import { officeOperations } from "../../src/taskpane/office-operations";
import type { FakeExcel } from "../../src/workbook/fake-excel/fake-excel";

export function renderOver(excel: FakeExcel): HTMLElement {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App {...officeOperations(excel.run)} />
    </FluentProvider>,
  ).container;
}

export async function noAxeViolations(container: Element): Promise<void> {
  const results = await axe(container, { rules: { region: { enabled: false } } });
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`)).toEqual([]);
}
