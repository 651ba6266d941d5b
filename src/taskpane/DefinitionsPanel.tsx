/**
 * The Definitions view: selecting a cell of a Data Categorisation row shows that row's definitions
 * card (DefinitionCardView); a search box ranks capabilities and categories for typed words
 * (DefinitionSearch). A chosen capability or category goes to the change preview with its lookups,
 * is applied as one revertible batch, and the card is read again. Loaded when first shown.
 */
import { Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { DefinitionActions } from "../app/definition-actions";
import type { DefinitionChoice } from "../workflows/definitions/definition-card";
import type { PendingChanges } from "./ChangePreview";
import { DefinitionCardView } from "./DefinitionCardView";
import { DefinitionSearch } from "./DefinitionSearch";
import { errorMessage } from "./error-message";
import { ProblemBar } from "./ProblemBar";
import { useLoaded } from "./use-loaded";
import { usePane } from "./pane-context";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

export interface DefinitionsPanelProps {
  actions: DefinitionActions;
  /** Shows changes in the preview; applied, they form one revertible batch. */
  propose: (pending: PendingChanges) => void;
  /** Changes after every apply and revert, so the card is read again. */
  version: number;
}

export function DefinitionsPanel({ actions, propose, version }: DefinitionsPanelProps) {
  const styles = useStyles();
  const [selected, setSelected] = useState<{ sheet: string; row: number }>();
  const [problem, setProblem] = useState<{ title: string; message: string }>();
  const [note, setNote] = useState<string>();
  // Counts the changes that touched the selected row: the card is read again after each, so a
  // value typed over shows its definitions and questions without selecting the row anew.
  const [rowEdits, setRowEdits] = useState(0);
  const shown = useRef(selected);

  // Hear the selection, and changes to the selected row, while the view is open.
  useEffect(() => {
    let stop: (() => Promise<void>) | undefined;
    let open = true;
    actions
      .watchSelection(
        (sheet, row) => {
          shown.current = { sheet, row };
          setSelected({ sheet, row });
        },
        (change) => {
          const row = shown.current;
          // Rows inserted or deleted above move the selected one: read it again too.
          const touches =
            change.kind !== "edited" || (change.first <= (row?.row ?? 0) && (row?.row ?? 0) <= change.last);
          if (row !== undefined && change.sheet === row.sheet && touches) setRowEdits((n) => n + 1);
        },
      )
      .then(
        (stopWatching) => {
          if (open) stop = stopWatching;
          else void stopWatching();
        },
        (error: unknown) => setProblem({ title: "The selection could not be followed", message: errorMessage(error) }),
      );
    return () => {
      open = false;
      void stop?.();
    };
  }, [actions]);

  const card = useLoaded(
    async () =>
      selected === undefined ? null : ((await actions.definitionCard(selected.sheet, selected.row)) ?? null),
    `${selected?.sheet ?? ""}|${selected?.row ?? ""}|${version}|${rowEdits}`,
  );

  function choose(choice: DefinitionChoice, label: string): void {
    if (selected === undefined) return;
    setProblem(undefined);
    setNote(undefined);
    actions.planDefinitionChoice(selected.sheet, selected.row, choice).then(
      (changes) => (changes.length === 0 ? setNote("The row already says that.") : propose({ label, changes })),
      (error: unknown) => setProblem({ title: `${label} could not be planned`, message: errorMessage(error) }),
    );
  }

  const target = card.value === null || card.value === undefined ? undefined : selected;
  return (
    <div className={styles.panel}>
      {problem === undefined ? null : <ProblemBar title={problem.title} message={problem.message} />}
      {card.failure === undefined ? null : <ProblemBar title="The row could not be read" message={card.failure} />}
      {note === undefined ? null : <Text role="status">{note}</Text>}
      {selected === undefined ? (
        <Text>
          Select a cell of a Data Categorisation row to see its capability and category with the framework's
          definitions.
        </Text>
      ) : card.value === undefined ? (
        <Spinner size="small" label="Reading the row…" />
      ) : card.value === null ? (
        <Text>
          Row {selected.row} of {selected.sheet} is not a Data Categorisation row.
        </Text>
      ) : (
        <DefinitionCardView card={card.value} onChoose={choose} />
      )}
      <DefinitionSearch search={actions.searchDefinitions} target={target} onChoose={choose} />
    </div>
  );
}

/** The Definitions view as the pane shows it: the workbook's operations, the preview and the version from the pane. */
export function DefinitionsView() {
  const { operations, propose, state } = usePane();
  return <DefinitionsPanel actions={operations} propose={propose} version={state.version} />;
}
