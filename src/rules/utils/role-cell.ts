/**
 * An Initiator or Receiver cell rewritten the way the workbook writes roles: several roles joined
 * with "&", "+", "/" or "and" separated by the column's usual separator instead, and a role written
 * with other dashes or quotes than its listed spelling written as listed. Undefined when the cell is
 * already written so, or names something that is no role (role.unknown reports that).
 */
import type { ClosedVocabulary } from "../../model/closed-vocabulary";
import { readRole, splitRoles } from "../../model/role-reading";
import { hasTypography, plainTypography, splitList, vocabularyKey } from "../../model/text-normalise";

// A character or word that may join two roles inside one list item.
const MAY_JOIN = /[&+/]|\sand\s/i;

/** Whether a stored cell may need rewriting: it holds typography or a joiner. */
export function mayNeedRewriting(raw: string): boolean {
  return hasTypography(raw) || MAY_JOIN.test(raw);
}

export function roleCellRewritten(roles: ClosedVocabulary, raw: string, separator: string): string | undefined {
  const items = splitList(raw);
  const names = splitRoles(roles, raw);
  if (names.some((name) => readRole(roles, name) === undefined)) return undefined;
  const written = names.map((name) => (hasTypography(name) ? listedSpelling(roles, name) : name));
  if (names.length !== items.length) return written.join(separator);
  // The same list: only typography to mend, in place, so the cell's own separators stay.
  let rewritten = raw;
  names.forEach((name, i) => {
    if (written[i] !== name) rewritten = rewritten.replace(name, written[i] as string);
  });
  return rewritten === raw ? undefined : rewritten;
}

/** The role's name or alias the name spells with other typography; the name written plainly when it is a plural or bracketed form. */
function listedSpelling(roles: ClosedVocabulary, name: string): string {
  const term = readRole(roles, name);
  const key = vocabularyKey(name);
  const listed =
    term === undefined
      ? undefined
      : [term.name, ...(term.aliases ?? [])].find((spelling) => vocabularyKey(spelling) === key);
  return listed ?? plainTypography(name);
}
