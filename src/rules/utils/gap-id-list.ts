/**
 * An option's Gap ID cell read as the gaps it names. Ids are separated by ";", "," or line breaks,
 * and as analysts also write them by "/", "&", "+" or "and" ("G02/G04", "G01 & G02"), by spaces
 * when every piece is a known id ("G01 G02"), or as a range ("G02-G04", "G02 to G04", "G02-04").
 * A full stop closing an item is a sentence's, not the id's ("G02."). A range expands only between
 * ids of one pattern: the same letters and, when the numbers are zero-padded, the same width. An id
 * the Gap tab has is always taken whole, so an id that itself holds "/", "-" or "." is never split.
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

// What joins ids within one list item: "G02/G04", "G01 & G02", "G01+G02", "G01 and G02".
const JOINER = /\s*[/&+]\s*|\s+and\s+/i;

export function readGapIdList(raw: string, isKnown: (id: string) => boolean): GapListItem[] {
  const items: GapListItem[] = [];
  for (const listed of splitList(raw)) {
    const item = isKnown(listed) ? listed : listed.replace(/\.+$/, "");
    if (item === "") continue;
    const pieces = isKnown(item) ? [item] : joinedIds(item, isKnown);
    if (pieces.length === 1) {
      items.push(...readToken(item, isKnown));
      continue;
    }
    for (const piece of pieces)
      items.push(
        ...readToken(piece, isKnown).map((read) =>
          read.kind === "id" && read.from === undefined ? { ...read, from: item } : read,
        ),
      );
  }
  return items;
}

/** The pieces of an item that is no known id: split at a joiner, else at spaces when every piece is a known id. */
function joinedIds(item: string, isKnown: (id: string) => boolean): string[] {
  if (JOINER.test(item)) return item.split(JOINER).filter((piece) => piece !== "");
  const words = item.split(" ");
  return words.length > 1 && words.every(isKnown) ? words : [item];
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
