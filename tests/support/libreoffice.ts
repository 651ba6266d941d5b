/**
 * Opens a workbook in LibreOffice (Debian's, headless) and returns every sheet as CSV rows: proof
 * that a real spreadsheet application reads the files the CLI writes. Tests skip themselves, with a
 * visible note, where LibreOffice is not installed.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

export const haveSoffice = existsSync("/usr/bin/soffice");
if (!haveSoffice) console.warn("skipped: LibreOffice not installed; .ci/run installs it");
export const itWithSoffice = haveSoffice ? it : it.skip;

// Every sheet to its own UTF-8 CSV file (LibreOffice 7.2+; Debian 12 ships 7.4).
const ALL_SHEETS_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

export function sheetsAsCsv(xlsxPath: string): Record<string, string[][]> {
  const outDir = mkdtempSync(join(tmpdir(), "lo-csv-"));
  const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
  try {
    execFileSync(
      "/usr/bin/soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        ALL_SHEETS_CSV,
        "--outdir",
        outDir,
        xlsxPath,
      ],
      {
        stdio: "pipe",
        timeout: 120000,
      },
    );
    const stem = basename(xlsxPath).replace(/\.xlsx$/i, "");
    const sheets: Record<string, string[][]> = {};
    for (const file of readdirSync(outDir)) {
      if (!file.startsWith(`${stem}-`) || !file.endsWith(".csv")) continue;
      sheets[file.slice(stem.length + 1, -4)] = parseCsv(readFileSync(join(outDir, file), "utf8"));
    }
    if (Object.keys(sheets).length === 0) throw new Error(`LibreOffice could not open ${xlsxPath}`);
    return sheets;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
