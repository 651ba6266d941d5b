/**
 * Proposed changes as a table: tab and cell, what is there now, what will be written, and why. Rows
 * the changes add (proposed gaps) are shown one line per row with its cells.
 */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { addedRows, type AddedRow } from "../workflows/changes/added-rows";
import type { ProposedChange } from "../workflows/changes/proposed-change";
import type { ReactNode } from "react";
import { shown } from "./change-text";

const useStyles = makeStyles({
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: {
    textAlign: "left",
    verticalAlign: "top",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  reason: { color: tokens.colorNeutralForeground3 },
  column: { color: tokens.colorNeutralForeground3 },
});

/** Rows shown at once; a batch of 10,000 fills is summarised, not rendered whole. */
export const changeRowsShown = 200;

export function ChangeTable({ changes, caption }: { changes: readonly ProposedChange[]; caption: string }) {
  const styles = useStyles();
  const rows = addedRows(changes);
  if (rows !== undefined) return <AddedRowsTable rows={rows} caption={caption} />;
  return (
    <Frame caption={caption} columns={["Cell", "Now", "Becomes"]} hidden={changes.length - changeRowsShown}>
      {changes.slice(0, changeRowsShown).map((change) => (
        <tr key={`${change.sheet}!${change.cell}`}>
          <th className={styles.cell} scope="row">
            {change.cell}
          </th>
          <td className={styles.cell}>{shown(change.expected)}</td>
          <td className={styles.cell}>
            {shown(change.value)}
            <br />
            <Caption1 className={styles.reason}>{change.reason}</Caption1>
          </td>
        </tr>
      ))}
    </Frame>
  );
}

/** The table around either kind of lines: caption, column headers, and a count of the lines not shown. */
function Frame({
  caption,
  columns,
  hidden,
  children,
}: {
  caption: string;
  columns: readonly string[];
  hidden: number;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <>
      <table className={styles.table}>
        <caption className={styles.reason}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} className={styles.cell} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
      {hidden > 0 ? <Caption1>{`… and ${hidden} more.`}</Caption1> : null}
    </>
  );
}

/** New rows, one line each: its row number, then each new cell's column and value. */
function AddedRowsTable({ rows, caption }: { rows: readonly AddedRow[]; caption: string }) {
  const styles = useStyles();
  return (
    <Frame caption={caption} columns={["Row", "New cells"]} hidden={rows.length - changeRowsShown}>
      {rows.slice(0, changeRowsShown).map((row) => (
        <tr key={`${row.sheet}!${row.row}`}>
          <th className={styles.cell} scope="row">{`Row ${row.row}`}</th>
          <td className={styles.cell}>
            {row.cells.map((cell, i) => (
              <span key={cell.cell}>
                {i > 0 ? " · " : null}
                <span className={styles.column}>{`${cell.column} `}</span>
                <span>{shown(cell.value)}</span>
              </span>
            ))}
            <br />
            <Caption1 className={styles.reason}>{row.reason}</Caption1>
          </td>
        </tr>
      ))}
    </Frame>
  );
}
