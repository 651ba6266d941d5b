/** The task pane's entry: once Office is ready, render <App> over the open workbook. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { officeOperations } from "./office-operations";

void Office.onReady(() => {
  const container = document.getElementById("container");
  if (container === null) return;
  const operations = officeOperations();
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App {...operations} />
    </FluentProvider>,
  );
});
