/**
 * A lean spreadsheet view of one sheet of the in-memory Excel: an ARIA grid with column letters and
 * row numbers, one selected cell (arrow keys, Home/End, Page Up/Down; a click), editing in the cell
 * (Enter or F2, or just typing; Enter or Tab commits, Escape cancels; Delete clears), conditional-format
 * fills (the add-in's highlights) and a dropdown mark on cells with a list rule, whose values the
 * cell's editor offers. Only the rows in view are rendered, so a long sheet scrolls as fast as a short one.
 * The sheet's header row (and any title rows above it) stays in view as the sheet scrolls, as with
 * Excel's Freeze Panes, so after a jump far down the columns are still named.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Fragment, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { cellAddress, columnLetter } from "../workbook/cell-address";
import { parseA1 } from "../workbook/fake-excel/address";
import type { FakeExcel } from "../workbook/fake-excel/fake-excel";
import type { CellRange } from "../workbook/port";

export interface GridCell {
  /** 1-based row. */
  row: number;
  /** 0-based column (A = 0). */
  col: number;
}

export interface SheetGridProps {
  excel: FakeExcel;
  sheet: string;
  /** Moves whenever the workbook may have changed. */
  version: number;
  selected: GridCell;
  /** A new value asks the grid to bring the selected cell into view (the pane went to it). */
  revealRequest: number;
  onSelect: (cell: GridCell) => void;
  onEdit: (address: string, text: string) => void;
}

const ROW_HEIGHT = 24;
const HEADER_WIDTH = 48;
const COLUMN_WIDTH = 140;
const OVERSCAN = 8;

