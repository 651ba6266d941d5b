/**
 * Reading an Initiator or Receiver the way NEM documents write roles. Besides a role's name or
 * alias, a cell may hold its plural ("DNSPs", "Retailers", "Standards Bodies", "Retailer(s)", "DNSP's") or a name with the
 * same role in brackets, as the framework writes "Distribution Network Service Providers (DNSPs)"
 * and AEMO writes "AEMO (Market Operator)". Both halves must be the same role, so "AEMO (Market
 * Operations)" or "Retailer (Customer)" stay unknown; brackets giving examples ("DNSP (e.g.
 * Ausgrid)") are a note on the role.
 */
import type { ClosedVocabulary, VocabularyTerm } from "./closed-vocabulary";
import { splitList } from "./text-normalise";

// "Name (other name)": the bracket closes the cell.
const BRACKETED = /^([^()]+?)\s*\(([^()]+)\)$/;
// The plural of the last word: "Providers", "Bodies"; never "ss" ("Access").
const PLURAL_IES = /ies$/i;
const PLURAL_S = /([^s])s$/i;
// "Retailer(s)", "Retailer/s": one or more of the role, as the column's own header "Receiver(s)"
// writes it; "DNSP's", "Retailer’s": a plural written with an apostrophe.
const ONE_OR_MORE = /\s*(?:\(s\)|\/s|['\u2019]s)$/i;

/** The role a cell names, read as above, or undefined. */
export function readRole<T extends VocabularyTerm>(roles: ClosedVocabulary<T>, name: string): T | undefined {
  const direct = singularOrSelf(roles, name);
  if (direct !== undefined) return direct;
  const bracketed = BRACKETED.exec(name);
  if (bracketed === null) return undefined;
  const outer = singularOrSelf(roles, bracketed[1] ?? "");
  // "DNSP (e.g. Ausgrid)": examples in brackets say nothing against the role.
  if (EXAMPLES.test(bracketed[2] ?? "")) return outer;
  const inner = singularOrSelf(roles, bracketed[2] ?? "");
  return outer !== undefined && outer === inner ? outer : undefined;
}

// Brackets that give examples of the role: "(e.g. Ausgrid)", "(eg AGL, Origin)", "(such as ...)".
const EXAMPLES = /^\s*(?:e\.?\s?g\.?|i\.?\s?e\.?|such as|including|incl\.?|for example)(?=[\s,.:]|$)/i;

function singularOrSelf<T extends VocabularyTerm>(roles: ClosedVocabulary<T>, name: string): T | undefined {
  const found = roles.match(name)?.term;
  if (found !== undefined || name.length < 3) return found;
  if (ONE_OR_MORE.test(name)) return roles.match(name.replace(ONE_OR_MORE, ""))?.term;
  const singular = PLURAL_IES.test(name) ? name.replace(PLURAL_IES, "y") : name.replace(PLURAL_S, "$1");
  return singular === name ? undefined : roles.match(singular)?.term;
}

// What analysts join roles with inside one list item, tried in this order: "Aggregator & Customer",
// "DNSP + Retailer", "DNSP / Retailer", "Retailer and Aggregator".
const JOINERS: readonly RegExp[] = [/\s*&\s*/, /\s*\+\s*/, /\s*\/\s*/, /\s+and\s+/i];

/**
 * The roles a cell names, as written (cleaned): its list items (separated by ";", "," or line
 * breaks), each item that is not a role itself split further at "&", "+", "/" or "and" when every
 * piece is then a role. A role whose own name holds "and" or "/" is never split, nor is an item
 * that would leave an unknown piece: it stays whole, for the role check to report.
 */
export function splitRoles<T extends VocabularyTerm>(roles: ClosedVocabulary<T>, raw: string): string[] {
  const names: string[] = [];
  for (const item of splitList(raw)) names.push(...(joinedRoles(roles, item, 0) ?? [item]));
  return names;
}

function joinedRoles<T extends VocabularyTerm>(
  roles: ClosedVocabulary<T>,
  text: string,
  depth: number,
): string[] | undefined {
  if (readRole(roles, text) !== undefined) return [text];
  if (depth >= JOINERS.length) return undefined;
  for (let j = depth; j < JOINERS.length; j++) {
    const pieces = text.split(JOINERS[j] as RegExp).filter((piece) => piece !== "");
    if (pieces.length < 2) continue;
    const read = pieces.map((piece) => joinedRoles(roles, piece, j + 1));
    if (read.every((names) => names !== undefined)) return read.flat();
  }
  return undefined;
}

/**
 * The separator role lists mostly use between roles ("; ", ", " or a line break), from the cells
 * that use one; "; " when none does.
 */
export function usualRoleSeparator(cells: Iterable<string>): string {
  const counts = new Map<string, number>();
  for (const cell of cells) {
    const separator = /\s*(?:\r?\n|;|,)\s*/.exec(cell.trim())?.[0];
    if (separator === undefined) continue;
    const kind = separator.includes("\n") ? "\n" : separator.includes(";") ? "; " : ", ";
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  let best = "; ";
  let most = 0;
  for (const [kind, count] of counts) {
    if (count > most) [best, most] = [kind, count];
  }
  return best;
}

/** The role a name is read as, by its canonical name, for comparing rows ("Market Operator" and "AEMO" agree); the name itself when it is no role. */
export function canonicalRole<T extends VocabularyTerm>(roles: ClosedVocabulary<T>, name: string): string {
  return readRole(roles, name)?.name ?? name;
}
