/**
 * The task pane: Check (findings, each going to its cell and offering its fix, and the safe "Fix
 * all" offers), Auto-fill (planned lookups, chosen and applied), History (every batch the add-in
 * applied, revertible) and Workbook (highlights, dropdowns, missing tabs, column mapping, settings). Every change is shown before it is made and can be reverted; every failure is
 * shown as a message, so nothing Excel or the workbook does can crash the pane. It receives its
 * operations as props.
 */
import { Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useCallback, useEffect, useRef, useState } from "react";
import type { Finding } from "../rules/finding";
import type { ValidationReport } from "../rules/validation-report";
import type { ApplyError } from "../workflows/apply-changes";
import { changesOfFinding, type ProposedChange } from "../workflows/proposed-change";
import { appliedMessage, revertedMessage } from "./change-text";
import type { PendingChanges } from "./ChangePreview";
import { CheckPanel } from "./CheckPanel";
import { errorMessage } from "./error-message";
import type { PaneOperations } from "./pane-operations";
import { ProblemBar } from "./ProblemBar";
import { StatusBar, type Status } from "./StatusBar";
import { ViewSwitcher } from "./ViewSwitcher";

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
});

// Loaded when first shown, so the pane opens on the checking code alone.
const AutoFillPanel = lazy(() => import("./AutoFillPanel").then((module) => ({ default: module.AutoFillPanel })));
const HistoryPanel = lazy(() => import("./HistoryPanel").then((module) => ({ default: module.HistoryPanel })));
const ChangePreview = lazy(() => import("./ChangePreview").then((module) => ({ default: module.ChangePreview })));
const WorkbookPanel = lazy(() => import("./WorkbookPanel").then((module) => ({ default: module.WorkbookPanel })));
const ReviewPanel = lazy(() => import("./ReviewPanel").then((module) => ({ default: module.ReviewPanel })));
const GapsPanel = lazy(() => import("./GapsPanel").then((module) => ({ default: module.GapsPanel })));
const SummaryPanel = lazy(() => import("./SummaryPanel").then((module) => ({ default: module.SummaryPanel })));
const DefinitionsPanel = lazy(() => import("./DefinitionsPanel").then((module) => ({ default: module.DefinitionsPanel })));

type Problem = { title: string; message: string };
type View = "check" | "autofill" | "history" | "workbook" | "review" | "gaps" | "summary" | "definitions";
const views: ReadonlyArray<{ value: View; label: string }> = [
  { value: "check", label: "Check" },
  { value: "autofill", label: "Auto-fill" },
  { value: "history", label: "History" },
  { value: "workbook", label: "Workbook" },
  { value: "review", label: "Review" },
  { value: "gaps", label: "Gaps" },
  { value: "summary", label: "Summary" },
  { value: "definitions", label: "Definitions" },
];

