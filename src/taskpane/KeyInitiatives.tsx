/** The Key Initiatives: the options by initiative (InitiativeCard), then the gaps no option closes. */
import { Spinner, Subtitle2, Text } from "@fluentui/react-components";
import { InitiativeCard } from "./InitiativeCard";
import { usePane } from "./pane-context";
import { usePaneStyles } from "./pane-styles";
import { ProblemBar } from "./ProblemBar";
import { useLoaded } from "./use-loaded";

export function KeyInitiatives() {
  const styles = usePaneStyles();
  const { operations, state } = usePane();
  const { value: view, failure } = useLoaded(() => operations.keyInitiatives(), state.version);

  return (
    <section className={styles.section} aria-label="Key initiatives">
      <Subtitle2 as="h2">Key initiatives</Subtitle2>
      {failure !== undefined ? (
        <ProblemBar title="The options could not be read" message={failure} />
      ) : view === undefined ? (
        <Spinner size="small" label="Reading the options…" />
      ) : (
        <>
          {view.optionsSheet === undefined ? <Text>This workbook has no Options tab yet.</Text> : null}
          {view.optionsSheet !== undefined && view.initiatives.length === 0 ? (
            <Text>{`No options on ${view.optionsSheet} yet.`}</Text>
          ) : null}
          {view.initiatives.map((initiative) => (
            <InitiativeCard
              key={initiative.named ? `i:${initiative.name.toLowerCase()}` : "none"}
              initiative={initiative}
            />
          ))}
          <div className={styles.block}>
            <Subtitle2 as="h3">{`Gaps no option closes (${view.gapsWithoutOption.length})`}</Subtitle2>
            {view.gapsWithoutOption.length === 0 ? (
              <Text>Every gap is closed by at least one option.</Text>
            ) : (
              <ul className={styles.bullets}>
                {view.gapsWithoutOption.map((gap) => (
                  <li key={`${gap.gapId}|${gap.row}`}>
                    <Text>{`${gap.gapId}: ${gap.description || "(no description)"}`}</Text>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </>
      )}
    </section>
  );
}
