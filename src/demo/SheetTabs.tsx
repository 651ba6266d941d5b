/**
 * The demo's sheet tabs, as Excel's along the foot of the grid: an ARIA tablist (one tab in the tab
 * order, arrow keys, Home and End move between them). Written here rather than Fluent's TabList,
 * which brings the tabster focus library (about 40 KiB gzipped) into the page's first load.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useRef, type KeyboardEvent } from "react";

const useStyles = makeStyles({
  list: {
    display: "flex",
    overflowX: "auto",
    flex: "0 0 auto",
    borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  tab: {
    flex: "0 0 auto",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    border: "none",
    borderBottom: `${tokens.strokeWidthThick} solid transparent`,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover, color: tokens.colorNeutralForeground1 },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottomColor: tokens.colorBrandStroke1,
  },
});

export function SheetTabs({
  sheets,
  selected,
  onSelect,
}: {
  sheets: readonly string[];
  selected: string;
  onSelect: (sheet: string) => void;
}) {
  const styles = useStyles();
  const list = useRef<HTMLDivElement>(null);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    const at = sheets.indexOf(selected);
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: sheets.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const sheet = sheets[Math.max(0, Math.min(sheets.length - 1, next))];
    if (sheet === undefined) return;
    onSelect(sheet);
    list.current?.querySelector<HTMLElement>(`[data-sheet="${CSS.escape(sheet)}"]`)?.focus();
  }

  return (
    <div ref={list} className={styles.list} role="tablist" aria-label="Sheets" onKeyDown={onKeyDown}>
      {sheets.map((name) => (
        <button
          key={name}
          type="button"
          role="tab"
          data-sheet={name}
          aria-selected={name === selected}
          tabIndex={name === selected ? 0 : -1}
          className={name === selected ? `${styles.tab} ${styles.selected}` : styles.tab}
          onClick={() => onSelect(name)}
        >
          {name}
        </button>
      ))}
    </div>
  );
}
