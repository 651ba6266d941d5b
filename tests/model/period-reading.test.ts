/** Minimum Frequency and Latency as analysts type them. */
import { defaultReference } from "../../src/model/default-reference";
import { describeMinutes } from "../../src/model/period-reading";

const periods = defaultReference().periods;
const minutes = (text: string) => {
  const reading = periods.read(text);
  return reading?.kind === "period" ? reading.minutes : reading?.kind;
};

describe("period reading", () => {
  it.each([
    ["5 minutes", 5],
    ["5 Minutes", 5],
    ["5min", 5],
    ["5-min", 5],
    ["5 mins", 5],
    ["every 5 minutes", 5],
    ["30 seconds", 0.5],
    ["Hourly", 60],
    ["half-hourly", 30],
    ["Half hourly", 30],
    ["1 hr", 60],
    ["1.5 hours", 90],
    ["Daily", 1440],
    ["daily ", 1440],
    ["twice daily", 720],
    ["twice a day", 720],
    ["4 times per hour", 15],
    ["3x per day", 480],
    ["once a month", 43200],
    ["Weekly", 10080],
    ["fortnightly", 20160],
    ["Monthly", 43200],
    ["Quarterly", 129600],
    ["Yearly", 525600],
    ["Annually", 525600],
    ["bi-annually", 262800],
    ["every 2 years", 1051200],
    ["two days", 2880],
    ["1-2 days", 2880],
    ["within 5 minutes", 5],
    ["< 1 hr", 60],
    ["up to 1 day", 1440],
    ["minute", 1],
    ["5-minutely", 5],
    ["5\u00a0minutes", 5],
    ["5\nminutes", 5],
    ["5 minutes (SCADA)", 5],
    ["Daily (approx.)", 1440],
  ])("%j is %d minutes", (text, expected) => {
    expect(minutes(text)).toBeCloseTo(expected);
  });

  it.each([
    "On demand",
    "on-demand",
    "Ad hoc",
    "As required",
    "event driven",
    "On change",
    "Upon change",
    "Per event",
    "Event triggered",
  ])("%j is on demand", (text) => {
    expect(periods.read(text)?.kind).toBe("on-demand");
  });

  it.each(["As per frequency", "as per Frequency", "Same as frequency"])("%j is as per frequency", (text) => {
    expect(periods.read(text)?.kind).toBe("as-per-frequency");
  });

  it.each([
    ["Real time", 5, "5 minutes"],
    ["real-time", 5, "5 minutes"],
    ["Near real-time", 5, "5 minutes"],
    ["Near real time", 5, "5 minutes"],
    ["Next day", 1440, "1 day"],
    ["next-day", 1440, "1 day"],
    ["Same day", 1440, "1 day"],
    ["same-day", 1440, "1 day"],
  ])("%j is read as the period it stands for, %d minutes, marked as an idiom for %j", (text, expected, canonical) => {
    const reading = periods.read(text);
    expect(reading).toEqual({ kind: "period", minutes: expected, idiom: expect.objectContaining({ canonical }) });
  });

  it.each([
    // Time values as Excel and the .xlsx reader show them: h:mm, [h]:mm, h:mm:ss, mm:ss.0.
    ["0:05", 5],
    ["00:05", 5],
    ["0:30", 30],
    ["1:00", 60],
    ["26:00", 1560],
    ["0:05:00", 5],
    ["00:00:30", 0.5],
    ["05:00.0", 5],
    // A time value stored without a time format shows as a fraction of a day.
    ["0.003472222", 5],
    ["0.0034722222222222", 5],
    ["0.041666667", 60],
    ["0.000347222", 0.5],
    // Text periods as analysts write them.
    ["daily.", 1440],
    ["on a daily basis", 1440],
    ["weekly basis", 10080],
    ["5 minute intervals", 5],
    ["5-minute intervals", 5],
    ["15 min.", 15],
    ["every 5\u2013min", 5],
    ["1 hr", 60],
    ["30 secs", 0.5],
    ["every 5 min", 5],
    // A qualifier after the period, and an adjective with "bi" or "semi" run into it.
    ["30 mins max", 30],
    ["5 minutes or less", 5],
    ["1 hour maximum", 60],
    ["2 days at the latest", 2880],
    ["Biannually", 262800],
    ["semiannually", 262800],
  ])("%j, as a time value or a period analysts write, is %d minutes", (text, expected) => {
    expect(minutes(text)).toBeCloseTo(expected);
  });

  it.each([
    "0:00",
    "12:61",
    "0.5",
    "0.25",
    "0.123",
    "0.0034",
    "1:00 PM",
    "2024-01-01 0:05",
    "Mr. Daily",
    "basis",
    "intervals",
    "daily-ish",
    "N/A",
    "TBC",
    "24/7",
    "max",
    "or less",
    "Bimonthlyish",
  ])("%j is no period: not plainly a duration", (text) => {
    expect(periods.read(text)).toBeUndefined();
  });

  it("reads a bare number in the unit a header names, and only then", () => {
    expect(periods.unitOfHeader("Minimum Frequency (mins)")).toBe("mins");
    expect(periods.unitOfHeader("Latency [hours]")).toBe("hours");
    expect(periods.unitOfHeader("Latency - days")).toBe("days");
    expect(periods.unitOfHeader("Min Frequency")).toBeUndefined();
    expect(periods.unitOfHeader("Latency (see notes)")).toBeUndefined();
    expect(periods.read("5", "mins")).toEqual({ kind: "period", minutes: 5 });
    expect(periods.read("2", "hours")).toEqual({ kind: "period", minutes: 120 });
    expect(periods.read("0", "mins")).toBeUndefined();
    expect(periods.read("5")).toBeUndefined();
    expect(periods.read("Daily", "mins")).toEqual({ kind: "period", minutes: 1440 });
  });

  it.each([
    "Real",
    "Near",
    "real time data",
    "5",
    "ASAP",
    "soon",
    "minutely hourly",
    "0 minutes",
    "-5 minutes",
    "",
    "5 apples",
    "daily or weekly",
  ])("%j is unreadable", (text) => {
    expect(periods.read(text)).toBeUndefined();
  });

  it("describes a period for messages", () => {
    expect(describeMinutes(5)).toBe("5 minutes");
    expect(describeMinutes(1440)).toBe("1 day");
    expect(describeMinutes(90)).toBe("90 minutes");
    expect(describeMinutes(0.5)).toBe("30 seconds");
  });
});
