/**
 * The check: a button that checks the workbook, the result summary, the safe "Fix all" offers, a
 * severity filter and the findings by worksheet, each going to its cell and offering its fix.
 */
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Switch,
  Text,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Severity } from "../check/finding";
import { changesOfFinding } from "../workflows/changes/proposed-change";
import { groupBySheet } from "./finding-groups";
import { FindingList } from "./FindingList";
import { FixAllOffers } from "./FixAllOffers";
import { usePane } from "./pane-context";
import { usePaneStyles } from "./pane-styles";
import { SeverityFilter } from "./SeverityFilter";
import { severities, severityCounts } from "./severity-labels";
import { SummaryBar } from "./SummaryBar";

export function CheckPanel() {
  const layout = usePaneStyles();
  const { operations, state, dispatch, check, open, propose, switchLive } = usePane();
  const { report, checking, checks, live } = state;
  // Why live mode is not offered in this Excel ("needs a newer Excel: ..."); absent when it is.
  const liveUnavailable = operations.capabilities?.missing.live;
  const [shown, setShown] = useState<ReadonlySet<Severity>>(() => new Set(severities));

  function toggle(severity: Severity): void {
    const next = new Set(shown);
    if (!next.delete(severity)) next.add(severity);
    setShown(next);
  }

  return (
    <div className={layout.section}>
      <Button
        appearance="primary"
        disabled={checking}
        icon={checking ? <Spinner size="tiny" /> : undefined}
        onClick={() => void check()}
      >
        {checking ? "Checking…" : "Check workbook"}
      </Button>
      <Switch
        checked={live !== "off"}
        disabled={live === "starting" || liveUnavailable !== undefined}
        label={
          live === "on"
            ? "Live mode: checking and filling lookups as you type"
            : live === "starting"
              ? "Live mode: starting…"
              : "Live mode"
        }
        onChange={(_, data) => void switchLive(data.checked)}
      />
      {liveUnavailable === undefined ? null : <Caption1 role="note">{liveUnavailable}</Caption1>}
      {report === undefined ? (
        <Text>Checks the Data Categorisation, Distinct Gap Analysis and Options tabs against the CER framework.</Text>
      ) : (
        <>
          <SummaryBar report={report} />
          {report.sheets
            .filter((sheet) => sheet.sheet !== null && sheet.missingColumns.length > 0)
            .map((sheet) => (
              <MessageBar key={sheet.tab} intent="warning" layout="multiline">
                <MessageBarBody>{`${sheet.sheet ?? sheet.tab}: required columns not found (${sheet.missingColumns.join(", ")}). If they are there under other headers, say which.`}</MessageBarBody>
                <MessageBarActions>
                  <Button size="small" onClick={() => dispatch({ type: "show view", view: "workbook" })}>
                    Map columns
                  </Button>
                </MessageBarActions>
              </MessageBar>
            ))}
          <FixAllOffers findings={report.findings} />
          {report.findings.length === 0 ? null : (
            <SeverityFilter shown={shown} counts={severityCounts(report.summary)} onToggle={toggle} />
          )}
          {/* A new check or filter starts the list from its first page. */}
          <FindingList
            key={`${checks}|${[...shown].join()}`}
            groups={groupBySheet(report.findings, shown)}
            onOpen={open}
            onFix={(finding) => propose({ label: `Fix ${finding.cell}`, changes: changesOfFinding(finding) })}
          />
        </>
      )}
    </div>
  );
}
