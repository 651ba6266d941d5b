/**
 * The command's name, version and usage texts: one overview and one page per command, printed by
 * `--help` (on its own or after a command) and by `--version`. Kept free of imports beyond the
 * package version so that `--help` costs no more than starting node.
 */
import packageJson from "../../package.json";

/** The installed command's name (package.json "bin"); `npm run -s cli -- ...` runs the same program. */
export const BIN = "cerdc";

export const VERSION: string = packageJson.version;

export const USAGE = `Usage:
  ${BIN} validate <book.xlsx>... [--format text|json|sarif|markdown|csv|csv-summary|html] [--out FILE] [--force] [--all] [--quiet] [--max-warnings N] [--baseline REPORT.json] [--write-baseline FILE]
  ${BIN} fix <book.xlsx> --out <new.xlsx> [--normalise] [--review-fixes] [--force]
  ${BIN} propose-gaps <book.xlsx> [--out <new.xlsx> [--force]] [--format text|json]
  ${BIN} add-tabs <book.xlsx> --out <new.xlsx> [--force]
  ${BIN} template --out <new.xlsx> [--force]
  ${BIN} summary <book.xlsx> [--format text|json] [--out FILE [--force]] [--write --out <new.xlsx> [--force]]
  ${BIN} diff <old.xlsx> <new.xlsx> [--format text|json|markdown|html] [--out FILE [--force]]
  ${BIN} suggest <book.xlsx> [--format text|json] [--all]
  ${BIN} --version
  ${BIN} <command> --help
(from the repository: npm run -s cli -- <command> ...)`;

