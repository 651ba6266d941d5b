/**
 * The check: a button that checks the workbook, the result summary, the safe "Fix all" offers, a
 * severity filter and the findings by worksheet, each going to its cell and offering its fix.
 */
import { Caption1, Button, MessageBar, MessageBarActions, MessageBarBody, Spinner, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Finding, Severity } from "../rules/finding";
import type { ValidationReport } from "../rules/validation-report";
import { groupBySheet } from "./finding-groups";
import { FindingList } from "./FindingList";
import { fixAllOffers, type FixAllOffer } from "./fix-groups";
import { SeverityFilter } from "./SeverityFilter";
import { severities, severityCounts } from "./severity-labels";
import { SummaryBar } from "./SummaryBar";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  offers: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

export interface CheckPanelProps {
  report: ValidationReport | undefined;
  checking: boolean;
  /** Changes with each new check, so the list starts again from its first page. */
  checks: number;
  onCheck: () => void;
  onOpen: (finding: Finding) => void;
  onFix: (finding: Finding) => void;
  onFixAll: (offer: FixAllOffer) => void;
  /** Opens the column mapping, offered when a tab lacks required columns. */
  onMapColumns: () => void;
  /** Live mode: on, off, or being switched. */
  live: "on" | "off" | "starting";
  onLive: (on: boolean) => void;
  /** Why live mode is not offered here ("needs a newer Excel: ..."); absent when it is. */
  liveUnavailable?: string;
}

export function CheckPanel({ report, checking, checks, onCheck, onOpen, onFix, onFixAll, onMapColumns, live, onLive, liveUnavailable }: CheckPanelProps) {
  const styles = useStyles();
  const [shown, setShown] = useState<ReadonlySet<Severity>>(() => new Set(severities));

  function toggle(severity: Severity): void {
    const next = new Set(shown);
    if (!next.delete(severity)) next.add(severity);
    setShown(next);
  }

  const offers = report === undefined ? [] : fixAllOffers(report.findings);
  return (
    <div className={styles.panel}>
      <Button appearance="primary" disabled={checking} icon={checking ? <Spinner size="tiny" /> : undefined} onClick={onCheck}>
        {checking ? "Checking…" : "Check workbook"}
      </Button>
      <Switch
        checked={live !== "off"}
        disabled={live === "starting" || liveUnavailable !== undefined}
        label={live === "on" ? "Live mode: checking and filling lookups as you type" : live === "starting" ? "Live mode: starting…" : "Live mode"}
        onChange={(_, data) => onLive(data.checked)}
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
                  <Button size="small" onClick={onMapColumns}>
                    Map columns
                  </Button>
                </MessageBarActions>
              </MessageBar>
            ))}
          {offers.length === 0 ? null : (
            <div className={styles.offers} role="group" aria-label="Safe fixes">
              {offers.map((offer) => (
                <Button key={offer.label} size="small" onClick={() => onFixAll(offer)}>
                  {offer.label}
                </Button>
              ))}
            </div>
          )}
          {report.findings.length === 0 ? null : <SeverityFilter shown={shown} counts={severityCounts(report.summary)} onToggle={toggle} />}
          {/* A new check or filter starts the list from its first page. */}
          <FindingList key={`${checks}|${[...shown].join()}`} groups={groupBySheet(report.findings, shown)} onOpen={onOpen} onFix={onFix} />
        </>
      )}
    </div>
  );
}
