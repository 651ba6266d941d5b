/**
 * Reading an Initiator or Receiver the way NEM documents write roles. Besides a role's name or
 * alias, a cell may hold its plural ("DNSPs", "Retailers", "Standards Bodies") or a name with the
 * same role in brackets, as the framework writes "Distribution Network Service Providers (DNSPs)"
 * and AEMO writes "AEMO (Market Operator)". Both halves must be the same role, so "AEMO (Market
 * Operations)" or "Retailer (Customer)" stay unknown.
 */
import type { ClosedVocabulary, VocabularyTerm } from "./closed-vocabulary";

// "Name (other name)": the bracket closes the cell.
const BRACKETED = /^([^()]+?)\s*\(([^()]+)\)$/;
// The plural of the last word: "Providers", "Bodies"; never "ss" ("Access").
const PLURAL_IES = /ies$/i;
const PLURAL_S = /([^s])s$/i;

/** The role a cell names, read as above, or undefined. */
export function readRole<T extends VocabularyTerm>(roles: ClosedVocabulary<T>, name: string): T | undefined {
  const direct = singularOrSelf(roles, name);
  if (direct !== undefined) return direct;
  const bracketed = BRACKETED.exec(name);
  if (bracketed === null) return undefined;
  const outer = singularOrSelf(roles, bracketed[1] ?? "");
  const inner = singularOrSelf(roles, bracketed[2] ?? "");
  return outer !== undefined && outer === inner ? outer : undefined;
}

function singularOrSelf<T extends VocabularyTerm>(roles: ClosedVocabulary<T>, name: string): T | undefined {
  const found = roles.match(name)?.term;
  if (found !== undefined || name.length < 3) return found;
  const singular = PLURAL_IES.test(name) ? name.replace(PLURAL_IES, "y") : name.replace(PLURAL_S, "$1");
  return singular === name ? undefined : roles.match(singular)?.term;
}
