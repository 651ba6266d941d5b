/**
 * The pane's three views as a row of toggle buttons. Fluent's TabList would do the same with arrow
 * keys, but it brings the whole tabster focus library (about 40 KiB gzipped) into the first load;
 * three buttons in the tab order are as easy to reach by keyboard.
 */
import { ToggleButton, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXXS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalXS },
});

export interface ViewSwitcherProps<V extends string> {
  views: ReadonlyArray<{ value: V; label: string }>;
  selected: V;
  onSelect: (view: V) => void;
}

export function ViewSwitcher<V extends string>({ views, selected, onSelect }: ViewSwitcherProps<V>) {
  const styles = useStyles();
  return (
    <nav className={styles.bar} aria-label="Views">
      {views.map(({ value, label }) => (
        <ToggleButton key={value} size="small" appearance="subtle" checked={value === selected} onClick={() => onSelect(value)}>
          {label}
        </ToggleButton>
      ))}
    </nav>
  );
}
