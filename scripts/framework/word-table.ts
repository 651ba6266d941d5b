/**
 * Reads one table out of a Word document exported to text. In that export a table is a run of lines
 * that each start with a tab (one cell per line), rows are separated by blank lines, and the table
 * ends at the first line of ordinary text. Headings may carry invisible "[bookmark: ...]" anchors.
 */

export interface TableRow {
  /** 1-based line number of the row's first cell, for error messages. */
  line: number;
  /** Cell text as exported (tab removed, otherwise untouched). */
  cells: string[];
}

const bookmark = /\[bookmark: [^\]]*\]/g;

/** A heading line as a reader sees it: bookmark anchors removed, surrounding whitespace ignored. */
function headingText(line: string): string {
  return line.replace(bookmark, "").trim();
}

/**
 * Returns the data rows of the table under the heading `title` (a line reading exactly that),
 * after checking that its first row is `header`. Throws if the heading is missing or ambiguous,
 * the header differs, or a row has the wrong number of cells.
 */
export function readTable(text: string, title: string, header: readonly string[]): TableRow[] {
  const lines = text.split(/\r?\n/);
  const headings = lines.flatMap((line, index) => (headingText(line) === title ? [index] : []));
  if (headings.length !== 1) {
    throw new Error(
      headings.length === 0
        ? `table "${title}" not found: no line reads exactly "${title}"`
        : `table "${title}" is ambiguous: headings on lines ${headings.map((i) => i + 1).join(", ")}`,
    );
  }

  const rows: TableRow[] = [];
  let row: TableRow | undefined;
  for (let index = (headings[0] ?? 0) + 1; index < lines.length; index += 1) {
    const line = lines[index] ?? "";
    if (line.startsWith("\t")) {
      row ??= { line: index + 1, cells: [] };
      row.cells.push(line.slice(1));
      if (row.cells.length > header.length) {
        throw new Error(`table "${title}": row at line ${row.line} has more than ${header.length} cells`);
      }
    } else if (line.trim() === "") {
      // A blank line ends a complete row. Inside an incomplete row it is an empty paragraph within a
      // cell, which Word also writes as a blank line (Table 1 has one after the "Contracts" group cell).
      if (row !== undefined && row.cells.length === header.length) {
        rows.push(row);
        row = undefined;
      }
    } else {
      break;
    }
  }
  if (row !== undefined) {
    if (row.cells.length !== header.length) {
      throw new Error(
        `table "${title}": row at line ${row.line} has ${row.cells.length} cells, expected ${header.length}`,
      );
    }
    rows.push(row);
  }

  const [first, ...data] = rows;
  const found = first?.cells.map((cell) => cell.trim()) ?? [];
  if (found.join("|") !== header.join("|")) {
    throw new Error(`table "${title}": header is [${found.join(", ")}], expected [${header.join(", ")}]`);
  }
  return data;
}