const COMMAND_HELP: Record<string, string> = {
  validate: `Usage:
  ${BIN} validate <book.xlsx>... [options]

Checks each workbook against the CER framework and prints the findings. Arguments may be files,
folders (every .xlsx and .xlsm in them, recursively, skipping Excel's ~$ lock files) or quoted globs
("books/**/*.xlsx"); several of them make one batch with one summary.

Options:
  --format FORMAT           text (default): findings by tab and rule; json: the report (one file:
                            {file, valid, summary, sheets, findings, consistency, fixable}, and
                            waivedFindings and staleWaivers when the workbook keeps waivers; a
                            batch: {valid, summary, files: [...]}); sarif: SARIF 2.1.0 for
                            code-scanning dashboards; the review and the workbook summary as
                            a document to share: markdown, html (one self-contained page), csv
                            (one row per finding) or csv-summary (one row per summary count);
                            CSV is UTF-8 with a byte order mark; cells a spreadsheet would run
                            as a formula start with '
  --out FILE                write the report to FILE (whole or not at all) and print only the
                            summary line; never one of the workbooks checked, never over an
                            existing workbook (told by its content, whatever its name), and over
                            another existing file only when it is empty or a report cerdc wrote
                            (told by its first bytes)
  --force                   replace FILE even when it is not a report cerdc wrote (and the
                            --write-baseline FILE); a workbook is still never replaced
  --all                     show every finding (text shows 20 per rule otherwise)
  --quiet                   report errors only (warnings and info are still counted)
  --max-warnings N          exit 1 when there are more than N warnings, as ESLint does
  --baseline REPORT.json    an earlier validate --format json report: findings it holds (matched
                            by rule, tab, column and row key, as waivers are, so sorting does not
                            matter) are marked unchanged (JSON and SARIF baselineState), left out
                            of the text and the counts, and only new ones decide the exit status
  --write-baseline FILE     also write this run's JSON report to FILE, to pass to --baseline later
                            (the same rules as --out)

Accepted findings (waivers): a finding a reviewer accepted in the task pane's Review view, with a
reason, is kept in the workbook itself (its add-in settings, xl/webextensions/ in the saved file,
under cer.waivers), keyed by rule, tab, column and the row's key cells, so sorting and inserting rows
keep it. validate marks such a finding "[accepted by NAME: REASON]" (JSON: moved from findings to
waivedFindings, with "waived": {by, reason, at}; SARIF: a suppression) and does not count it: an accepted error no longer makes validate exit 1, and fix
leaves it alone. A waiver whose finding no longer occurs is listed under "Stale waivers"; remove it
in the Review view. The command line never writes waivers.

Exit status: 0 no errors, 1 errors found (or too many warnings), 2 a book could not be read or the
arguments are wrong (the worst over all files).`,
  fix: `Usage:
  ${BIN} fix <book.xlsx> --out <new.xlsx> [--normalise] [--review-fixes]

Writes a copy of the workbook with the lookups filled in (Capability ID -> Capability, Capability
Group and Domain; Information Category -> Information Group; ...) and, as asked, the fixes validate
calls fixable: exactly those, so a second validate finds none left. Only empty cells are filled; a
filled cell that disagrees is reported and left alone. It lists every cell it changes (fills per
column, each fix as "from" -> "to") and ends with one line counting what it changed and what it
left. Every part of the file it does not edit is kept byte for byte.

Options:
  --out FILE      the new workbook (required; never the input)
  --force         replace FILE when it exists (without it an existing file is never replaced)
  --normalise     also apply every safe fix validate counts as "fixable with fix --normalise":
                  canonical spellings and aliases ("public" -> "Public", "S2S" -> the interface
                  it stands for)
  --review-fixes  also apply the fixes that change what was written: "did you mean" replacements
                  ("Telemetry (Devices)" -> "Telemetry (Device)") and lookups that disagree with a
                  filled cell. Check them first: run validate and read its suggestions.

Exit status: 0 written, 2 the book could not be read, --out is refused or cannot be written (one
line: "Cannot write FILE: reason"), or the arguments are wrong. Ctrl-C while writing leaves
nothing behind (exit 130; SIGTERM 143).`,
  "propose-gaps": `Usage:
  ${BIN} propose-gaps <book.xlsx> [--out <new.xlsx> [--force]] [--format text|json]

Lists the Distinct Gap Analysis rows the quality issues call for: one per information object and
issue (Data Categorisation rows whose Quality is Issues, the issue being the Quality Rationale),
with the next Gap IDs in the workbook's own pattern (G07 after G06, GAP-012 after GAP-011; G01 in a
workbook without any) and Use Case, Information Object, Information Category, Capability ID,
Capability, Domain, Gap Description and Evidence filled in. Gap Type, Capability Status and Major
Outcome are left for you. An issue a gap already records (same information object, same or
similar description) is not proposed again. Without --out nothing is written, and the gaps are
listed even when the workbook has no Distinct Gap Analysis tab yet (as it would hold them once
added with add-tabs).

Options:
  --out FILE          write a copy with the rows added below the last used row (never the input;
                      only those cells change, every other part of the file is kept byte for byte)
  --force             replace FILE when it exists
  --format text|json  text (default) or {file, sheet, gaps, covered, withoutRationale[, written]}

Exit status: 0 done, 2 the book could not be read, lacks the tabs or columns gaps need, or the
arguments are wrong.`,
  "add-tabs": `Usage:
  ${BIN} add-tabs <book.xlsx> --out <new.xlsx> [--force]

Writes a copy of the workbook with whichever of Data Categorisation, Distinct Gap Analysis and
Options it lacks added, as the task pane's Add missing tabs adds them: canonical headers in row 1 as
an Excel table, and dropdowns on the closed-vocabulary columns drawing on a hidden "CER Lists"
sheet, recorded in the add-in's settings in the file so the pane's Remove dropdowns takes them away.
Existing sheets and every other part of the file are kept byte for byte. A workbook with all three
tabs is left alone (nothing written).

Options:
  --out FILE   the new workbook (required; never the input)
  --force      replace FILE when it exists`,
  template: `Usage:
  ${BIN} template --out <new.xlsx> [--force]

Writes a fresh workbook: the three tabs with canonical headers as Excel tables and the pane's
dropdowns (as add-tabs adds them, recorded for the pane's Remove dropdowns), then reference tabs
holding the capability model, the information categories, the vocabularies and the roles.

Options:
  --out FILE   the new workbook (required)
  --force      replace FILE when it exists`,
  summary: `Usage:
  ${BIN} summary <book.xlsx> [--format text|json] [--out FILE [--force]]
  ${BIN} summary <book.xlsx> --write --out <new.xlsx> [--force]

Counts the workbook along the framework, as the add-in's Summary tab does: rows per use case group
and domain, rows per information group and category, the sensitivity mix, quality issues per use
case group, gaps per Major Outcome and capability status, and the capability heat map (information
objects, quality issues and gaps on each of the 122 Level 3 capabilities; the uncovered ones listed).
Values that do not resolve are counted as "Unrecognised" or "(blank)". The Summary tab itself, with
its native Excel charts, is written by the add-in (Summary view > Write Summary tab).

Options:
  --format text|json  text (default): tables and the heat map outline; json: the summary as data
  --out FILE          write it to FILE and print one line
  --write             with --out <new.xlsx>: write a copy of the workbook with a Summary tab of
                      plain cells added (no tables, charts or colours; never over an existing tab,
                      "CER Summary" when "Summary" is taken; every other part kept byte for byte)
  --force             with --out: replace FILE even when it is not a report cerdc wrote;
                      with --write: replace <new.xlsx> when it exists

--out FILE is never the workbook read, and a summary is never written over an existing workbook;
another existing file is replaced only when it is empty or a report cerdc wrote, or with --force.`,
  diff: `Usage:
  ${BIN} diff <old.xlsx> <new.xlsx> [--format text|json|markdown|html] [--out FILE [--force]]

Compares two versions of a workbook. Rows are matched by what they are, not where they sit: Data
Categorisation by use case + activity + information object, Distinct Gap Analysis by Gap ID,
Options by Option ID (tabs are found by role, so a renamed tab is still matched). A row whose key
cell was edited is matched by its other cells. Prints per tab the rows added, removed and changed
(each changed cell with its column, address, before and after) and how many rows only moved
(sorted, or rows inserted above: counted, not listed), then the findings the new version introduced
and the ones it resolved (matched by rule, tab, column and row, as waivers are). Values are compared
as the checker reads them: a case or spacing edit shows, a number stored as text or a formatting
change does not.

Options:
  --format FORMAT   text (default); json: {old, new, tabs: [{sheet, added, removed, changed,
                    moved}], findings: {introduced, resolved}}; markdown or html: a document
                    to share
  --out FILE        write it to FILE and print one line: never one of the workbooks nor any
                    other workbook, and over another existing file only when it is empty or
                    a report cerdc wrote
  --force           with --out: replace FILE even when it is not a report cerdc wrote

Exit status: 0 the new version introduced no error, 1 it did, 2 a book could not be read or the
arguments are wrong.`,
  suggest: `Usage:
  ${BIN} suggest <book.xlsx> [--format text|json] [--all]

For each Data Categorisation row missing a capability or an information category, the Level 3
capabilities and categories its words point to, up to 5 each, best first, each with a score (0 to 1)
and the words that matched. The ranking reads the framework's capability definitions and category
descriptions (BM25 over stemmed words, NEM abbreviations such as DOE, NMI or AEMO read as the
framework's words), weighs the domains of the row's use case group, and learns from the workbook's
own categorised rows. Writes nothing.

Options:
  --format text|json  text (default), or {file, rows: [{sheet, row, capability: [{id, name, score,
                      because}], category: [{name, group, score, because}]}]}
  --all               suggest for every row with an activity or information object

Exit status: 0 done, 2 the book could not be read, has no Data Categorisation tab, or the arguments
are wrong.`,
};

/** The help page for a command, or the overview when there is no such command. */
export function helpFor(command: string | undefined): string {
  return (command !== undefined ? COMMAND_HELP[command] : undefined) ?? USAGE;
}

/**
 * The answer to `--version` and `--help` (on its own or after a command), or undefined for any other
 * command line. Needs nothing but this file, so the installed command answers before loading the rest.
 */
export function quickAnswer(argv: readonly string[]): { stdout: string; exitCode: number } | undefined {
  const [name] = argv;
  if (name === "--version" || name === "-v") return { stdout: `${VERSION}\n`, exitCode: 0 };
  if (argv.includes("--help") || argv.includes("-h")) return { stdout: `${helpFor(name)}\n`, exitCode: 0 };
  return undefined;
}
