/**
 * Column mapping: for each tab where a required column was not found, the tab's header cells to
 * choose from for each missing column. The choice is saved in the workbook (it travels with the
 * file; the command line reads it too), and the workbook is checked again.
 */
import { Button, Caption1, Field, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ColumnOverrides } from "../sheets/read-tab";
import type { MappingChoices } from "../workflows/settings/column-mapping";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface MappingFormProps {
  choices: readonly MappingChoices[];
  onSave: (tab: MappingChoices["tab"], columns: ColumnOverrides) => void;
}

function TabMapping({ choice, onSave }: { choice: MappingChoices; onSave: MappingFormProps["onSave"] }) {
  const styles = useStyles();
  const [picked, setPicked] = useState<Record<string, string>>({});
  return (
    <form
      className={styles.form}
      aria-label={`Map the columns of ${choice.sheet}`}
      onSubmit={(event) => {
        event.preventDefault();
        onSave(choice.tab, picked);
      }}
    >
      <Subtitle2 as="h3">{choice.sheet}</Subtitle2>
      <Caption1>
        {choice.headerRow === undefined
          ? "No header row was recognised; pick the columns from the fullest of the first rows."
          : `Header row ${choice.headerRow}.`}
      </Caption1>
      {choice.missing.map(({ key, header }) => (
        <Field key={key} label={`${header} is in column`}>
          <Select value={picked[key] ?? ""} onChange={(_, data) => setPicked({ ...picked, [key]: data.value })}>
            <option value="">(not in this tab)</option>
            {choice.headers.map(({ column, text }) => (
              <option key={column} value={text}>{`${column}: ${text}`}</option>
            ))}
          </Select>
        </Field>
      ))}
      <Button type="submit" appearance="primary" disabled={Object.values(picked).every((value) => value === "")}>
        Save mapping and check again
      </Button>
    </form>
  );
}

export function MappingForm({ choices, onSave }: MappingFormProps) {
  const needing = choices.filter((choice) => choice.missing.length > 0);
  if (needing.length === 0) return <Caption1>Every required column was found.</Caption1>;
  return (
    <>
      {needing.map((choice) => (
        <TabMapping key={choice.tab} choice={choice} onSave={onSave} />
      ))}
    </>
  );
}
