/**
 * The Summary view: the workbook's totals, each summary block as small bars, and the compact
 * capability heat map, with "Write Summary tab" (or "Refresh Summary tab") to put the full Summary,
 * with native Excel tables and charts, in the workbook. Counted afresh when opened and on Recount.
 * Loaded when first shown.
 */
import { Button, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { columnTotals, rowTotals, type SummaryMatrix } from "../summary/summary-matrix";
import { CountBars } from "./CountBars";
import { HeatMapGrid } from "./HeatMapGrid";
import { labelledTotals, TOTAL_LABELS } from "../summary/total-labels";
import { usePane } from "./pane-context";
import { usePaneStyles } from "./pane-styles";
import { useLoaded } from "./use-loaded";
import { ProblemBar } from "./ProblemBar";

const useStyles = makeStyles({
  totals: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    "& dd": { margin: 0, textAlign: "right", fontVariantNumeric: "tabular-nums" },
  },
});

/** A matrix's rows (or columns) with their totals, as bars. */
function totalsOf(matrix: SummaryMatrix, by: "rows" | "columns"): Array<{ label: string; count: number }> {
  const totals = by === "rows" ? rowTotals(matrix) : columnTotals(matrix);
  return matrix[by].map((label, i) => ({ label, count: totals[i] ?? 0 }));
}

export function SummaryPanel() {
  const styles = useStyles();
  const layout = usePaneStyles();
  const { operations: actions, state, run } = usePane();
  const { version } = state;
  const [written, setWritten] = useState(false);
  // Recount asks for a fresh count; a count that arrives after the view closed is dropped.
  const [counts, setCounts] = useState(0);

  const {
    value: summary,
    failure: problem,
    setValue: setSummary,
  } = useLoaded(() => actions.summary(), `${version}|${counts}`);

  async function writeTab(): Promise<void> {
    await run("Write Summary tab", async () => {
      const outcome = await actions.writeSummary();
      setSummary(outcome.summary);
      setWritten(true);
      return `${outcome.created ? "Wrote" : "Refreshed"} the "${outcome.sheet}" tab: tables, charts and the heat map of ${outcome.summary.totals.level3Capabilities} capabilities.`;
    });
  }

  if (problem !== undefined) return <ProblemBar title="The workbook could not be summarised" message={problem} />;
  if (summary === undefined) return <Spinner size="small" label="Counting the workbook…" />;
  const t = summary.totals;
  const quality = summary.qualityByUseCaseGroup;
  const issues = quality.columns.indexOf("Issues");
  const names = new Map(summary.useCaseGroups.map((g) => [g.code, g.name]));
  const withNames = (items: Array<{ label: string; count: number }>) =>
    items.map((item) => ({
      ...item,
      ...(names.has(item.label) ? { title: `${item.label} ${names.get(item.label) ?? ""}` } : {}),
    }));
  return (
    <div className={layout.panel}>
      <div className={layout.row}>
        <Button appearance="primary" onClick={() => void writeTab()}>
          {written ? "Refresh Summary tab" : "Write Summary tab"}
        </Button>
        <Button onClick={() => setCounts((n) => n + 1)}>Recount</Button>
      </div>
      <section aria-label="Totals">
        <dl className={styles.totals}>
          {[
            ...labelledTotals(t, [
              "categorisationRows",
              "useCases",
              "informationObjects",
              "qualityIssues",
              "gaps",
              "options",
            ]),
            [TOTAL_LABELS.level3Uncovered, `${t.level3Uncovered} of ${t.level3Capabilities}`] as const,
          ].map(([label, value]) => (
            <div key={label} style={{ display: "contents" }}>
              <dt>
                <Text>{label}</Text>
              </dt>
              <dd>
                <Text weight="semibold">{value}</Text>
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <CountBars
        title="Rows per use case group"
        unit="row"
        items={withNames(totalsOf(summary.rowsByUseCaseGroupAndDomain, "rows"))}
      />
      <CountBars title="Rows per domain" unit="row" items={totalsOf(summary.rowsByUseCaseGroupAndDomain, "columns")} />
      <CountBars
        title="Rows per information group"
        unit="row"
        items={summary.categoriesByGroup.map((g) => ({ label: g.group, count: g.count }))}
      />
      <CountBars title="Sensitivity mix" unit="row" items={summary.sensitivityMix} />
      <CountBars
        title="Quality issues per use case group"
        unit="row"
        qualifier="with quality issues"
        items={withNames(quality.rows.map((label, r) => ({ label, count: quality.counts[r]?.[issues] ?? 0 })))}
      />
      <CountBars
        title="Gaps per capability status"
        unit="gap"
        items={totalsOf(summary.gapsByOutcomeAndStatus, "columns")}
      />
      <HeatMapGrid map={summary.heatMap} />
    </div>
  );
}
