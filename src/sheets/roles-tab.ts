/**
 * The optional Roles tab: the workbook's own role vocabulary for Initiator and Receiver. The first
 * column holds role names; a header row ("Role", "Roles", "Role Name", "Name") is skipped, and
 * columns headed "Alias(es)" / "Abbreviation" or "Description" are read when present.
 */
import type { VocabularyTerm } from "../model/closed-vocabulary";
import { cleanText, splitList } from "../model/text-normalise";
import type { SheetGrid } from "../workbook/port";
import { headerKey } from "./header-matching";

export const rolesTabNames = ["Roles", "Role List", "Roles List", "Market Roles", "Role Register", "Role"];

const NAME_HEADERS = new Set(["role", "role name", "name", "market role", "system role"].map(headerKey));
const ALIAS_HEADERS = new Set(
  ["alias", "aliases", "abbreviation", "other names", "also known as", "acronym"].map(headerKey),
);
const DESCRIPTION_HEADERS = new Set(["description", "role description", "definition"].map(headerKey));

export function readRolesTab(grid: SheetGrid): VocabularyTerm[] {
  const rows = grid.rows.filter((r) => cleanText(r.cells[0] ?? "") !== "");
  const first = rows[0];
  let aliasCol: number | undefined;
  let descriptionCol: number | undefined;
  let body = rows;
  if (first !== undefined && NAME_HEADERS.has(headerKey(first.cells[0] ?? ""))) {
    body = rows.slice(1);
    first.cells.forEach((cell, col) => {
      const key = headerKey(cell);
      if (ALIAS_HEADERS.has(key)) aliasCol ??= col;
      if (DESCRIPTION_HEADERS.has(key)) descriptionCol ??= col;
    });
  }
  return body.map((row) => {
    const term: VocabularyTerm = { name: cleanText(row.cells[0] ?? "") };
    if (aliasCol !== undefined) term.aliases = splitList(row.cells[aliasCol] ?? "");
    if (descriptionCol !== undefined) {
      const description = cleanText(row.cells[descriptionCol] ?? "");
      if (description !== "") term.description = description;
    }
    return term;
  });
}
