/** The result at a glance: one badge per severity and whether the workbook is valid. */
import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ValidationReport } from "../check/validation-report";
import { badgeColor, countLabel, severities, severityCounts } from "./severity-labels";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export function SummaryBar({ report }: { report: ValidationReport }) {
  const styles = useStyles();
  const bySeverity = severityCounts(report.summary);
  return (
    // A status by role, but silent: the end of a check is announced once, by the pane (PaneProvider).
    <div className={styles.bar} role="status" aria-live="off" aria-label="Summary">
      <Text weight="semibold">{report.valid ? "No errors found" : "Errors to fix"}</Text>
      {severities.map((severity) => (
        <Badge
          key={severity}
          appearance={bySeverity[severity] === 0 ? "outline" : "filled"}
          color={badgeColor[severity]}
        >
          {countLabel(severity, bySeverity[severity])}
        </Badge>
      ))}
      {(report.summary.waived ?? 0) > 0 ? (
        <Badge appearance="outline" color="success">
          {`${report.summary.waived ?? 0} accepted`}
        </Badge>
      ) : null}
    </div>
  );
}
