/**
 * One finding: a button that goes to its cell (what is wrong, where, which rule, the suggested
 * value), and beside it, when the finding carries a fix, a button that proposes the fix.
 */
import { Button, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../check/finding";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  item: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXS },
  button: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    flexGrow: 1,
    minWidth: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    textAlign: "left",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  text: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  where: { color: tokens.colorNeutralForeground3 },
  fix: { flexShrink: 0, marginTop: tokens.spacingVerticalS },
});

export interface FindingItemProps {
  finding: Finding;
  onOpen: (finding: Finding) => void;
  /** Proposes the finding's fix; absent when the pane cannot write. */
  onFix?: (finding: Finding) => void;
}

/**
 * The fix button's name: "Fix J39 to “Telemetry (Device)”" when it writes its own cell, else the
 * cells it writes ("Fix D7: E7 to “…”, F7 to “…”"); the cell is named once.
 */
export function fixName(finding: Finding, fix: NonNullable<Finding["fix"]>): string {
  const [only] = fix.edits;
  const what =
    fix.edits.length === 1 && only?.cell === finding.cell
      ? ` to “${only.value}”`
      : `: ${fix.edits.map((edit) => `${edit.cell} to “${edit.value}”`).join(", ")}`;
  return `Fix ${finding.cell}${what}${fix.applicability === "review" ? " (check it first)" : ""}`;
}

export function FindingItem({ finding, onOpen, onFix }: FindingItemProps) {
  const styles = useStyles();
  const fix = finding.fix;
  return (
    <div className={styles.item}>
      <button type="button" className={styles.button} onClick={() => onOpen(finding)} title={`Go to ${finding.cell}`}>
        <SeverityIcon severity={finding.severity} />
        <span className={styles.text}>
          <Text>{finding.message}</Text>
          {finding.suggestion === undefined ? null : <Caption1>Suggestion: {finding.suggestion}</Caption1>}
          <Caption1 className={styles.where}>
            {finding.cell} · {finding.rule}
          </Caption1>
        </span>
      </button>
      {fix === undefined || onFix === undefined ? null : (
        <Button
          className={styles.fix}
          size="small"
          appearance={fix.applicability === "safe" ? "secondary" : "outline"}
          aria-label={fixName(finding, fix)}
          onClick={() => onFix(finding)}
        >
          Fix
        </Button>
      )}
    </div>
  );
}
