/**
 * Stands in for office.js where no Excel runs (the browser demo and the Chromium test harness), with
 * only what the pane uses: `Office.onReady` (resolving at once), `Office.context.requirements.isSetSupported`
 * (the reader asks whether merged areas can be read), `Office.context.officeTheme` (light or dark, as
 * Office reports its theme), `Office.context.document.url` (the open file's name, which titles the
 * exported report), and `Excel.run` over a strict in-memory fake Excel. The fake is looked up
 * on every call, so the demo can open another workbook without reinstalling the globals.
 */
import type { FakeExcel } from "../workbook/fake-excel/fake-excel";
import type { ExcelRun } from "../workbook/office/excel-run";

export type OfficeThemeName = "light" | "dark";

type OnReady = typeof Office.onReady;

/** Office's own colours for its White and Black themes (Office.context.officeTheme). */
const officeThemes: Record<OfficeThemeName, Office.OfficeTheme> = {
  light: {
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#000000",
    controlBackgroundColor: "#FFFFFF",
    controlForegroundColor: "#262626",
    isDarkTheme: false,
  } as Office.OfficeTheme,
  dark: {
    bodyBackgroundColor: "#262626",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#404040",
    controlForegroundColor: "#FFFFFF",
    isDarkTheme: true,
  } as Office.OfficeTheme,
};

/** Installs `Office` and `Excel` as globals over `excel()`; `run` may wrap the fake's own run (the demo refreshes its grid after each). */
export function installFakeOffice(
  excel: () => FakeExcel,
  options: { theme?: OfficeThemeName; run?: ExcelRun; fileName?: () => string } = {},
): void {
  // What office.js passes at run time (its enums are strings there, though @types/office-js declares
  // them numeric); the pane ignores it, but the fake should not invent other values.
  const readyInfo = {
    host: "Excel" as unknown as Office.HostType,
    platform: "OfficeOnline" as unknown as Office.PlatformType,
  };
  const onReady: OnReady = (callback) =>
    Promise.resolve(readyInfo).then((info) => {
      callback?.(info);
      return info;
    });
  /** The fake answers for the ExcelApi versions it models (1.20 by default: undo groups included). */
  const requirements: Pick<Office.RequirementSetSupport, "isSetSupported"> = {
    isSetSupported: (name: string, minVersion?: string | number) => excel().isSetSupported(name, minVersion),
  };
  const run: ExcelRun =
    options.run ??
    (((...args: Parameters<ExcelRun>) => (excel().run as (...a: unknown[]) => Promise<unknown>)(...args)) as ExcelRun);
  const officeTheme = officeThemes[options.theme ?? "light"];
  // The pane reads `Office` and `Excel` as globals (office.js's script tag defines them in Office).
  // Office gives the document's URL (a path or web address ending in its file name); the demo's file has only a name.
  const fileName = options.fileName;
  const document =
    fileName === undefined
      ? undefined
      : {
          get url() {
            return fileName();
          },
        };
  Object.assign(window, {
    Office: { onReady, context: { requirements, officeTheme, ...(document === undefined ? {} : { document }) } },
    Excel: { run },
  });
}
