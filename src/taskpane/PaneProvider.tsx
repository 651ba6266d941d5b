/**
 * The pane's state and its shared actions (see pane-context.ts), held once for every view. Every
 * failure becomes the pane's notice, never an exception at the pane; every change moves `version`.
 */
import { useAnnounce } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useReducer, useRef, type ReactNode } from "react";
import type { Finding } from "../check/finding";
import type { ValidationReport } from "../check/validation-report";
import type { ApplyError } from "../workflows/changes/apply-changes";
import type { ProposedChange } from "../workflows/changes/proposed-change";
import { appliedMessage, revertedMessage } from "./change-text";
import type { PendingChanges } from "./ChangePreview";
import { errorMessage } from "./error-message";
import { redrawGaps } from "./highlight-text";
import { PaneContext, type Pane } from "./pane-context";
import type { PaneOperations } from "./pane-operations";
import { initialPaneState, paneReducer } from "./pane-state";
import { countLabel, severities, severityCounts } from "./severity-labels";

/** "Checked: 4 errors, 6 warnings, 2 info.": what a screen reader hears when a check ends. */
function checkedSentence(report: ValidationReport): string {
  const counts = severityCounts(report.summary);
  return `Checked: ${severities.map((severity) => countLabel(severity, counts[severity])).join(", ")}.`;
}

export function PaneProvider({ operations, children }: { operations: PaneOperations; children: ReactNode }) {
  const [state, dispatch] = useReducer(paneReducer, initialPaneState);
  const { announce } = useAnnounce();
  const highlighted = useRef(false);
  const redrawing = useRef<Promise<unknown>>(Promise.resolve());
  // The latest report, for apply's "check again if checked" without making apply change with it.
  const reportNow = useRef<ValidationReport | undefined>(undefined);
  useEffect(() => {
    reportNow.current = state.report;
  }, [state.report]);

  const check = useCallback(async (): Promise<void> => {
    dispatch({ type: "check started" });
    try {
      const report = await operations.validate();
      dispatch({ type: "checked", report });
      announce(checkedSentence(report), { polite: true });
    } catch (error) {
      dispatch({
        type: "check failed",
        notice: { intent: "error", title: "The workbook could not be checked", message: errorMessage(error) },
      });
    }
  }, [operations, announce]);

  const open = useCallback(
    (finding: Finding): void => {
      dispatch({ type: "clear notice" });
      // Through a promise, so that even a goTo that throws at once ends as a message.
      Promise.resolve()
        .then(() => operations.goTo(finding.sheet, finding.cell))
        .catch((error: unknown) =>
          dispatch({
            type: "notice",
            notice: {
              intent: "error",
              title: `Could not go to ${finding.cell} on ${finding.sheet}`,
              message: errorMessage(error),
            },
          }),
        );
    },
    [operations],
  );

  const apply = useCallback(
    async (changes: readonly ProposedChange[], label: string): Promise<void> => {
      dispatch({ type: "clear notice" });
      let applied = false;
      try {
        const outcome = await operations.apply(changes, label);
        dispatch({
          type: "notice",
          notice: {
            intent: "success",
            message: `${label}: ${appliedMessage(outcome)}`,
            ...(outcome.batch === undefined ? {} : { batchId: outcome.batch.id }),
          },
        });
        applied = true;
      } catch (error) {
        const batchId = (error as Partial<ApplyError>).batchId;
        const partly = batchId === undefined ? "" : " Part of the change may have been written: Revert puts it back.";
        dispatch({
          type: "notice",
          notice: {
            intent: "error",
            title: `${label} did not complete`,
            message: `${errorMessage(error)}${partly}`,
            ...(batchId === undefined ? {} : { batchId }),
          },
        });
      } finally {
        dispatch({ type: "workbook changed" });
      }
      // A failure stays on screen; the analyst checks again when ready.
      if (applied && reportNow.current !== undefined) await check();
    },
    [operations, check],
  );

  const revert = useCallback(
    async (batchId: string): Promise<void> => {
      dispatch({ type: "clear notice" });
      try {
        dispatch({
          type: "notice",
          notice: { intent: "success", message: revertedMessage(await operations.revert(batchId)) },
        });
      } catch (error) {
        dispatch({
          type: "notice",
          notice: { intent: "error", title: "The change could not be reverted", message: errorMessage(error) },
        });
      } finally {
        dispatch({ type: "workbook changed" });
      }
    },
    [operations],
  );

  const run = useCallback(async (title: string, action: () => Promise<string>): Promise<void> => {
    dispatch({ type: "clear notice" });
    try {
      dispatch({ type: "notice", notice: { intent: "success", message: await action() } });
    } catch (error) {
      dispatch({
        type: "notice",
        notice: { intent: "error", title: `${title} did not complete`, message: errorMessage(error) },
      });
    } finally {
      dispatch({ type: "workbook changed" });
    }
  }, []);

  // What live mode's last redraw of the highlights could not do, so each gap is said once.
  const redrawGapSaid = useRef<string | undefined>(undefined);
  const sayRedrawGap = useCallback((gap: string | undefined): void => {
    if (gap !== undefined && gap !== redrawGapSaid.current)
      dispatch({ type: "notice", notice: { intent: "error", title: "Highlights in live mode", message: gap } });
    redrawGapSaid.current = gap;
  }, []);

  const switchLive = useCallback(
    async (on: boolean): Promise<void> => {
      dispatch({ type: "clear notice" });
      if (!on) {
        dispatch({ type: "live", live: "off" });
        await operations.stopLive().catch(() => undefined);
        return;
      }
      dispatch({ type: "live", live: "starting" });
      try {
        await operations.startLive((update) => {
          dispatch({ type: "report updated", report: update.report });
          // One redraw at a time; the last update's findings win. What a redraw could not do (a
          // protected sheet, formats Excel could not read, a failure) is said once, when it changes.
          if (highlighted.current)
            redrawing.current = redrawing.current
              .then(() => operations.highlight(update.report.findings))
              .then(
                (outcome) => sayRedrawGap(redrawGaps(outcome)),
                (error: unknown) => sayRedrawGap(`The highlights could not be redrawn: ${errorMessage(error)}`),
              );
          if (update.did !== undefined)
            dispatch({
              type: "notice",
              notice: {
                intent: "success",
                message: update.did.message,
                ...(update.did.batchId === undefined ? {} : { batchId: update.did.batchId }),
              },
            });
        });
        dispatch({ type: "live", live: "on" });
      } catch (error) {
        dispatch({ type: "live", live: "off" });
        dispatch({
          type: "notice",
          notice: { intent: "error", title: "Live mode could not start", message: errorMessage(error) },
        });
      }
    },
    [operations, sayRedrawGap],
  );

  // The pane opens the way the analyst left this workbook (asked again only for other operations:
  // another workbook). Asked once the pane has been painted: the question loads the workbook
  // adapter, which must not hold up the pane's first frame.
  useEffect(() => {
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        operations.liveRemembered().then(
          (on) => {
            if (on && current) void switchLive(true);
          },
          () => undefined,
        );
      }, 0);
    });
    return () => {
      current = false;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [operations, switchLive]);

  const pane = useMemo<Pane>(
    () => ({
      operations,
      state,
      dispatch,
      check,
      open,
      propose: (pending: PendingChanges) => dispatch({ type: "propose", pending }),
      apply,
      revert,
      run,
      switchLive,
      setHighlighted: (on: boolean) => {
        highlighted.current = on;
      },
    }),
    [operations, state, check, open, apply, revert, run, switchLive],
  );
  return <PaneContext.Provider value={pane}>{children}</PaneContext.Provider>;
}
