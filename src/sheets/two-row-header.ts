/**
 * A header written on two rows, as analysts group columns: "Capability" merged over "ID" and
 * "Name", "Information" over "Object", "Group" and "Category", "Roles" over "Initiator" and
 * "Receiver". The two rows read as one header whose cells are the upper cell (spread across its
 * merge) and the lower one together ("Capability ID"), or the lower one alone where that is a
 * column's name. The data starts below the lower row.
 */
import type { GridRow, SheetGrid } from "../workbook/port";
import { columnOfHeader } from "./header-matching";

/** The one header the found header row and a row next to it make, when they are a two-row header. */
export function twoRowHeader<K extends string>(
  grid: SheetGrid,
  found: GridRow,
  index: ReadonlyMap<string, K>,
): GridRow | undefined {
  const at = (row: number) => grid.rows.find((r) => r.row === row);
  const below = at(found.row + 1);
  const above = at(found.row - 1);
  const candidates = [
    below === undefined ? undefined : combined(grid, found, below, index),
    above === undefined ? undefined : combined(grid, above, found, index),
  ];
  let best: { row: GridRow; mapped: number } | undefined;
  for (const candidate of candidates)
    if (candidate !== undefined && candidate.mapped > (best?.mapped ?? mappedCount(found, index))) best = candidate;
  return best?.row;
}

function mappedCount<K extends string>(row: GridRow, index: ReadonlyMap<string, K>): number {
  return new Set(
    row.cells
      .map((cell) => (cell.trim() === "" ? undefined : columnOfHeader(index, cell)))
      .filter((key) => key !== undefined),
  ).size;
}

function combined<K extends string>(
  grid: SheetGrid,
  upper: GridRow,
  lower: GridRow,
  index: ReadonlyMap<string, K>,
): { row: GridRow; mapped: number } | undefined {
  // The upper row's text over every column its merges cover.
  const spread = [...upper.cells];
  for (const merge of grid.merges) {
    if (merge.top !== upper.row || merge.right === merge.left) continue;
    const value = upper.cells[merge.left - 1] ?? "";
    for (let c = merge.left; c < merge.right; c++) spread[c] = value;
  }
  const width = Math.max(spread.length, lower.cells.length);
  const cells: string[] = [];
  let joined = 0;
  for (let c = 0; c < width; c++) {
    const top = (spread[c] ?? "").trim();
    const bottom = (lower.cells[c] ?? "").trim();
    if (bottom === "") {
      cells.push(upper.cells[c] ?? "");
      continue;
    }
    const both = `${top} ${bottom}`;
    if (top !== "" && columnOfHeader(index, both) !== undefined) {
      cells.push(both);
      joined++;
    } else if (columnOfHeader(index, bottom) !== undefined) cells.push(bottom);
    else return undefined; // a lower cell that names no column: a data row, not half a header
  }
  if (joined === 0) return undefined;
  const row = { row: lower.row, cells };
  return { row, mapped: mappedCount(row, index) };
}
