/**
 * A block of the Summary as small horizontal bars: one line per label with its count and a bar
 * sized against the block's largest count. Plain CSS, no chart library, so the pane stays lean; the
 * bar is decoration (the count is in the text), hidden from screen readers.
 */
import { Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { plural } from "../text/plural";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  item: {
    display: "grid",
    gridTemplateColumns: "minmax(6em, 40%) 1fr 3em",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
  },
  label: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  track: { height: "8px", backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusSmall },
  bar: { height: "8px", backgroundColor: tokens.colorBrandBackground, borderRadius: tokens.borderRadiusSmall },
  count: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
});

export interface CountBarsProps {
  title: string;
  items: ReadonlyArray<{
    label: string;
    count: number;
    /** A longer name for the tooltip and screen readers. */ title?: string;
  }>;
  /** What is counted, one of it, for the accessible text: "row", "gap" ("1 row", "3 rows"). */
  unit: string;
  /** Said after the count: "with quality issues". */
  qualifier?: string;
}

export function CountBars({ title, items, unit, qualifier }: CountBarsProps) {
  const styles = useStyles();
  const max = Math.max(1, ...items.map((item) => item.count));
  return (
    <section aria-label={title}>
      <Subtitle2 as="h3">{title}</Subtitle2>
      <ul className={styles.list}>
        {items.map((item) => (
          <li
            key={item.label}
            className={styles.item}
            title={`${item.title ?? item.label}: ${plural(item.count, unit)}${qualifier === undefined ? "" : ` ${qualifier}`}`}
          >
            <Caption1 className={styles.label}>
              {item.title === undefined ? item.label : <abbr title={item.title}>{item.label}</abbr>}
            </Caption1>
            <span className={styles.track} aria-hidden="true">
              <span className={styles.bar} style={{ display: "block", width: `${(100 * item.count) / max}%` }} />
            </span>
            <Caption1 className={styles.count}>{item.count}</Caption1>
          </li>
        ))}
      </ul>
    </section>
  );
}
