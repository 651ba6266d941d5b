/**
 * For component tests of one view on its own: rendered inside the pane's provider (which every view
 * reads its operations and state from), with stand-in operations that fail unless a test gives its own.
 */
import { AriaLiveAnnouncer, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import type { PaneOperations } from "../../src/taskpane/pane-operations";
import { PaneProvider } from "../../src/taskpane/PaneProvider";
import {
  compareUnavailable,
  definitionsUnavailable,
  gapsUnavailable,
  liveUnavailable,
  reportUnavailable,
  reviewUnavailable,
  summaryUnavailable,
  toolsUnavailable,
} from "./pane-operations";

const unavailable = () => Promise.reject(new Error("Not available in this test."));

export function renderView(view: ReactElement, operations: Partial<PaneOperations> = {}): HTMLElement {
  const all: PaneOperations = {
    validate: unavailable,
    goTo: unavailable,
    planAutoFill: unavailable,
    apply: unavailable,
    history: () => Promise.resolve([]),
    revert: unavailable,
    ...toolsUnavailable,
    ...liveUnavailable,
    ...reviewUnavailable,
    ...reportUnavailable,
    ...gapsUnavailable,
    ...summaryUnavailable,
    ...compareUnavailable,
    ...definitionsUnavailable,
    ...operations,
  };
  return render(
    <FluentProvider theme={webLightTheme}>
      <AriaLiveAnnouncer>
        <PaneProvider operations={all}>{view}</PaneProvider>
      </AriaLiveAnnouncer>
    </FluentProvider>,
  ).container;
}
