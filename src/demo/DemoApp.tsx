/**
 * The demo page: a spreadsheet view of the open workbook on the left, the REAL task pane (<App> over
 * officeOperations) on the right, both over the in-memory Excel. The grid follows the pane: after
 * each request it shows what the workbook holds, and when the pane selects a cell the grid selects it
 * too. Open reads an .xlsx in the browser; Download writes the changed cell values back into it.
 */
import { Button, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, FolderOpenRegular } from "@fluentui/react-icons";
import { memo, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ChangeEvent } from "react";
import { App } from "../taskpane/App";
import { errorMessage } from "../taskpane/error-message";
import { officeOperations } from "../taskpane/office-operations";
import type { PaneOperations } from "../taskpane/pane-operations";
import { cellAddress } from "../workbook/cell-address";
import { parseA1 } from "../workbook/fake-excel/address";
import type { DemoSession } from "./demo-session";
import { downloadBytes, downloadName, openDemoWorkbook } from "./demo-workbook";
import { SheetGrid, type GridCell } from "./SheetGrid";
import { SheetTabs } from "./SheetTabs";
import { saveText } from "../taskpane/save-text";
import { plural } from "../text/plural";
import type { OfficeThemeName } from "./fake-office";

const useStyles = makeStyles({
  shell: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  note: { flexBasis: "100%", color: tokens.colorNeutralForeground2 },
  body: { display: "flex", flex: "1 1 auto", minHeight: 0 },
  workbook: { display: "flex", flexDirection: "column", flex: "1 1 auto", minWidth: 0 },
  formulaBar: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  nameBox: {
    minWidth: "64px",
    padding: "2px 6px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    fontFamily: tokens.fontFamilyMonospace,
  },
  content: {
    flex: "1 1 auto",
    minWidth: 0,
    padding: "2px 6px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    minHeight: "1.4em",
  },
  pane: {
    flex: "0 0 360px",
    overflowY: "auto",
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  hidden: { display: "none" },
});

/** "'Data Categorisation'!J4" -> the cell J4 (the top-left cell of a range). */
function cellOfSelection(selection: string | undefined): GridCell | undefined {
  const address = selection?.slice(selection.lastIndexOf("!") + 1);
  const range = address === undefined ? undefined : parseA1(address);
  return range === undefined ? undefined : { row: range.top, col: range.left - 1 };
}

/** Marks the pane's first paint, which the end-to-end suite reads (performance "pane-first-render"). */
function FirstRenderMark() {
  useEffect(() => {
    requestAnimationFrame(() => {
      if (performance.getEntriesByName("pane-first-render").length === 0) performance.mark("pane-first-render");
    });
  }, []);
  return null;
}

/**
 * The pane, rendered again only when its operations change, as in Office, where nothing above it
 * re-renders: the grid's refreshes after every request must not reach it (its panels read the
 * workbook again when their operations change, which would refresh the grid again, and so on).
 */
const TaskPane = memo(function TaskPane({ operations }: { operations: PaneOperations }) {
  return <App {...operations} />;
});

export function DemoApp({ session, theme }: { session: DemoSession; theme: OfficeThemeName }) {
  const styles = useStyles();
  const version = useSyncExternalStore(session.subscribe, session.snapshot);
  const { excel, fileName } = session.workbook;
  const [opened, setOpened] = useState(0);
  const [sheet, setSheet] = useState(excel.activeSheet);
  const [selected, setSelected] = useState<GridCell>({ row: 1, col: 0 });
  const [reveal, setReveal] = useState(0);
  const [message, setMessage] = useState<{ text: string; error: boolean }>();
  const fileInput = useRef<HTMLInputElement>(null);
  const operations = useMemo(() => officeOperations(session.run), [session]);
  const seen = useRef({ excel, activeSheet: excel.activeSheet, selection: excel.selection });

  // The pane went to a cell (or another workbook was opened): the grid follows.
  useEffect(() => {
    const last = seen.current;
    if (last.excel === excel && last.activeSheet === excel.activeSheet && last.selection === excel.selection) return;
    seen.current = { excel, activeSheet: excel.activeSheet, selection: excel.selection };
    setSheet(excel.activeSheet);
    const cell = last.excel === excel ? cellOfSelection(excel.selection) : { row: 1, col: 0 };
    if (cell !== undefined) {
      setSelected(cell);
      setReveal((n) => n + 1);
    }
  }, [excel, version]);

  // Hidden sheets (the add-in's "CER Lists") have no tab, as in Excel.
  const sheetNames = excel.sheetNames.filter((name) => excel.visibility(name) === "Visible");
  const shownSheet = sheetNames.includes(sheet) ? sheet : (sheetNames[0] ?? "");
  const address = cellAddress(selected.row, selected.col);
  const content = shownSheet === "" ? "" : excel.cell(shownSheet, address).text;

  async function openFile(event: ChangeEvent<HTMLInputElement>): Promise<void> {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = "";
    if (file === undefined) return;
    try {
      const workbook = openDemoWorkbook(file.name, new Uint8Array(await file.arrayBuffer()));
      session.open(workbook);
      setOpened((n) => n + 1);
      setMessage({
        text: `Opened ${file.name} (${plural(workbook.excel.sheetNames.length, "sheet")}), read in this browser.`,
        error: false,
      });
    } catch (error) {
      setMessage({ text: `${file.name} could not be opened: ${errorMessage(error)}`, error: true });
    }
  }

  async function download(): Promise<void> {
    try {
      const outcome = await downloadBytes(session.workbook);
      const name = downloadName(fileName);
      saveText(name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", outcome.bytes);
      const skipped = outcome.skipped.length === 0 ? "" : ` Not written (formulas): ${outcome.skipped.join("; ")}.`;
      setMessage({
        text: `Downloaded ${name} with ${plural(outcome.written, "changed cell")}.${skipped}`,
        error: false,
      });
    } catch (error) {
      setMessage({ text: `The workbook could not be written: ${errorMessage(error)}`, error: true });
    }
  }

  const otherTheme = theme === "dark" ? "light" : "dark";
  return (
    <div className={styles.shell}>
      <header className={styles.header}>
        <h1 className={styles.title}>CER data categorisation: the add-in, without Excel</h1>
        <Text weight="semibold">{fileName}</Text>
        <input
          ref={fileInput}
          className={styles.hidden}
          type="file"
          accept=".xlsx,.xlsm"
          aria-label="Open a workbook"
          onChange={(event) => void openFile(event)}
        />
        <Button icon={<FolderOpenRegular />} onClick={() => fileInput.current?.click()}>
          Open workbook…
        </Button>
        <Button icon={<ArrowDownloadRegular />} onClick={() => void download()}>
          Download
        </Button>
        <Link href={`?theme=${otherTheme}`}>{`${otherTheme === "dark" ? "Dark" : "Light"} theme`}</Link>
        <Text className={styles.note} size={200}>
          Everything runs in this browser: a workbook you open is read here and never uploaded. Download writes the
          changed cell values into your file and keeps everything else in it; formatting the add-in adds here
          (highlights, dropdowns) and tabs it adds are not part of the download.
        </Text>
        <div role="status" className={styles.note}>
          {message === undefined || message.error ? null : message.text}
        </div>
        <div role="alert" className={styles.note}>
          {message?.error === true ? message.text : null}
        </div>
      </header>
      <div className={styles.body}>
        <section className={styles.workbook} aria-label="Workbook">
          <div className={styles.formulaBar}>
            <output className={styles.nameBox} aria-label="Selected cell" aria-live="off">
              {address}
            </output>
            <output className={styles.content} aria-label="Cell content" aria-live="off" title={content}>
              {content}
            </output>
          </div>
          {shownSheet === "" ? null : (
            <SheetGrid
              key={`${opened}|${shownSheet}`}
              excel={excel}
              sheet={shownSheet}
              version={version}
              selected={selected}
              revealRequest={reveal}
              onSelect={(cell) => {
                setSelected(cell);
                session.userSelect(shownSheet, cellAddress(cell.row, cell.col));
                // The grid made this selection: nothing for the effect above to follow.
                seen.current = { excel, activeSheet: excel.activeSheet, selection: excel.selection };
              }}
              onEdit={(cell, text) => session.userEdit(shownSheet, cell, text)}
            />
          )}
          <SheetTabs sheets={sheetNames} selected={shownSheet} onSelect={setSheet} />
        </section>
        <section className={styles.pane} aria-label="Task pane">
          <TaskPane key={opened} operations={operations} />
          <FirstRenderMark />
        </section>
      </div>
    </div>
  );
}
