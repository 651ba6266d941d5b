/** Shows or hides each severity's findings; all are shown at first. */
import { ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import type { Severity } from "../check/finding";
import { SeverityIcon } from "./SeverityIcon";
import { severities, severityTitle } from "./severity-labels";

const useStyles = makeStyles({
  group: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

export interface SeverityFilterProps {
  shown: ReadonlySet<Severity>;
  counts: Record<Severity, number>;
  onToggle: (severity: Severity) => void;
}

export function SeverityFilter({ shown, counts, onToggle }: SeverityFilterProps) {
  const styles = useStyles();
  return (
    <div className={styles.group} role="group" aria-label="Show findings of severity">
      {severities.map((severity) => (
        <ToggleButton
          key={severity}
          size="small"
          checked={shown.has(severity)}
          icon={<SeverityIcon severity={severity} />}
          onClick={() => onToggle(severity)}
        >
          {`${severityTitle[severity]} (${counts[severity]})`}
        </ToggleButton>
      ))}
    </div>
  );
}
