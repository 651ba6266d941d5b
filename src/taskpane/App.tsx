/**
 * The task pane: the view switcher, the pane's notice (a failure, or what the last change did with
 * its Revert), the view shown (views.ts) and the preview of changes. Every change is shown before it
 * is made and can be reverted; every failure is shown as a message, so nothing Excel or the workbook
 * does can crash the pane. It receives the workbook's operations as props and gives them to its
 * views through the pane's context (PaneProvider).
 */
import { Spinner } from "@fluentui/react-components";
import { Suspense, lazy, useState } from "react";
import { NoticeBar } from "./NoticeBar";
import { usePane } from "./pane-context";
import type { PaneOperations } from "./pane-operations";
import { usePaneStyles } from "./pane-styles";
import { PaneProvider } from "./PaneProvider";
import { paneViews } from "./views";
import { ViewSwitcher } from "./ViewSwitcher";

const ChangePreview = lazy(() => import("./ChangePreview").then((module) => ({ default: module.ChangePreview })));

export function App(operations: PaneOperations) {
  return (
    <PaneProvider operations={operations}>
      <PaneLayout />
    </PaneProvider>
  );
}

function PaneLayout() {
  const styles = usePaneStyles();
  const { state, dispatch, revert, apply } = usePane();
  const { view, notice, pending } = state;
  // The preview is loaded when first needed and then stays mounted (see ChangePreview).
  const [previewUsed, setPreviewUsed] = useState(false);
  if (pending !== undefined && !previewUsed) setPreviewUsed(true);
  const shown = paneViews.find((candidate) => candidate.id === view) ?? paneViews[0];

  function confirm(): void {
    if (pending === undefined) return;
    dispatch({ type: "close preview" });
    void apply(pending.changes, pending.label);
  }

  return (
    <main className={styles.pane}>
      <ViewSwitcher views={paneViews} selected={view} onSelect={(id) => dispatch({ type: "show view", view: id })} />
      {notice === undefined ? null : <NoticeBar key={notice.id} notice={notice} onRevert={(id) => void revert(id)} />}
      <Suspense fallback={<Spinner size="small" label="Loading…" />}>
        {shown === undefined ? null : <shown.Panel />}
        {previewUsed ? (
          <ChangePreview pending={pending} onApply={confirm} onCancel={() => dispatch({ type: "close preview" })} />
        ) : null}
      </Suspense>
    </main>
  );
}
