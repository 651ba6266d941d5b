/** Wording shared by the frequency and latency rules, built from the period vocabulary. */
export const PERIOD_EXPECTED =
  'a period in minutes, hours, days, months or years (e.g. "5 minutes", "Hourly", "Daily", "Quarterly")';
