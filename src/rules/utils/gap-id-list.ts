/**
 * An option's Gap ID cell read as the gaps it names. Ids are separated by ";", "," or line breaks,
 * and as analysts also write them by "/" ("G02/G04") or as a range ("G02-G04", "G02 to G04",
 * "G02-04"). A range expands only between ids of one pattern: the same letters and, when the
 * numbers are zero-padded, the same width. An id the Gap tab has is always taken whole, so an id
 * that itself holds "/" or "-" is never split.
 */
import { splitList } from "../../model/text-normalise";

export type GapListItem =
  /** An id, and the slash list or range it was read from, if any. */
  | { kind: "id"; id: string; from?: string }
  /** A range that does not expand: two id patterns ("G02-H04"), backwards, or too long. */
  | { kind: "unreadable-range"; text: string };

// Letters with an optional separator, then the number: "G02", "GAP-2", "g 7".
const RANGE = /^([a-z]+[-_ .]?)?(\d+)\s*(?:-|–|—|\bto\b)\s*([a-z]+[-_ .]?)?(\d+)$/i;
// A range longer than this is a typo, not a list of gaps.
const MAX_RANGE = 100;

export function readGapIdList(raw: string, isKnown: (id: string) => boolean): GapListItem[] {
  const items: GapListItem[] = [];
  for (const item of splitList(raw)) {
    if (isKnown(item) || !item.includes("/")) {
      items.push(...readToken(item, isKnown));
      continue;
    }
    for (const part of item.split("/")) {
      const token = part.trim();
      if (token !== "")
        items.push(
          ...readToken(token, isKnown).map((read) =>
            read.kind === "id" && read.from === undefined ? { ...read, from: item } : read,
          ),
        );
    }
  }
  return items;
}

function readToken(token: string, isKnown: (id: string) => boolean): GapListItem[] {
  if (isKnown(token)) return [{ kind: "id", id: token }];
  const range = RANGE.exec(token);
  if (range === null) return [{ kind: "id", id: token }];
  const [, prefix = "", start = "", endPrefix, end = ""] = range;
  const padded = start.length > 1 && start.startsWith("0");
  const onePattern =
    (endPrefix === undefined || endPrefix.toLowerCase() === prefix.toLowerCase()) &&
    (!padded || end.length === start.length);
  const [from, to] = [Number(start), Number(end)];
  if (!onePattern || to < from || to - from >= MAX_RANGE) return [{ kind: "unreadable-range", text: token }];
  const ids: GapListItem[] = [];
  for (let n = from; n <= to; n++)
    ids.push({ kind: "id", id: `${prefix}${padded ? String(n).padStart(start.length, "0") : String(n)}`, from: token });
  return ids;
}
