/**
 * Word's text export marks a footnote citation as "[footnoteRef:N]" and appends the footnote's own
 * text, "[N:  ...]", at the end of the same paragraph. Neither is part of the cited wording, so both
 * are removed; the caller trims the whitespace this leaves behind.
 */
export function stripFootnotes(cell: string): string {
  const cited = [...cell.matchAll(/\[footnoteRef:(\d+)\]/g)].map((match) => match[1] ?? "");
  if (cited.length === 0) return cell;

  const withoutRefs = cell.replace(/\[footnoteRef:\d+\]/g, "");
  const starts = cited.map((n) => {
    const at = withoutRefs.indexOf(`[${n}:`);
    if (at < 0) {
      throw new Error(`footnote ${n} is cited but its text "[${n}: ...]" is not in the same cell: ${cell}`);
    }
    return at;
  });
  const cut = Math.min(...starts);
  // The footnote texts must be all that follows, or we would drop real wording with them.
  if (!/^\[\d+:.*\]\s*$/s.test(withoutRefs.slice(cut))) {
    throw new Error(`footnote text is not at the end of its cell: ${cell}`);
  }
  return withoutRefs.slice(0, cut);
}
