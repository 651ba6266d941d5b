/**
 * A small suffix-stripping stemmer for English as the framework and NEM analysts write it, so that
 * "operate", "operating", "operations" and "operational" meet on one stem ("oper"), as do
 * "settle", "settlement" and "settling" ("settl"). It is Porter's idea cut down to what these texts
 * need and easy to reason about: plurals first, then at most two passes over one list of suffixes,
 * longest first, each kept only when at least three letters (with a vowel) are left, then a
 * doubled final consonant and a final "e" or "y" dropped. Words of three letters or fewer
 * (abbreviations: DOE, NMI, PV) are left as they are.
 */

// Longest first; "ation" and "ate" both go, so operation and operate meet; "ion" catches the rest.
const SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ["istrations", "ist"],
  ["istration", "ist"],
  ["ifications", "if"],
  ["ification", "if"],
  // certificate, certified and certify meet; analysis and analyse; compliance, compliant and comply.
  ["ificates", "if"],
  ["ificate", "if"],
  ["ified", "if"],
  ["ifies", "if"],
  ["yses", "ys"],
  ["ysis", "ys"],
  ["iances", "y"],
  ["iance", "y"],
  ["iant", "y"],
  ["ising", ""],
  ["izing", ""],
  ["isations", ""],
  ["izations", ""],
  ["isation", ""],
  ["ization", ""],
  ["ational", ""],
  ["ations", ""],
  ["ation", ""],
  ["ating", ""],
  ["ators", ""],
  ["ator", ""],
  ["ated", ""],
  ["ate", ""],
  ["ments", ""],
  ["ment", ""],
  ["ness", ""],
  ["ances", ""],
  ["ance", ""],
  ["ences", ""],
  ["ence", ""],
  ["ities", ""],
  ["ity", ""],
  ["ional", ""],
  ["ions", ""],
  ["ion", ""],
  ["ings", ""],
  ["ing", ""],
  ["ers", ""],
  ["er", ""],
  ["ors", ""],
  ["edly", ""],
  ["ed", ""],
  ["ive", ""],
  ["ally", ""],
  ["al", ""],
  ["ify", "if"],
  ["ise", ""],
  ["ize", ""],
  ["atory", ""],
  ["ory", ""],
  ["ry", ""],
  ["ies", "y"],
];

const VOWEL = /[aeiouy]/;

/** The word without a plural ending: "envelopes" -> "envelope", "registries" -> "registry". */
export function singular(word: string): string {
  return word.length <= 3 || /\d/.test(word) ? word : plural(word);
}

function plural(word: string): string {
  if (word.endsWith("sses")) return word.slice(0, -2);
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith("s") && !/(ss|us|is)$/.test(word) && word.length > 3) return word.slice(0, -1);
  return word;
}

function stripOnce(word: string): string {
  for (const [suffix, replacement] of SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    if (stem.length >= 3 && VOWEL.test(stem)) return stem + replacement;
  }
  return word;
}

/** The stem of one lower-case word. */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let result = plural(word);
  result = stripOnce(result);
  result = stripOnce(result);
  // planned -> plann -> plan; "ll" and "ss" stay (install, assess), but modelling and labelled
  // meet model and label ("ell" only: installing must stay install).
  if (/([bdgmnprt])\1$/.test(result) || (result !== word && result.endsWith("ell"))) result = result.slice(0, -1);
  if (result.length > 3 && /[ey]$/.test(result)) result = result.slice(0, -1);
  return result;
}
