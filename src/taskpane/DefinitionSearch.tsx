/**
 * The search box of the Definitions view: ranks capabilities and categories for the words the
 * analyst types ("forecast demand", "envelope"), with their definitions and the words that matched;
 * with a row selected, each result can be put in that row (its lookups filled) through the preview.
 */
import { Button, Caption1, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { DefinitionChoice, DefinitionSearch as SearchResults } from "../workflows/definitions/definition-card";
import { errorMessage } from "./error-message";
import { ProblemBar } from "./ProblemBar";

const useStyles = makeStyles({
  search: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // Wraps, and the box may shrink below Fluent's minimum width: the pane can be 320 px wide.
  form: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  field: { flexGrow: 1, minWidth: 0 },
  input: { minWidth: 0, width: "100%" },
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface DefinitionSearchProps {
  search: (text: string) => Promise<SearchResults>;
  /** The selected Data Categorisation row, when there is one: results can be put there. */
  target: { sheet: string; row: number } | undefined;
  onChoose: (choice: DefinitionChoice, label: string) => void;
}

export function DefinitionSearch({ search, target, onChoose }: DefinitionSearchProps) {
  const styles = useStyles();
  const [text, setText] = useState("");
  const [results, setResults] = useState<SearchResults>();
  const [problem, setProblem] = useState<string>();

  async function run(): Promise<void> {
    setProblem(undefined);
    try {
      setResults(await search(text));
    } catch (error) {
      setProblem(errorMessage(error));
    }
  }

  const put = (label: string) => (target === undefined ? undefined : `Put ${label} in row ${target.row}`);
  return (
    <section className={styles.search} aria-label="Search the framework">
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          void run();
        }}
      >
        <Field className={styles.field} label="Search capabilities and categories">
          <Input
            className={styles.input}
            value={text}
            onChange={(_, data) => setText(data.value)}
            placeholder="forecast demand"
          />
        </Field>
        <Button type="submit" disabled={text.trim() === ""}>
          Search
        </Button>
      </form>
      {problem === undefined ? null : <ProblemBar title="The search did not complete" message={problem} />}
      {results === undefined ? null : results.capabilities.length === 0 && results.categories.length === 0 ? (
        <Text>No capability or category speaks of these words.</Text>
      ) : (
        <>
          <ul className={styles.list} aria-label="Capabilities found">
            {results.capabilities.map((c) => (
              <li key={c.id} className={styles.item}>
                <Text weight="semibold">
                  {c.id} {c.name}
                </Text>
                <Caption1>{c.definition}</Caption1>
                <Caption1 className={styles.muted}>
                  {c.level2} · {c.domain} · matched: {c.because.join(", ")}
                </Caption1>
                {put(c.id) === undefined ? null : (
                  <Button
                    size="small"
                    onClick={() => onChoose({ capabilityId: c.id }, `Use ${c.id} on row ${target?.row ?? ""}`)}
                  >
                    {put(c.id)}
                  </Button>
                )}
              </li>
            ))}
          </ul>
          <ul className={styles.list} aria-label="Categories found">
            {results.categories.map((c) => (
              <li key={c.name} className={styles.item}>
                <Text weight="semibold">
                  {c.name} ({c.group})
                </Text>
                <Caption1>{c.description}</Caption1>
                <Caption1 className={styles.muted}>matched: {c.because.join(", ")}</Caption1>
                {put(c.name) === undefined ? null : (
                  <Button
                    size="small"
                    onClick={() => onChoose({ category: c.name }, `Use ${c.name} on row ${target?.row ?? ""}`)}
                  >
                    {put(c.name)}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
