/**
 * The Gaps view: propose Distinct Gap Analysis rows from the quality issues of Data Categorisation
 * (shown in the change preview first, applied as one revertible batch), and the Key Initiatives:
 * the options grouped by initiative, with the gaps they close (marked when no such gap exists) and
 * their priority use cases, then the gaps no option closes. Loaded when first shown.
 */
import { KeyInitiatives } from "./KeyInitiatives";
import { usePaneStyles } from "./pane-styles";
import { ProposeGaps } from "./ProposeGaps";

export function GapsPanel() {
  const styles = usePaneStyles();
  return (
    <div className={styles.panel}>
      <ProposeGaps />
      <KeyInitiatives />
    </div>
  );
}
