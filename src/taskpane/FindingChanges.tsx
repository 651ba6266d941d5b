/** The findings a newer version introduced (each going to its cell) and the ones it resolved (named, or counted when only a count is known). */
import { Button, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../check/finding";
import { SEVERITY_LABEL } from "../reports/report-wording";
import { plural } from "../text/plural";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  item: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXS },
});

const LIMIT = 50;

export interface FindingChangesProps {
  introduced: readonly Finding[];
  /** The resolved findings, or their count when the findings themselves are not known. */
  resolved: readonly Finding[] | number;
  onGoTo: (sheet: string, cell: string) => void;
}

export function FindingChanges({ introduced, resolved, onGoTo }: FindingChangesProps) {
  const styles = useStyles();
  const resolvedCount = typeof resolved === "number" ? resolved : resolved.length;
  return (
    <section aria-label="Findings introduced and resolved">
      <Text
        as="h3"
        weight="semibold"
      >{`${plural(introduced.length, "finding")} introduced, ${resolvedCount} resolved`}</Text>
      {introduced.length === 0 ? null : (
        <ul className={styles.list} aria-label="Findings introduced">
          {introduced.slice(0, LIMIT).map((f, i) => (
            <li key={`${f.rule}${f.sheet}${f.cell}${i}`} className={styles.item}>
              <SeverityIcon severity={f.severity} />
              <Button
                size="small"
                appearance="transparent"
                aria-label={`Go to ${f.cell} on ${f.sheet}`}
                onClick={() => onGoTo(f.sheet, f.cell)}
              >
                {f.cell}
              </Button>
              <Caption1>{`${SEVERITY_LABEL[f.severity]}: ${f.message}`}</Caption1>
            </li>
          ))}
        </ul>
      )}
      {typeof resolved === "number" || resolved.length === 0 ? null : (
        <ul className={styles.list} aria-label="Findings resolved">
          {resolved.slice(0, LIMIT).map((f, i) => (
            <li key={`${f.rule}${f.sheet}${f.cell}${i}`}>
              <Caption1>{`Resolved: ${f.sheet}!${f.cell} ${f.message}`}</Caption1>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
