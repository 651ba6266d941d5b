/** One finding as a button: what is wrong, where, which rule, and the suggested value if any. */
import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../rules/finding";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  button: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    width: "100%",
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
});

export function FindingItem({ finding, onOpen }: { finding: Finding; onOpen: (finding: Finding) => void }) {
  const styles = useStyles();
  return (
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
  );
}
