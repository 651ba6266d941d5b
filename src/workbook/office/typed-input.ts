/**
 * Excel reads a string written through `Range.values` as if it were typed: "4.10" becomes the number
 * 4.1, "TRUE" a boolean, "=A1" a formula, "1/2" a date. Text the add-in writes must stay the text it
 * planned, so anything Excel could read as something else gets a leading apostrophe, which Excel
 * takes as "this is text" and does not show.
 */

/** Starts like a number, a date, a formula or a sign; or is a boolean or an error literal. */
const READ_AS_OTHER = /^\s*([0-9.,+\-=@'$€£¥(]|true\s*$|false\s*$|#)/i;

export function asTextInput(text: string): string {
  return READ_AS_OTHER.test(text) ? `'${text}` : text;
}
