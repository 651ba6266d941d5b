/**
 * The definitions card of one Data Categorisation row: its capability (definition, Level 2,
 * domain) and category (description, group), the framework's definitions of its Interface and
 * Sensitivity, and, for an empty, unknown or questioned capability or category, the suggestions
 * with the words that matched, each one button away from the change preview.
 */
import { Badge, Body1, Button, Caption1, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { CapabilityChoice, CategoryChoice } from "../definitions/row-suggestions";
import type { DefinitionCard, DefinitionChoice } from "../workflows/definitions/definition-card";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  block: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  suggestion: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface DefinitionCardViewProps {
  card: DefinitionCard;
  /** Plans the choice and shows it in the change preview. */
  onChoose: (choice: DefinitionChoice, label: string) => void;
}

const percent = (score: number) => `${Math.round(score * 100)}%`;

function Because({ words }: { words: readonly string[] }) {
  const styles = useStyles();
  return words.length === 0 ? null : <Caption1 className={styles.muted}>matched: {words.join(", ")}</Caption1>;
}

export function DefinitionCardView({ card, onChoose }: DefinitionCardViewProps) {
  const styles = useStyles();
  const where = `row ${card.row}`;
  return (
    <section className={styles.card} aria-label={`Definitions of ${card.sheet} row ${card.row}`}>
      <Subtitle2 as="h2">
        {card.sheet} row {card.row}
        {card.activity !== "" || card.informationObject !== ""
          ? `: ${[card.activity, card.informationObject].filter((t) => t !== "").join(" / ")}`
          : ""}
      </Subtitle2>
      <div className={styles.block} role="group" aria-label="Capability">
        <Text weight="semibold">Capability</Text>
        {card.capability === undefined ? (
          <Text className={styles.muted}>
            {card.capabilityNote === "unknown" ? "Not a Level 3 capability of the framework." : "None given."}
          </Text>
        ) : (
          <>
            <Body1>
              {card.capability.id} {card.capability.name}
            </Body1>
            <Caption1>{card.capability.definition}</Caption1>
            <Caption1>
              Level 2: {card.capability.level2} · Domain: {card.capability.domain}
            </Caption1>
          </>
        )}
        {card.capabilityNote !== undefined && card.capabilityNote !== "empty" && card.capabilityNote !== "unknown" ? (
          <Text role="note">{card.capabilityNote}</Text>
        ) : null}
        <CapabilitySuggestions
          suggestions={card.capabilitySuggestions}
          onChoose={(s) => onChoose({ capabilityId: s.id }, `Use ${s.id} on ${where}`)}
        />
      </div>
      <div className={styles.block} role="group" aria-label="Information category">
        <Text weight="semibold">Information category</Text>
        {card.category === undefined ? (
          <Text className={styles.muted}>
            {card.categoryNote === "unknown" ? "Not one of the framework's 31 categories." : "None given."}
          </Text>
        ) : (
          <>
            <Body1>
              {card.category.name} <Badge appearance="outline">{card.category.group}</Badge>
            </Body1>
            <Caption1>{card.category.description}</Caption1>
          </>
        )}
        {card.categoryNote !== undefined && card.categoryNote !== "empty" && card.categoryNote !== "unknown" ? (
          <Text role="note">{card.categoryNote}</Text>
        ) : null}
        <CategorySuggestions
          suggestions={card.categorySuggestions}
          onChoose={(s) => onChoose({ category: s.name }, `Use ${s.name} on ${where}`)}
        />
      </div>
      {[
        ["Interface", card.interface],
        ["Sensitivity", card.sensitivity],
      ].map(([label, term]) =>
        typeof term === "object" ? (
          <div className={styles.block} key={label as string} role="group" aria-label={label as string}>
            <Text weight="semibold">{label as string}</Text>
            <Body1>{term.name}</Body1>
            <Caption1>{term.description}</Caption1>
          </div>
        ) : null,
      )}
    </section>
  );
}

interface Suggestion {
  key: string;
  /** What the button's accessible name says: "Use 4.3.5 Calculate and publish physical limits". */
  use: string;
  text: string;
  because: readonly string[];
  choose: () => void;
}

function SuggestionList({ label, items }: { label: string; items: readonly Suggestion[] }) {
  const styles = useStyles();
  if (items.length === 0) return null;
  return (
    <ul className={styles.list} aria-label={label}>
      {items.map((s) => (
        <li key={s.key} className={styles.suggestion}>
          <Button size="small" onClick={s.choose} aria-label={s.use}>
            Use
          </Button>
          <Text>{s.text}</Text>
          <Because words={s.because} />
        </li>
      ))}
    </ul>
  );
}

function CapabilitySuggestions({
  suggestions,
  onChoose,
}: {
  suggestions: readonly CapabilityChoice[];
  onChoose: (s: CapabilityChoice) => void;
}) {
  const items = suggestions.map((s) => ({
    key: s.id,
    use: `Use ${s.id} ${s.name}`,
    text: `${s.id} ${s.name} (${percent(s.score)})`,
    because: s.because,
    choose: () => onChoose(s),
  }));
  return <SuggestionList label="Suggested capabilities" items={items} />;
}

function CategorySuggestions({
  suggestions,
  onChoose,
}: {
  suggestions: readonly CategoryChoice[];
  onChoose: (s: CategoryChoice) => void;
}) {
  const items = suggestions.map((s) => ({
    key: s.name,
    use: `Use ${s.name}`,
    text: `${s.name} (${s.group}, ${percent(s.score)})`,
    because: s.because,
    choose: () => onChoose(s),
  }));
  return <SuggestionList label="Suggested categories" items={items} />;
}
