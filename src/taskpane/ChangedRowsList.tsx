/**
 * One tab's changes in the Compare view: the changed rows with each cell's before and after and a
 * button to go to the cell, the added rows (go to them), the removed ones (named; they are only in
 * the earlier copy) and how many rows only moved. Long lists stop at a limit: the export holds all.
 */
import { Button, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { TabDiff } from "../diff/workbook-diff";
import { keyLabel, tabCountsLine, tabTitle } from "../reports/diff-wording";

const useStyles = makeStyles({
  tab: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  cells: { listStyleType: "none", margin: 0, paddingLeft: tokens.spacingHorizontalM },
  cell: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  before: { textDecorationLine: "line-through", color: tokens.colorNeutralForeground2 },
  after: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** Rows listed per kind before "and N more". */
export const ROW_LIMIT = 50;

export interface ChangedRowsListProps {
  tab: TabDiff;
  /** Selects a cell of the open workbook. */
  onGoTo: (sheet: string, cell: string) => void;
}

function more(count: number): string | null {
  return count > ROW_LIMIT ? `and ${count - ROW_LIMIT} more (export the comparison for every row)` : null;
}

export function ChangedRowsList({ tab, onGoTo }: ChangedRowsListProps) {
  const styles = useStyles();
  const shown = (value: string) => (value === "" ? "(empty)" : `“${value}”`);
  return (
    <section className={styles.tab} aria-label={`Changes on ${tab.sheet}`}>
      <Text as="h3" weight="semibold">
        {tabTitle(tab)}
      </Text>
      <Caption1>{tabCountsLine(tab)}</Caption1>
      {tab.changed.length === 0 ? null : (
        <ul className={styles.list} aria-label={`Changed rows on ${tab.sheet}`}>
          {tab.changed.slice(0, ROW_LIMIT).map((row) => (
            <li key={`c${row.row}`}>
              <Text>{`Row ${row.row}${row.oldRow === row.row ? "" : ` (was ${row.oldRow})`}: ${keyLabel(row.key)}`}</Text>
              <ul className={styles.cells}>
                {row.cells.map((cell) => (
                  <li key={cell.cell} className={styles.cell}>
                    <Button
                      size="small"
                      appearance="transparent"
                      aria-label={`Go to ${cell.cell} (${cell.column})`}
                      onClick={() => onGoTo(tab.sheet, cell.cell)}
                    >
                      {cell.cell}
                    </Button>
                    <Caption1>{`${cell.column}:`}</Caption1>
                    <span className={styles.before} aria-label={`before ${shown(cell.before)}`}>
                      {shown(cell.before)}
                    </span>
                    <span aria-hidden="true">→</span>
                    <span className={styles.after} aria-label={`after ${shown(cell.after)}`}>
                      {shown(cell.after)}
                    </span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
          {more(tab.changed.length) === null ? null : <li className={styles.muted}>{more(tab.changed.length)}</li>}
        </ul>
      )}
      {tab.added.length === 0 ? null : (
        <ul className={styles.list} aria-label={`Added rows on ${tab.sheet}`}>
          {tab.added.slice(0, ROW_LIMIT).map((row) => (
            <li key={`a${row.row}`} className={styles.cell}>
              <Button
                size="small"
                appearance="transparent"
                aria-label={`Go to added row ${row.row}`}
                onClick={() => onGoTo(tab.sheet, `A${row.row}`)}
              >
                {`+ row ${row.row}`}
              </Button>
              <Text>{keyLabel(row.key)}</Text>
            </li>
          ))}
          {more(tab.added.length) === null ? null : <li className={styles.muted}>{more(tab.added.length)}</li>}
        </ul>
      )}
      {tab.removed.length === 0 ? null : (
        <ul className={styles.list} aria-label={`Removed rows from ${tab.sheet}`}>
          {tab.removed.slice(0, ROW_LIMIT).map((row) => (
            <li
              key={`r${row.row}`}
              className={styles.muted}
            >{`− row ${row.row} of the earlier copy: ${keyLabel(row.key)}`}</li>
          ))}
          {more(tab.removed.length) === null ? null : <li className={styles.muted}>{more(tab.removed.length)}</li>}
        </ul>
      )}
    </section>
  );
}
