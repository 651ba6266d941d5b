/**
 * One information object whose rows disagree: its rows side by side in the columns that disagree
 * (the disagreeing values marked, in words too), what the rows agree on in a sentence, and one
 * action that makes the rows agree on a chosen value, shown in the preview first.
 */
import { Button, Caption1, Field, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { ConsistencyGroup, ReviewColumn } from "../check/consistency-groups";
import { agreeChanges } from "../workflows/review/consistency-review";
import { plural } from "../text/plural";
import { usePane } from "./pane-context";
import { usePaneStyles } from "./pane-styles";

const useStyles = makeStyles({
  scroll: { overflowX: "auto", maxWidth: "100%" },
  table: {
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      textAlign: "left",
      verticalAlign: "top",
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
  },
  // Wide enough to read a use case and activity a few words a line, not one.
  activity: { minWidth: "9em" },
  differs: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export function ConsistencyGroupView({ group }: { group: ConsistencyGroup }) {
  const styles = useStyles();
  const layout = usePaneStyles();
  const { propose } = usePane();
  const id = useId();
  const disagreeing = group.columns.filter((c) => !c.agrees);
  const agreeing = group.columns.filter((c) => c.agrees);
  // A group with no disagreeing column (its findings are of another kind) shows them all.
  const shownColumns = disagreeing.length === 0 ? group.columns : disagreeing;
  const [column, setColumn] = useState<ReviewColumn | undefined>(disagreeing[0]?.column);
  // After a change the chosen column may agree: the first that still disagrees is offered.
  const summary = disagreeing.find((c) => c.column === column) ?? disagreeing[0];
  const [value, setValue] = useState<string | undefined>(summary?.values[0]?.value);
  const chosen = summary?.values.some((v) => v.value === value) === true ? value : summary?.values[0]?.value;
  const changes = summary === undefined || chosen === undefined ? [] : agreeChanges(group, summary.column, chosen);
  return (
    <div className={layout.block}>
      <Subtitle2 as="h3" id={`${id}-title`}>
        {group.object}
      </Subtitle2>
      <Caption1 className={layout.muted}>
        {`${plural(group.rows.length, "row")} on ${group.sheet} · ${group.rules.join(", ")}${group.waived > 0 ? ` · ${group.waived} accepted` : ""}`}
      </Caption1>
      {/* Only the columns that disagree, so the table fits a narrow pane; should it not, it scrolls on its own, from the keyboard too (axe: scrollable-region-focusable). */}
      <div className={styles.scroll} tabIndex={0} role="region" aria-labelledby={`${id}-title`}>
        <table className={styles.table} aria-labelledby={`${id}-title`}>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col" className={styles.activity}>
                Use case · activity
              </th>
              {shownColumns.map((c) => (
                <th key={c.column} scope="col">
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {group.rows.map((row) => (
              <tr key={row.row}>
                <th scope="row">{row.row}</th>
                <td className={styles.activity}>{`${row.useCase} · ${row.activity}`}</td>
                {shownColumns.map((c) => {
                  const cell = row.cells[c.column];
                  return (
                    <td key={c.column}>
                      {cell?.differs === true ? (
                        <mark className={styles.differs}>
                          {cell.value}
                          <span className={layout.visuallyHidden}> (differs)</span>
                        </mark>
                      ) : (
                        (cell?.value ?? "")
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {agreeing.length === 0 || disagreeing.length === 0 ? null : (
        <Caption1
          className={layout.muted}
        >{`The same on every row: ${agreeing.map((c) => `${c.header} “${group.rows[0]?.cells[c.column]?.value ?? ""}”`).join(", ")}.`}</Caption1>
      )}
      {summary === undefined ? null : (
        <div className={layout.fields}>
          <Field label="Column" size="small">
            <Select size="small" value={summary.column} onChange={(_, data) => setColumn(data.value as ReviewColumn)}>
              {disagreeing.map((c) => (
                <option key={c.column} value={c.column}>
                  {c.header}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Value for every row" size="small">
            <Select size="small" value={chosen} onChange={(_, data) => setValue(data.value)}>
              {summary.values.map((v) => (
                <option key={v.value} value={v.value}>
                  {`${v.value} (${plural(v.rows, "row")})`}
                </option>
              ))}
            </Select>
          </Field>
          <Button
            size="small"
            disabled={changes.length === 0}
            onClick={() =>
              propose({ label: `Make “${group.object}” agree: ${summary.header} “${chosen ?? ""}”`, changes })
            }
          >
            Make rows agree…
          </Button>
        </div>
      )}
    </div>
  );
}
