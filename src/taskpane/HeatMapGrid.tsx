/**
 * The compact capability heat map: the 5 domains, a row per Level 2 capability and a small square
 * per Level 3, coloured as on the Summary tab (summary/heat-colours.ts), uncovered ones in their own
 * warm colour. Each square carries its text ("3.2.4 Name: 5 objects, 1 issue, 0 gaps") as its
 * accessible name and tooltip, and a key says what the colours mean.
 */
import { Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { HEAT_LEVELS, type CapabilityHeatMap } from "../summary/capability-heat-map";
import { HEAT_COLOURS } from "../summary/heat-colours";
import { heatCellText } from "../summary/heat-cell-text";

const useStyles = makeStyles({
  domain: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    marginBottom: tokens.spacingVerticalS,
  },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  level2: { width: "2.5em", flexShrink: 0, fontVariantNumeric: "tabular-nums" },
  cells: { display: "flex", flexWrap: "wrap", gap: "2px" },
  cell: { width: "16px", height: "16px", borderRadius: "2px", outline: `1px solid ${tokens.colorNeutralStroke2}` },
  key: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  keyItem: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXXS },
});

export function HeatMapGrid({ map }: { map: CapabilityHeatMap }) {
  const styles = useStyles();
  return (
    <section aria-label="Capability heat map">
      <Subtitle2 as="h3">Capability heat map</Subtitle2>
      <ul className={styles.key} aria-label="Heat map key">
        {HEAT_LEVELS.map((level) => (
          <li key={level} className={styles.keyItem}>
            <span className={styles.cell} style={{ backgroundColor: HEAT_COLOURS[level].fill }} aria-hidden="true" />
            <Caption1>{level === 0 ? "Uncovered" : HEAT_COLOURS[level].label}</Caption1>
          </li>
        ))}
      </ul>
      {map.domains.map((domain) => (
        <div key={domain.name} className={styles.domain} role="group" aria-label={domain.name}>
          <Caption1 as="h4" style={{ fontWeight: 600, margin: 0 }}>
            {domain.name}
          </Caption1>
          {domain.level2.map((l2) => (
            <div key={l2.id} className={styles.row}>
              <Caption1 className={styles.level2}>
                <abbr title={l2.name}>{l2.id}</abbr>
              </Caption1>
              <span className={styles.cells}>
                {l2.level3.map((c) => (
                  <span
                    key={c.id}
                    role="img"
                    className={styles.cell}
                    style={{ backgroundColor: HEAT_COLOURS[c.heat].fill }}
                    aria-label={heatCellText(c)}
                    title={heatCellText(c)}
                  />
                ))}
              </span>
            </div>
          ))}
        </div>
      ))}
    </section>
  );
}
