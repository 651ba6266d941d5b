/**
 * A time the workbook keeps (ISO, in UTC) as the analyst reads it: in their own time zone and
 * their locale's words, e.g. "6 Dec 2026, 3:51 pm". A text that is no time is shown as it is.
 */
const format = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });

export function localTime(iso: string, what: "date and time" | "date" = "date and time"): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return (what === "date" ? dateOnly : format).format(at);
}
