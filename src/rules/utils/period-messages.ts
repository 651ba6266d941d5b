/** Wording shared by the frequency and latency rules, built from the period vocabulary. */
export const PERIOD_EXPECTED =
  'a period in minutes, hours, days, months or years (e.g. "5 minutes", "Hourly", "Daily", "Quarterly")';

/** A number with no unit, in a column whose header names none: say both ways to give it one. `header` is the canonical one. */
export function bareNumberMessage(value: string, header: string): string {
  return `"${value}" is a number without a unit: write it with its unit ("${value} minutes", "${value} hours", "${value} days"), or name the unit in the header ("${header} (minutes)").`;
}
