/** The task pane's entry: once Office is ready, render <App> over the open workbook, in Office's theme. */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { officeOperations } from "./office-operations";
import { PaneRoot } from "./PaneRoot";

void Office.onReady(() => {
  const container = document.getElementById("container");
  if (container === null) return;
  const operations = officeOperations();
  createRoot(container).render(
    <PaneRoot>
      <App {...operations} />
    </PaneRoot>,
  );
});
