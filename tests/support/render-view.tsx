/**
 * For component tests of one view on its own: rendered inside the pane's provider (which every view
 * reads its operations and state from), with stand-in operations that fail unless a test gives its own.
 */
import { AriaLiveAnnouncer, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import type { PaneOperations } from "../../src/taskpane/pane-operations";
import { PaneProvider } from "../../src/taskpane/PaneProvider";
import { unavailablePaneOperations } from "./pane-operations";

export function renderView(view: ReactElement, operations: Partial<PaneOperations> = {}): HTMLElement {
  const all = unavailablePaneOperations(operations);
  return render(
    <FluentProvider theme={webLightTheme}>
      <AriaLiveAnnouncer>
        <PaneProvider operations={all}>{view}</PaneProvider>
      </AriaLiveAnnouncer>
    </FluentProvider>,
  ).container;
}
