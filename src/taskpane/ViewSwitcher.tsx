/**
 * The pane's views as a grid of toggle buttons of equal width: as many columns as fit (three in a
 * 320 px pane, four at 400 px), so nine views make three tidy rows and nothing runs off the side. A
 * grid costs nothing to load; an overflow menu would bring Fluent's popover, positioning and focus
 * libraries into the first load, and hide views behind a second click. Fluent's TabList would bring
 * the tabster focus library (about 40 KiB gzipped) for arrow keys; buttons in the tab order are as
 * easy to reach by keyboard.
 */
import { ToggleButton, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  bar: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(5.5rem, 1fr))",
    gap: tokens.spacingHorizontalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBottom: tokens.spacingVerticalXS,
  },
  button: { minWidth: 0, maxWidth: "none" },
});

export interface ViewSwitcherProps {
  views: ReadonlyArray<{ id: string; label: string }>;
  selected: string;
  onSelect: (view: string) => void;
}

export function ViewSwitcher({ views, selected, onSelect }: ViewSwitcherProps) {
  const styles = useStyles();
  return (
    <nav className={styles.bar} aria-label="Views">
      {views.map(({ id, label }) => (
        <ToggleButton
          key={id}
          className={styles.button}
          size="small"
          appearance="subtle"
          checked={id === selected}
          onClick={() => onSelect(id)}
        >
          {label}
        </ToggleButton>
      ))}
    </nav>
  );
}
