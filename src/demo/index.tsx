/**
 * The demo page's entry: the stand-in Office over the in-memory Excel, the bundled sample workbook
 * (seeds/sample-workbook.xlsx, served beside the page) opened into it, then the page. `?theme=dark`
 * plays Office's dark theme, which the page follows through Office.context.officeTheme in the same
 * root as the add-in's pane (PaneRoot: the theme and the screen readers' live region).
 */
import { createRoot } from "react-dom/client";
import { DemoApp } from "./DemoApp";
import { DemoSession } from "./demo-session";
import { openDemoWorkbook } from "./demo-workbook";
import { PaneRoot } from "../taskpane/PaneRoot";
import { installFakeOffice } from "./fake-office";

const sampleFile = "sample-workbook.xlsx";

async function start(): Promise<void> {
  const container = document.getElementById("container");
  if (container === null) return;
  const theme = new URLSearchParams(window.location.search).get("theme") === "dark" ? "dark" : "light";
  const response = await fetch(sampleFile);
  if (!response.ok) throw new Error(`demo: the sample workbook did not load (${response.status})`);
  const session = new DemoSession(openDemoWorkbook(sampleFile, new Uint8Array(await response.arrayBuffer())));
  installFakeOffice(() => session.excel, { theme, run: session.run, fileName: () => session.workbook.fileName });
  // Exposed for looking around in devtools.
  Object.assign(window, { demo: session });
  await Office.onReady();
  createRoot(container).render(
    <PaneRoot>
      <DemoApp session={session} theme={theme} />
    </PaneRoot>,
  );
}

void start();
