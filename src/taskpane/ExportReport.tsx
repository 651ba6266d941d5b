/**
 * "Export report" in the Review view: the review as a web page (HTML), Markdown or CSV (the
 * findings, or the summary's counts), saved as a
 * download; and, because Excel on Mac does not save downloads from add-ins, the same report copied
 * to the clipboard. What happened is said in a status line.
 */
import { Button, Caption1, Field, Select, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { REPORT_FILE, type ReportFormat } from "../reports/report-formats";
import type { ReportActions } from "../workflows/export-report";
import { plural } from "../text/plural";
import { errorMessage } from "./error-message";
import { copyText, saveText } from "./save-text";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
});

/** The formats in the order offered: the web page first, as the one to share. */
const FORMATS: readonly ReportFormat[] = ["html", "markdown", "csv", "csv-summary"];

export interface ExportReportProps {
  exportReport: ReportActions["exportReport"];
  /** Overridable in tests; the browser's download and clipboard otherwise. */
  save?: typeof saveText;
  copy?: (text: string) => Promise<void>;
}

export function ExportReport({ exportReport, save = saveText, copy = copyText }: ExportReportProps) {
  const styles = useStyles();
  const [format, setFormat] = useState<ReportFormat>("html");
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ text: string; failed: boolean }>();

  async function run(action: "save" | "copy"): Promise<void> {
    setBusy(true);
    setOutcome(undefined);
    try {
      const report = await exportReport(format);
      if (action === "save") save(report.fileName, report.mimeType, report.text);
      else await copy(report.text);
      const what = `${REPORT_FILE[format].label} report with ${plural(report.findings, "finding")}`;
      setOutcome({ text: action === "save" ? `Saved ${report.fileName}: the ${what}.` : `Copied the ${what} to the clipboard.`, failed: false });
    } catch (error) {
      setOutcome({ text: `The report could not be exported: ${errorMessage(error)}`, failed: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className={styles.section} aria-label="Export report">
      <Subtitle2 as="h2">Export report</Subtitle2>
      <Caption1>The findings, accepted findings, stale waivers, consistency review and workbook summary, to share or keep.</Caption1>
      <div className={styles.row}>
        <Field label="Format" size="small">
          <Select size="small" value={format} onChange={(_, data) => setFormat(data.value as ReportFormat)}>
            {FORMATS.map((f) => (
              <option key={f} value={f}>
                {REPORT_FILE[f].label}
              </option>
            ))}
          </Select>
        </Field>
        <Button size="small" appearance="primary" disabled={busy} onClick={() => void run("save")}>
          Export report
        </Button>
        <Button size="small" disabled={busy} onClick={() => void run("copy")}>
          Copy report
        </Button>
      </div>
      <Caption1>Excel on Mac does not save files from add-ins: use Copy report there and paste it into a file.</Caption1>
      <Text role="status" aria-live="polite" weight={outcome?.failed === true ? "semibold" : "regular"}>
        {outcome?.text ?? ""}
      </Text>
    </section>
  );
}
