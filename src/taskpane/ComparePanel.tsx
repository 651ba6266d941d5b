/**
 * The Compare view: the open workbook against an earlier copy the analyst picks (read here in the
 * pane by the xlsx reader, never uploaded), rows matched by their identity, each changed cell with
 * its before and after and a way to go to it, the findings introduced and resolved, and the
 * comparison exported as a document; then "Mark as reviewed" and what changed since. Loaded when
 * first shown; receives its operations as props.
 */
import {
  Button,
  Caption1,
  Field,
  Select,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, useState, type ChangeEvent } from "react";
import type { WorkbookDiff } from "../diff/workbook-diff";
import { diffCountsLine } from "../reports/diff-wording";
import type { CompareActions, ComparisonFormat } from "../app/compare-actions";
import { ChangedRowsList } from "./ChangedRowsList";
import { errorMessage } from "./error-message";
import { fileBytes } from "./file-bytes";
import { FindingChanges } from "./FindingChanges";
import { usePane } from "./pane-context";
import { ProblemBar } from "./ProblemBar";
import { copyText, saveText } from "./save-text";
import { SinceReviewSection } from "./SinceReviewSection";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
});

export interface ComparePanelProps {
  actions: CompareActions;
  goTo: (sheet: string, cell: string) => Promise<void>;
  version: number;
  /** Overridable in tests; the browser's download and clipboard otherwise. */
  save?: typeof saveText;
  copy?: (text: string) => Promise<void>;
}

export function ComparePanel({ actions, goTo, version, save = saveText, copy = copyText }: ComparePanelProps) {
  const styles = useStyles();
  const inputId = useId();
  const [diff, setDiff] = useState<WorkbookDiff>();
  const [comparing, setComparing] = useState(false);
  const [problem, setProblem] = useState<{ title: string; message: string }>();
  const [format, setFormat] = useState<ComparisonFormat>("html");
  const [outcome, setOutcome] = useState("");

  async function pick(event: ChangeEvent<HTMLInputElement>): Promise<void> {
    const file = event.target.files?.[0];
    event.target.value = ""; // the same file can be picked again after it changed
    if (file === undefined) return;
    setComparing(true);
    setProblem(undefined);
    setOutcome("");
    try {
      setDiff(await actions.compareWith({ name: file.name, bytes: await fileBytes(file) }));
    } catch (error) {
      setDiff(undefined);
      setProblem({ title: `${file.name} could not be compared`, message: errorMessage(error) });
    } finally {
      setComparing(false);
    }
  }

  function open(sheet: string, cell: string): void {
    Promise.resolve()
      .then(() => goTo(sheet, cell))
      .catch((error: unknown) =>
        setProblem({ title: `Could not go to ${cell} on ${sheet}`, message: errorMessage(error) }),
      );
  }

  async function exportIt(action: "save" | "copy"): Promise<void> {
    if (diff === undefined) return;
    try {
      const exported = await actions.exportComparison(diff, format);
      if (action === "save") save(exported.fileName, exported.mimeType, exported.text);
      else await copy(exported.text);
      setOutcome(action === "save" ? `Saved ${exported.fileName}.` : "Copied the comparison to the clipboard.");
    } catch (error) {
      setOutcome(`The comparison could not be exported: ${errorMessage(error)}`);
    }
  }

  return (
    <div className={styles.panel}>
      <section className={styles.section} aria-label="Compare with an earlier copy">
        <Subtitle2 as="h2">Compare with an earlier copy</Subtitle2>
        <Caption1>
          Pick an earlier .xlsx of this workbook. It is read here in the pane and never uploaded. Rows are matched by
          their key cells, so sorted or moved rows are not changes.
        </Caption1>
        <div>
          <label htmlFor={inputId}>
            <Text weight="semibold">Earlier copy (.xlsx)</Text>
          </label>{" "}
          <input
            id={inputId}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={comparing}
            onChange={(event) => void pick(event)}
          />
        </div>
        {comparing ? <Spinner size="small" label="Comparing…" /> : null}
        {problem === undefined ? null : <ProblemBar title={problem.title} message={problem.message} />}
        {diff === undefined ? null : (
          <>
            <Text role="status">{`${diff.old} → ${diff.new}: ${diffCountsLine(diff)}.`}</Text>
            {diff.tabs.map((tab) => (
              <ChangedRowsList key={tab.tab} tab={tab} onGoTo={open} />
            ))}
            <FindingChanges introduced={diff.findings.introduced} resolved={diff.findings.resolved} onGoTo={open} />
            <div className={styles.row}>
              <Field label="Format" size="small">
                <Select size="small" value={format} onChange={(_, data) => setFormat(data.value as ComparisonFormat)}>
                  <option value="html">Web page (HTML)</option>
                  <option value="markdown">Markdown</option>
                </Select>
              </Field>
              <Button size="small" appearance="primary" onClick={() => void exportIt("save")}>
                Export comparison
              </Button>
              <Button size="small" onClick={() => void exportIt("copy")}>
                Copy comparison
              </Button>
            </div>
            <Text aria-live="polite">{outcome}</Text>
          </>
        )}
      </section>
      <SinceReviewSection actions={actions} onGoTo={open} version={version} />
    </div>
  );
}

/** The Compare view as the pane shows it: the workbook's operations and version from the pane. */
export function CompareView() {
  const { operations, state } = usePane();
  return <ComparePanel actions={operations} goTo={operations.goTo} version={state.version} />;
}
