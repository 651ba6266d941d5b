/**
 * Excel reads a string written through `Range.values` as if it were typed: "4.10" becomes the number
 * 4.1, "TRUE" a boolean, "=A1" a formula, "1/2" a date. Text the add-in writes must stay the text it
 * planned, so anything Excel could read as something else gets a leading apostrophe, which Excel
 * takes as "this is text" and does not show. Dates come in many shapes ("May 2024", "3 March"), so
 * a month name beside a number is protected as well as anything starting with a digit.
 */

/** Starts like a number, a date, a formula or a sign; or is a boolean or an error literal. */
const READ_AS_OTHER = /^\s*([0-9.,+\-=@'$€£¥(]|true\s*$|false\s*$|#)/i;

/**
 * Text Excel reads as a date or time whatever its first character: "May 2024", "Jan-24", "3 March",
 * "March 3, 2024", "12:30". A month name next to a number, or hours and minutes.
 */
const MONTH =
  "(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)";
const READ_AS_DATE = new RegExp(
  `^\\s*(${MONTH}[\\s\\-/.,]*\\d{1,4}(,?\\s*\\d{2,4})?|\\d{1,2}[\\s\\-/.]*${MONTH}([\\s\\-/.,]*\\d{2,4})?|\\d{1,2}:\\d{2}(:\\d{2})?\\s*(am|pm)?)\\s*$`,
  "i",
);

export function asTextInput(text: string): string {
  return READ_AS_OTHER.test(text) || READ_AS_DATE.test(text) ? `'${text}` : text;
}
