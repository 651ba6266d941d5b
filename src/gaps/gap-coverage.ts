/**
 * Whether an existing Distinct Gap Analysis row already records a quality issue of an information
 * object, so proposing gaps again (or after the consultant reworded one) adds nothing twice. A gap
 * covers the issue when both hold:
 * - its Information Object names the object (alone, or as one of several separated by ";" or line
 *   breaks), compared loosely: case, punctuation and a plural "s" ignored ("Market forecasts" =
 *   "market forecast");
 * - its Gap Description is the issue, compared the same loose way, or one holds the other whole (the
 *   consultant added a sentence), the shorter at least MIN_CONTAINED characters so that a one-word
 *   description ("Late") does not swallow every issue.
 */
import { looseKey, splitList } from "../model/text-normalise";
import type { ParsedRow, ParsedTab } from "../sheets/parsed-tab";
import type { GapColumn } from "../sheets/tab-definitions";

/** The shortest loose description that counts as held inside a longer one. */
export const MIN_CONTAINED = 12;

/** Where an issue's rows record it: their use cases and, when they agree on one, their capability's id. */
export interface IssueScope {
  useCases: readonly string[];
  capabilityId: string | undefined;
  /** The id of the capability a gap row gives (by ID, else by name), if any. */
  capabilityOfGap: (row: ParsedRow<GapColumn>) => string | undefined;
}

export function coveringGap(
  gaps: GapsByObject,
  informationObject: string,
  issue: string,
  scope?: IssueScope,
): ParsedRow<GapColumn> | undefined {
  const wanted = looseKey(issue);
  const ofObject = gaps.get(looseKey(informationObject)) ?? [];
  const same = ofObject.find((row) => similarDescriptions(looseKey(row.text.gapDescription), wanted));
  if (same !== undefined || scope === undefined) return same;
  const useCases = new Set(scope.useCases.map(looseKey));
  return ofObject.find((row) => {
    const gapUseCases = splitList(row.raw.useCase, { commas: false }).map(looseKey);
    if (useCases.size > 0 && gapUseCases.length > 0 && !gapUseCases.some((useCase) => useCases.has(useCase)))
      return false;
    const capability = scope.capabilityOfGap(row);
    return scope.capabilityId === undefined || capability === undefined || capability === scope.capabilityId;
  });
}

/** The gap rows naming each information object (loosely keyed), in tab order. */
export type GapsByObject = ReadonlyMap<string, readonly ParsedRow<GapColumn>[]>;

/**
 * The gap rows by the objects they name, made once for all the issues looked up: a look-up then
 * visits only its object's rows, where walking the tab for each issue was quadratic (20,000 issues
 * against 20,000 gaps: over a minute).
 */
export function gapsByObject(gaps: ParsedTab<GapColumn>): GapsByObject {
  const byObject = new Map<string, ParsedRow<GapColumn>[]>();
  for (const row of gaps.rows) {
    const objects = new Set(splitList(row.raw.informationObject, { commas: false }).map(looseKey));
    for (const object of objects) {
      const rows = byObject.get(object);
      if (rows === undefined) byObject.set(object, [row]);
      else rows.push(row);
    }
  }
  return byObject;
}

function similarDescriptions(a: string, b: string): boolean {
  if (a === "" || b === "") return false;
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length >= MIN_CONTAINED && longer.includes(shorter);
}