export function App(operations: PaneOperations) {
  const { validate, goTo, planAutoFill, apply, history, revert } = operations;
  const styles = useStyles();
  const [view, setView] = useState<View>("check");
  const [report, setReport] = useState<ValidationReport>();
  const [checks, setChecks] = useState(0);
  const [checking, setChecking] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  const [status, setStatus] = useState<Status>();
  const [pending, setPending] = useState<PendingChanges>();
  const [version, setVersion] = useState(0);
  // The preview is loaded when first needed and then stays mounted (see ChangePreview).
  const [previewUsed, setPreviewUsed] = useState(false);
  const [live, setLive] = useState<"on" | "off" | "starting">("off");
  // Whether the findings are highlighted in the sheets: live mode then redraws them as they change.
  const highlighted = useRef(false);
  const redrawing = useRef<Promise<unknown>>(Promise.resolve());
  if (pending !== undefined && !previewUsed) setPreviewUsed(true);

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

  /** Applies changes the analyst has seen; afterwards the status offers Revert and the check is redone. */
  async function applyChanges(changes: readonly ProposedChange[], label: string): Promise<void> {
    setProblem(undefined);
    setStatus(undefined);
    let applied = false;
    try {
      const outcome = await apply(changes, label);
      setStatus({ message: `${label}: ${appliedMessage(outcome)}`, ...(outcome.batch === undefined ? {} : { batchId: outcome.batch.id }) });
      applied = true;
    } catch (error) {
      const batchId = (error as Partial<ApplyError>).batchId;
      setProblem({ title: `${label} did not complete`, message: errorMessage(error) });
      if (batchId !== undefined) setStatus({ message: "Part of the change may have been written.", batchId });
    } finally {
      setVersion((n) => n + 1);
    }
    // A failure stays on screen; the analyst checks again when ready.
    if (applied && report !== undefined) await check();
  }

  const revertBatch = useCallback(
    async (id: string): Promise<void> => {
      setProblem(undefined);
      try {
        setStatus({ message: revertedMessage(await revert(id)) });
      } catch (error) {
        setProblem({ title: "The change could not be reverted", message: errorMessage(error) });
      } finally {
        setVersion((n) => n + 1);
      }
    },
    [revert],
  );

  /** Live mode on or off; its updates replace the report, and what it filled shows with Revert. */
  const switchLive = useCallback(
    async (on: boolean): Promise<void> => {
      setProblem(undefined);
      if (!on) {
        setLive("off");
        await operations.stopLive().catch(() => undefined);
        return;
      }
      setLive("starting");
      try {
        await operations.startLive((update) => {
          setReport(update.report);
          // One redraw at a time; the last update's findings win.
          if (highlighted.current) redrawing.current = redrawing.current.then(() => operations.highlight(update.report.findings)).catch(() => undefined);
          if (update.did !== undefined) setStatus({ message: update.did.message, ...(update.did.batchId === undefined ? {} : { batchId: update.did.batchId }) });
        });
        setLive("on");
      } catch (error) {
        setLive("off");
        setProblem({ title: "Live mode could not start", message: errorMessage(error) });
      }
    },
    [operations],
  );

  // The pane opens the way the analyst left this workbook.
  useEffect(() => {
    let current = true;
    operations.liveRemembered().then(
      (on) => {
        if (on && current) void switchLive(true);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
    // Once, when the pane opens.
  }, []);

  /** Runs a workbook tool: its outcome as the status, its failure as a problem; never thrown at the pane. */
  async function runTool(title: string, action: () => Promise<string>): Promise<void> {
    setProblem(undefined);
    setStatus(undefined);
    try {
      setStatus({ message: await action() });
    } catch (error) {
      setProblem({ title: `${title} did not complete`, message: errorMessage(error) });
    } finally {
      setVersion((n) => n + 1);
    }
  }

  function confirm(): void {
    if (pending === undefined) return;
    setPending(undefined);
    void applyChanges(pending.changes, pending.label);
  }

  return (
    <main className={styles.pane}>
      <ViewSwitcher views={views} selected={view} onSelect={setView} />
      {problem === undefined ? null : <ProblemBar title={problem.title} message={problem.message} />}
      {status === undefined ? null : <StatusBar status={status} onRevert={(id) => void revertBatch(id)} />}
      {view === "check" ? (
        <CheckPanel
          report={report}
          checking={checking}
          checks={checks}
          onCheck={() => void check()}
          onOpen={open}
          onFix={(finding) => setPending({ label: `Fix ${finding.cell}`, changes: changesOfFinding(finding) })}
          onFixAll={(offer) => setPending({ label: offer.label, changes: offer.changes })}
          onMapColumns={() => setView("workbook")}
          live={live}
          onLive={(on) => void switchLive(on)}
        />
      ) : null}
      <Suspense fallback={<Spinner size="small" label="Loading…" />}>
        {view === "autofill" ? <AutoFillPanel plan={planAutoFill} apply={applyChanges} /> : null}
        {view === "history" ? <HistoryPanel history={history} revert={revertBatch} version={version} /> : null}
        {view === "workbook" ? <WorkbookPanel tools={operations} report={report} run={runTool} check={check} version={version} onHighlighted={(on) => (highlighted.current = on)} /> : null}
        {view === "review" ? <ReviewPanel actions={operations} propose={setPending} run={runTool} version={version} exportReport={operations.exportReport} {...(report === undefined ? {} : { check })} /> : null}
        {view === "gaps" ? <GapsPanel actions={operations} propose={setPending} version={version} /> : null}
        {view === "summary" ? <SummaryPanel actions={operations} run={runTool} version={version} /> : null}
        {view === "definitions" ? <DefinitionsPanel actions={operations} propose={setPending} version={version} /> : null}
        {previewUsed ? <ChangePreview pending={pending} onApply={confirm} onCancel={() => setPending(undefined)} /> : null}
      </Suspense>
    </main>
  );
}
