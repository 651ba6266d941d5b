/**
 * "Export report" in the Review view: the review as a web page (HTML), Markdown or CSV (the
 * findings, or the summary's counts), saved as a
 * download; and, because Excel on Mac does not save downloads from add-ins, the same report copied
 * to the clipboard. What happened is said in a status line.
 */
import { Button, Caption1, Field, Select, Subtitle2, Text } from "@fluentui/react-components";
import { useState } from "react";
import { REPORT_FILE, type ReportFormat } from "../reports/report-formats";
import { plural } from "../text/plural";
import { usePane } from "./pane-context";
import { usePaneStyles } from "./pane-styles";
import { ProblemBar } from "./ProblemBar";
import { copyText, saveText } from "./save-text";
import { useOperation } from "./use-operation";

/** The formats in the order offered: the web page first, as the one to share. */
const FORMATS: readonly ReportFormat[] = ["html", "markdown", "csv", "csv-summary"];

export interface ExportReportProps {
  /** Overridable in tests; the browser's download and clipboard otherwise. */
  save?: typeof saveText;
  copy?: (text: string) => Promise<void>;
  /** False on Excel on Mac (office-js #2700): the download would be dropped, so only Copy is offered. */
  canSave?: boolean;
}

export function ExportReport({ save = saveText, copy = copyText, canSave = true }: ExportReportProps) {
  const styles = usePaneStyles();
  const { operations } = usePane();
  const exporting = useOperation();
  const [format, setFormat] = useState<ReportFormat>("html");
  const [done, setDone] = useState<string>();

  async function run(action: "save" | "copy"): Promise<void> {
    setDone(undefined);
    const said = await exporting.run(
      async () => {
        const report = await operations.exportReport(format);
        if (action === "save") save(report.fileName, report.mimeType, report.text);
        else await copy(report.text);
        const what = `${REPORT_FILE[format].label} report with ${plural(report.findings, "finding")}`;
        return action === "save" ? `Saved ${report.fileName}: the ${what}.` : `Copied the ${what} to the clipboard.`;
      },
      (sentence) => sentence,
    );
    setDone(said);
  }

  return (
    <section className={styles.section} aria-label="Export report">
      <Subtitle2 as="h2">Export report</Subtitle2>
      <Caption1>
        The findings, accepted findings, stale waivers, consistency review and workbook summary, to share or keep.
      </Caption1>
      <div className={styles.fields}>
        <Field label="Format" size="small">
          <Select size="small" value={format} onChange={(_, data) => setFormat(data.value as ReportFormat)}>
            {FORMATS.map((f) => (
              <option key={f} value={f}>
                {REPORT_FILE[f].label}
              </option>
            ))}
          </Select>
        </Field>
        {canSave ? (
          <Button size="small" appearance="primary" disabled={exporting.busy} onClick={() => void run("save")}>
            Export report
          </Button>
        ) : null}
        <Button
          size="small"
          appearance={canSave ? "secondary" : "primary"}
          disabled={exporting.busy}
          onClick={() => void run("copy")}
        >
          Copy report
        </Button>
      </div>
      <Caption1>
        {canSave
          ? "Excel on Mac does not save files from add-ins: use Copy report there and paste it into a file."
          : "Excel on Mac does not save files from add-ins: copy the report and paste it into a file."}
      </Caption1>
      {done === undefined ? null : <Text>{done}</Text>}
      {exporting.failure === undefined ? null : (
        <ProblemBar key={exporting.attempt} title="The report could not be exported" message={exporting.failure} />
      )}
    </section>
  );
}