const useStyles = makeStyles({
  scroller: {
    overflow: "auto",
    flex: "1 1 auto",
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    position: "relative",
  },
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    tableLayout: "fixed",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
  },
  corner: { width: `${HEADER_WIDTH}px` },
  column: { width: `${COLUMN_WIDTH}px` },
  header: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    height: `${ROW_HEIGHT}px`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  rowHeader: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    textAlign: "center",
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  activeHeader: {
    backgroundColor: tokens.colorNeutralBackground3Selected,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  cell: {
    height: `${ROW_HEIGHT - 1}px`,
    padding: "0 4px",
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    position: "relative",
    cursor: "cell",
    outlineStyle: "none",
  },
  // Highlight fills are light, as in Excel: their text stays dark in either theme.
  filled: { color: "#000000" },
  selected: { boxShadow: `inset 0 0 0 2px ${tokens.colorBrandStroke1}` },
  dropdown: {
    position: "absolute",
    right: "2px",
    top: 0,
    color: tokens.colorNeutralForeground2,
    pointerEvents: "none",
  },
  // A frozen row's cells: opaque, so the rows scrolling beneath them do not show through.
  frozen: {
    position: "sticky",
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  frozenHeader: { zIndex: 3 },
  editor: {
    width: "100%",
    height: "100%",
    boxSizing: "border-box",
    border: "none",
    padding: "0 2px",
    font: "inherit",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

interface Fill {
  ranges: CellRange[];
  fill: string;
}

interface ListRule {
  ranges: CellRange[];
  options: string[];
}

/** The rows frozen at the top: down to the header row, the first of the first ten with three or more values; none if no row is. */
export function frozenRowCount(texts: readonly (readonly string[])[]): number {
  const header = texts.slice(0, 10).findIndex((cells) => cells.filter((text) => text !== "").length >= 3);
  return header + 1;
}

const inside = (ranges: readonly CellRange[], row: number, column: number) =>
  ranges.some((r) => row >= r.top && row <= r.bottom && column >= r.left && column <= r.right);

function areas(address: string): CellRange[] {
  return address.split(",").flatMap((part) => parseA1(part.trim()) ?? []);
}

/** A list rule's values: "A,B,C", or a reference ("='Lists'!$A$2:$A$9") read from the workbook. */
function listOptions(excel: FakeExcel, source: string): string[] {
  if (!source.startsWith("=")) return source.split(",").map((value) => value.trim());
  const match = /^=(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(source);
  const sheet = match === null ? undefined : (match[1]?.replace(/''/g, "'") ?? match[2]);
  const range = match?.[3] === undefined ? undefined : parseA1(match[3]);
  if (sheet === undefined || range === undefined || !excel.sheetNames.includes(sheet)) return [];
  const texts = excel.texts(sheet);
  const values: string[] = [];
  for (let row = range.top; row <= Math.min(range.bottom, texts.length); row++) {
    for (let column = range.left; column <= range.right; column++) {
      const text = texts[row - 1]?.[column - 1] ?? "";
      if (text !== "") values.push(text);
    }
  }
  return values;
}

/** What the sheet shows: its texts, the fills of its conditional formats and its list rules. */
function readSheet(excel: FakeExcel, sheet: string) {
  const texts = excel.texts(sheet);
  const fills: Fill[] = excel
    .conditionalFormats(sheet)
    .flatMap((cf) => (cf.fill === null ? [] : [{ ranges: areas(cf.ranges), fill: cf.fill }]));
  const lists: ListRule[] = excel.validations(sheet).flatMap((v) => {
    const list = v.rule.list as { source?: unknown } | undefined;
    return typeof list?.source === "string"
      ? [{ ranges: areas(v.ranges), options: listOptions(excel, list.source) }]
      : [];
  });
  return { texts, fills, lists };
}

export function SheetGrid({ excel, sheet, version, selected, revealRequest, onSelect, onEdit }: SheetGridProps) {
  const styles = useStyles();
  // Read again whenever the workbook moved on (`version`); the grid never writes to it but through onEdit.
  const { texts, fills, lists } = useMemo(() => ({ ...readSheet(excel, sheet), version }), [excel, sheet, version]);
  const frozen = useMemo(() => frozenRowCount(texts), [texts]);
  const scroller = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState({ top: 0, left: 0 });
  const [view, setView] = useState({ height: 600, width: 900 });
  const scrollTop = scroll.top;
  const viewHeight = view.height;
  const [editing, setEditingState] = useState<{ text: string } | undefined>();
  const focusCell = useRef(false);
  // Whether the open editor's blur should commit: not after Escape, Enter or Tab already ended it.
  const editorOpen = useRef(false);
  function setEditing(next: { text: string } | undefined): void {
    if (next !== undefined) editorOpen.current = true;
    setEditingState(next);
  }

  const rowCount = Math.max(texts.length + 20, 60, selected.row + 1);
  const columnCount = Math.max(12, selected.col + 2, ...texts.map((cells) => cells.length + 1));
  const first = Math.max(1, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rowCount, Math.ceil((scrollTop + viewHeight) / ROW_HEIGHT) + OVERSCAN);
  // Columns are windowed too: only those in view (and one either side) are rendered.
  const firstColumn = Math.max(0, Math.floor((scroll.left - HEADER_WIDTH) / COLUMN_WIDTH) - 1);
  const lastColumn = Math.min(columnCount - 1, Math.ceil((scroll.left + view.width) / COLUMN_WIDTH) + 1);
  const selectedAddress = cellAddress(selected.row, selected.col);
  const listAt = (row: number, column: number) => lists.find((rule) => inside(rule.ranges, row, column + 1));

  useEffect(() => {
    const element = scroller.current;
    if (element === null) return;
    const observer = new ResizeObserver(() => setView({ height: element.clientHeight, width: element.clientWidth }));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Keeps the selected cell in view: after keyboard moves, and when the pane goes to a cell.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (element === null) return;
    const top = selected.row * ROW_HEIGHT;
    // Below the column letters and the frozen rows, which cover the top of the view.
    const covered = ROW_HEIGHT * (1 + frozen);
    if (selected.row > frozen && top < element.scrollTop + covered)
      element.scrollTop = Math.max(0, top - covered - ROW_HEIGHT);
    else if (top + ROW_HEIGHT > element.scrollTop + element.clientHeight)
      element.scrollTop = top + ROW_HEIGHT * 3 - element.clientHeight;
    const left = HEADER_WIDTH + selected.col * COLUMN_WIDTH;
    if (left < element.scrollLeft + HEADER_WIDTH) element.scrollLeft = Math.max(0, left - HEADER_WIDTH);
    else if (left + COLUMN_WIDTH > element.scrollLeft + element.clientWidth)
      element.scrollLeft = left + COLUMN_WIDTH - element.clientWidth;
    setScroll({ top: element.scrollTop, left: element.scrollLeft });
    if (focusCell.current) {
      focusCell.current = false;
      element.querySelector<HTMLElement>('[role="gridcell"][tabindex="0"]')?.focus();
    }
  }, [selected.row, selected.col, revealRequest, editing, frozen]);

  function move(cell: GridCell): void {
    focusCell.current = true;
    onSelect({ row: Math.max(1, Math.min(rowCount, cell.row)), col: Math.max(0, Math.min(columnCount - 1, cell.col)) });
  }

  function commit(text: string, next: GridCell | undefined): void {
    editorOpen.current = false;
    setEditing(undefined);
    const was = texts[selected.row - 1]?.[selected.col] ?? "";
    if (text !== was) onEdit(selectedAddress, text);
    if (next !== undefined) move(next);
    else focusCell.current = true;
  }

  function onCellKey(event: KeyboardEvent<HTMLElement>): void {
    const { row, col } = selected;
    const page = Math.max(1, Math.floor(viewHeight / ROW_HEIGHT) - 1);
    const moves: Record<string, GridCell> = {
      ArrowUp: { row: row - 1, col },
      ArrowDown: { row: row + 1, col },
      ArrowLeft: { row, col: col - 1 },
      ArrowRight: { row, col: col + 1 },
      Home: { row, col: 0 },
      End: { row, col: columnCount - 1 },
      PageUp: { row: row - page, col },
      PageDown: { row: row + page, col },
    };
    const to = moves[event.key];
    if (to !== undefined) {
      event.preventDefault();
      move(to);
    } else if (event.key === "Enter" || event.key === "F2") {
      event.preventDefault();
      setEditing({ text: texts[row - 1]?.[col] ?? "" });
    } else if (event.key === "Delete" || event.key === "Backspace") {
      event.preventDefault();
      commit("", undefined);
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      setEditing({ text: event.key });
    }
  }

  function onEditorKey(event: KeyboardEvent<HTMLInputElement>): void {
    const text = event.currentTarget.value;
    if (event.key === "Escape") {
      event.preventDefault();
      editorOpen.current = false;
      setEditing(undefined);
      focusCell.current = true;
    } else if (event.key === "Enter") {
      event.preventDefault();
      commit(text, { row: selected.row + 1, col: selected.col });
    } else if (event.key === "Tab") {
      event.preventDefault();
      commit(text, { row: selected.row, col: selected.col + (event.shiftKey ? -1 : 1) });
    }
  }

  const columns = Array.from({ length: lastColumn - firstColumn + 1 }, (_, index) => firstColumn + index);
  // Stand-ins for the columns left out on either side, so the rendered ones sit where they belong.
  const before = firstColumn === 0 ? null : <td aria-hidden="true" colSpan={firstColumn} />;
  const after =
    lastColumn === columnCount - 1 ? null : <td aria-hidden="true" colSpan={columnCount - 1 - lastColumn} />;
  const frozenRows: number[] = [];
  for (let row = 1; row <= Math.min(frozen, rowCount); row++) frozenRows.push(row);
  const rows: number[] = [];
  const start = Math.max(first, frozen + 1);
  for (let row = start; row <= last; row++) rows.push(row);
  const selectedList = listAt(selected.row, selected.col);

  return (
    <div
      ref={scroller}
      className={styles.scroller}
      onScroll={(event) => setScroll({ top: event.currentTarget.scrollTop, left: event.currentTarget.scrollLeft })}
    >
      <table
        role="grid"
        aria-label={sheet}
        aria-rowcount={rowCount + 1}
        aria-colcount={columnCount + 1}
        className={styles.table}
        style={{ width: `${HEADER_WIDTH + columnCount * COLUMN_WIDTH}px` }}
      >
        <colgroup>
          <col className={styles.corner} />
          {Array.from({ length: columnCount }, (_, col) => (
            <col key={col} className={styles.column} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <td className={styles.header} style={{ left: 0, zIndex: 3 }} role="presentation" />
            {before}
            {columns.map((col) => (
              <th
                key={col}
                scope="col"
                role="columnheader"
                aria-colindex={col + 2}
                className={`${styles.header} ${col === selected.col ? styles.activeHeader : ""}`}
              >
                {columnLetter(col)}
              </th>
            ))}
            {after}
          </tr>
        </thead>
        <tbody>
          {[...frozenRows, ...rows].map((row) => (
            <Fragment key={row}>
              {row === start && start > frozen + 1 ? (
                <tr aria-hidden="true" style={{ height: `${(start - 1 - frozen) * ROW_HEIGHT}px` }} />
              ) : null}
              <tr aria-rowindex={row + 1} style={{ height: `${ROW_HEIGHT}px` }}>
                <th
                  scope="row"
                  role="rowheader"
                  aria-colindex={1}
                  className={mergeClasses(
                    styles.rowHeader,
                    row <= frozen && styles.frozen,
                    row <= frozen && styles.frozenHeader,
                    row === selected.row && styles.activeHeader,
                  )}
                  style={row <= frozen ? { top: `${row * ROW_HEIGHT}px` } : undefined}
                >
                  {row}
                </th>
                {before}
                {columns.map((col) => {
                  const text = texts[row - 1]?.[col] ?? "";
                  const isSelected = row === selected.row && col === selected.col;
                  const fill = fills.find((f) => inside(f.ranges, row, col + 1))?.fill;
                  const list = listAt(row, col);
                  const address = cellAddress(row, col);
                  return (
                    <td
                      key={col}
                      role="gridcell"
                      aria-colindex={col + 2}
                      aria-selected={isSelected}
                      tabIndex={isSelected ? 0 : -1}
                      data-cell={address}
                      title={text.length > 18 ? text : undefined}
                      className={mergeClasses(
                        styles.cell,
                        row <= frozen && styles.frozen,
                        fill !== undefined && styles.filled,
                        isSelected && styles.selected,
                      )}
                      style={{
                        ...(fill === undefined ? {} : { backgroundColor: fill }),
                        ...(row <= frozen ? { top: `${row * ROW_HEIGHT}px` } : {}),
                      }}
                      onMouseDown={() => {
                        if (!isSelected) move({ row, col });
                      }}
                      onDoubleClick={() => setEditing({ text })}
                      onKeyDown={isSelected && editing === undefined ? onCellKey : undefined}
                    >
                      {isSelected && editing !== undefined ? (
                        <input
                          className={styles.editor}
                          aria-label={`Edit ${address}`}
                          defaultValue={editing.text}
                          list={selectedList === undefined ? undefined : "grid-dropdown"}
                          autoFocus
                          onKeyDown={onEditorKey}
                          onBlur={(event) => {
                            if (editorOpen.current) commit(event.currentTarget.value, undefined);
                          }}
                        />
                      ) : (
                        text
                      )}
                      {list === undefined ? null : (
                        <span className={styles.dropdown} aria-hidden="true" data-dropdown="">
                          ▾
                        </span>
                      )}
                    </td>
                  );
                })}
                {after}
              </tr>
            </Fragment>
          ))}
          {last < rowCount ? <tr aria-hidden="true" style={{ height: `${(rowCount - last) * ROW_HEIGHT}px` }} /> : null}
        </tbody>
      </table>
      {selectedList === undefined ? null : (
        <datalist id="grid-dropdown">
          {selectedList.options.map((option) => (
            <option key={option} value={option} />
          ))}
        </datalist>
      )}
    </div>
  );
}
