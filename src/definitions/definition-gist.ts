/**
 * Short pieces of a definition for messages: its gist ("installing, testing, and activating CER
 * devices" from "Covers the processes for installing, testing, and activating CER devices to ensure
 * operational readiness.") and the few words around the first word that matched ("... managing
 * settlements, and processing ...").
 */
import { stemsOf, wordsOf } from "./words";
import { NEM_SYNONYMS } from "./synonyms";

// How the framework opens a description; the gist is what follows.
const OPENINGS =
  /^(?:covers|relates to|supports|focuses on|handles|provides|addresses|ensures that|ensures|defines and manages|facilitates|informs|sharing of|data sharing of|information exchanges supporting|information relating to|information sharing required for|information to support|information to enable|providing)\s+(?:the\s+)?(?:processes\s+for\s+)?/i;

const MAX = 70;

/** The first sentence of a definition without its opening words, cut to about 70 characters. */
export function gistOf(definition: string): string {
  const first = (definition.split(/(?<=\.)\s/)[0] ?? definition).replace(/\.$/, "");
  let gist = first.replace(OPENINGS, "");
  const purpose = gist.search(/,? (?:to ensure|in order to|to improve|so that)\b/);
  if (purpose > 20) gist = gist.slice(0, purpose);
  if (gist.length > MAX) gist = `${gist.slice(0, gist.lastIndexOf(" ", MAX)).replace(/[,;:]$/, "")}...`;
  return gist;
}

/** The words around the first word of `text` that matches one of `because` (or what it stands for): "... managing settlements ...". */
export function snippetOf(text: string, because: readonly string[], around = 2): string | undefined {
  const wanted = new Set(because.flatMap((word) => [...stemsOf(word), ...stemsOf(NEM_SYNONYMS[word] ?? "")]));
  const tokens = text.split(/\s+/);
  const at = tokens.findIndex((token) => wordsOf(token).some((w) => wanted.has(w.stem)));
  if (at < 0) return undefined;
  const from = Math.max(0, at - around);
  const to = Math.min(tokens.length, at + around + 1);
  const words = tokens
    .slice(from, to)
    .join(" ")
    .replace(/[.,;:]$/, "");
  return `${from > 0 ? "... " : ""}${words}${to < tokens.length ? " ..." : ""}`;
}
