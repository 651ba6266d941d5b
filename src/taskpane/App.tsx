/**
 * The task pane: a button that checks the workbook, the result summary, a severity filter and the
 * findings by worksheet; clicking a finding goes to its cell. It receives its operations as props
 * and shows every failure as a message, so nothing Excel or the workbook does can crash it.
 */
import { Button, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Finding, Severity } from "../rules/finding";
import type { ValidationReport } from "../rules/validation-report";
import { errorMessage } from "./error-message";
import { groupBySheet } from "./finding-groups";
import { FindingList } from "./FindingList";
import type { PaneOperations } from "./pane-operations";
import { ProblemBar } from "./ProblemBar";
import { SeverityFilter } from "./SeverityFilter";
import { severities, severityCounts } from "./severity-labels";
import { SummaryBar } from "./SummaryBar";

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
});

type Problem = { title: string; message: string };

export function App({ validate, goTo }: PaneOperations) {
  const styles = useStyles();
  const [report, setReport] = useState<ValidationReport>();
  const [checks, setChecks] = useState(0);
  const [checking, setChecking] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  const [shown, setShown] = useState<ReadonlySet<Severity>>(() => new Set(severities));

  async function check(): Promise<void> {
    setChecking(true);
    setProblem(undefined);
    try {
      setReport(await validate());
      setChecks((n) => n + 1);
    } catch (error) {
      setReport(undefined);
      setProblem({ title: "The workbook could not be checked", message: errorMessage(error) });
    } finally {
      setChecking(false);
    }
  }

  function open(finding: Finding): void {
    setProblem(undefined);
    // Through a promise, so that even a goTo that throws at once ends as a message.
    Promise.resolve()
      .then(() => goTo(finding.sheet, finding.cell))
      .catch((error: unknown) => {
        setProblem({ title: `Could not go to ${finding.cell} on ${finding.sheet}`, message: errorMessage(error) });
      });
  }

  function toggle(severity: Severity): void {
    const next = new Set(shown);
    if (!next.delete(severity)) next.add(severity);
    setShown(next);
  }

  return (
    <main className={styles.pane}>
      <Button appearance="primary" disabled={checking} icon={checking ? <Spinner size="tiny" /> : undefined} onClick={() => void check()}>
        {checking ? "Checking…" : "Check workbook"}
      </Button>
      {problem === undefined ? null : <ProblemBar title={problem.title} message={problem.message} />}
      {report === undefined ? (
        <Text>Checks the Data Categorisation, Distinct Gap Analysis and Options tabs against the CER framework.</Text>
      ) : (
        <>
          <SummaryBar report={report} />
          {report.findings.length === 0 ? null : <SeverityFilter shown={shown} counts={severityCounts(report.summary)} onToggle={toggle} />}
          {/* A new check or filter starts the list from its first page. */}
          <FindingList key={`${checks}|${[...shown].join()}`} groups={groupBySheet(report.findings, shown)} onOpen={open} />
        </>
      )}
    </main>
  );
}
