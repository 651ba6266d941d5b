/** One key initiative: its options, the gaps it closes (marked when no such gap exists), its priority use cases. */
import { Badge, Caption1, Subtitle2, Text } from "@fluentui/react-components";
import type { KeyInitiative } from "../gaps/key-initiatives";
import { plural } from "../text/plural";
import { usePaneStyles } from "./pane-styles";

export function InitiativeCard({ initiative }: { initiative: KeyInitiative }) {
  const styles = usePaneStyles();
  return (
    <article className={styles.block} aria-label={initiative.name}>
      <Subtitle2 as="h3">{initiative.name}</Subtitle2>
      <Caption1
        className={styles.muted}
      >{`${plural(initiative.options.length, "option")} · closes ${plural(initiative.gaps.filter((gap) => gap.exists).length, "gap")}`}</Caption1>
      <ul className={styles.bullets} aria-label={`Options of ${initiative.name}`}>
        {initiative.options.map((option) => (
          <li key={`${option.optionId}|${option.row}`}>
            <Text weight="semibold">{option.optionId || `Row ${option.row}`}</Text> <Text>{option.description}</Text>
          </li>
        ))}
      </ul>
      {initiative.gaps.length === 0 ? null : (
        <ul className={styles.bullets} aria-label={`Gaps closed by ${initiative.name}`}>
          {initiative.gaps.map((gap) => (
            <li key={gap.gapId.toLowerCase()} className={styles.row}>
              <Text>{gap.exists ? `${gap.gapId}: ${gap.description || "(no description)"}` : gap.gapId}</Text>
              {gap.exists ? null : (
                <Badge appearance="tint" color="danger">
                  no such gap
                </Badge>
              )}
            </li>
          ))}
        </ul>
      )}
      <Caption1>
        {initiative.priorityUseCases.length === 0
          ? "No priority use cases."
          : `Priority use cases: ${initiative.priorityUseCases.join("; ")}`}
      </Caption1>
    </article>
  );
}
