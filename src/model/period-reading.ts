/**
 * Reads Minimum Frequency and Latency cells: a period ("5 minutes", "Hourly", "every 2 days",
 * "twice daily", "< 1 hr", "1-2 days"), "On demand", or (latency only) "As per frequency". The
 * units and their words come from seeds/vocabularies.json, and so do the phrases that stand for a
 * period ("Real time", "Next day"), which are read as that period but marked as an idiom. A bare
 * number ("5") is a period only in a column whose header names the unit ("Latency (mins)").
 */
import { BoundedMemo } from "./bounded-memo";
import { ClosedVocabulary } from "./closed-vocabulary";
import type { VocabulariesSeed } from "./seed-schemas";
import { cleanText, plainTypography, vocabularyKey } from "./text-normalise";

/** A phrase that stands for a period, and the explicit form of that period. */
export interface PeriodIdiom {
  /** The explicit form, e.g. "5 minutes". */
  canonical: string;
  /** Why the phrase means that period, for messages. */
  meaning: string;
}

export type PeriodReading =
  | { kind: "period"; minutes: number; idiom?: PeriodIdiom }
  | { kind: "on-demand"; canonical: string }
  | { kind: "as-per-frequency"; canonical: string };

type UnitSeed = VocabulariesSeed["periodUnits"][number];

/** The unit a column header names in a note: "Latency (mins)", "Frequency [hours]", "Latency - minutes". */
const HEADER_UNIT_NOTE = /(?:[([]\s*|\s[-–—]\s+|:\s*)([a-z]+)\s*[)\]]?\s*[*:]?\s*$/i;
const BARE_NUMBER = /^\d+(?:\.\d+)?$/;
// A duration as Excel shows a time value: "0:05" (h:mm), "26:00" ([h]:mm), "0:05:00" (h:mm:ss).
const CLOCK = /^(\d{1,5}):([0-5]\d)(?::([0-5]\d))?$/;
// Minutes and seconds with tenths, as Excel shows "mm:ss.0": "05:00.0".
const MINUTES_SECONDS = /^(\d{1,4}):([0-5]\d)\.\d+$/;
// A fraction of a day as General shows a time value stored without a time format: "0.003472222"
// (five minutes). Four decimals at least: "0.5" or "0.25" is a bare number, not a time.
const DAY_FRACTION = /^0?\.\d{4,}$/;

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  once: 1,
  two: 2,
  twice: 2,
  three: 3,
  thrice: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  half: 0.5,
};

// Words that say nothing about the period itself: "every 5 minutes", "within 1 hour", "< 1 hr".
const QUALIFIERS =
  /^(?:(?:(?:at\s+(?:least|most)|every|each|per|within|up\s+to|less\s+than|under|about|approx(?:imately)?|around|min(?:imum)?|max(?:imum)?|no\s+more\s+than|no\s+later\s+than)\b\.?|<=|>=|[<>≤≥~])\s*)+/;
// The same after the period: "30 mins max", "5 minutes or less", "2 days at the latest".
const TRAILING_QUALIFIERS =
  /(?<=\S)\s+(?:max(?:imum)?|minimum|or\s+(?:less|sooner|shorter|more|longer)|at\s+(?:the\s+)?(?:latest|most|least))\.?$/;
// A count in digits ("5", "1.5") or words ("two", "half"); a word must end at a space or hyphen.
const COUNT = String.raw`(\d+(?:\.\d+)?|[a-z]+(?=[\s-]))`;
const ADJECTIVAL = new RegExp(String.raw`^(?:${COUNT}[\s-]*)?([a-z]+)$`);
const TIMES_PER = new RegExp(
  String.raw`^(\d+|[a-z]+)(?:\s*x|\s+times?)?\s*(?:\ba\b|\ban\b|\bper\b|\bevery\b|\beach\b|/)\s*(?:${COUNT}\s*)?([a-z.()]+)$`,
);
const COUNT_AND_UNIT = new RegExp(String.raw`^(?:${COUNT}\s*(?:(?:-|–|to)\s*${COUNT})?\s*-?\s*)?([a-z.()]+)$`);

export class PeriodVocabulary {
  private readonly unitByWord = new Map<string, UnitSeed>();
  private readonly unitByAdjective = new Map<string, UnitSeed>();
  private readonly idiomByKey = new Map<string, { minutes: number; idiom: PeriodIdiom }>();
  readonly onDemand: ClosedVocabulary;
  readonly asPerFrequency: ClosedVocabulary;

  constructor(seed: Pick<VocabulariesSeed, "periodUnits" | "periodIdioms" | "onDemand" | "asPerFrequency">) {
    for (const unit of seed.periodUnits) {
      for (const word of unit.words) this.unitByWord.set(word.toLowerCase(), unit);
      for (const adjective of unit.adjectives) this.unitByAdjective.set(adjective.toLowerCase(), unit);
    }
    this.idioms = seed.periodIdioms;
    for (const idiom of seed.periodIdioms) {
      const reading = { minutes: idiom.minutes, idiom: { canonical: idiom.canonical, meaning: idiom.meaning } };
      for (const phrase of idiom.phrases) this.idiomByKey.set(vocabularyKey(phrase), reading);
    }
    this.onDemand = new ClosedVocabulary("frequency", [seed.onDemand]);
    this.asPerFrequency = new ClosedVocabulary("latency", [seed.asPerFrequency]);
  }

  /** The smallest and largest units, for messages such as "minutes to years". */
  get unitWords(): string[] {
    return [...new Set([...this.unitByWord.values()].map((u) => u.unit))];
  }

  /** The phrases read as a period, as the seed lists them, for documentation. */
  readonly idioms: ReadonlyArray<{ phrases: readonly string[]; canonical: string; meaning: string }>;

  /**
   * The unit a column's header names in a note ("Minimum Frequency (mins)"), in whose terms a bare
   * number in that column is read; undefined when the header names none. Called once per column.
   */
  unitOfHeader(header: string): string | undefined {
    const word = HEADER_UNIT_NOTE.exec(cleanText(header))?.[1]?.toLowerCase();
    return word !== undefined && this.unitByWord.has(word) ? word : undefined;
  }

  /** Whether the cell is a number with no unit ("5"). */
  isBareNumber(raw: string): boolean {
    return BARE_NUMBER.test(raw);
  }

  private readonly memo = new BoundedMemo<PeriodReading | undefined>();

  /** The cell's reading; `unit` (from unitOfHeader) is the unit of a bare number. */
  read(raw: string, unit?: string): PeriodReading | undefined {
    const time = timeMinutes(raw);
    if (time !== undefined) return { kind: "period", minutes: time };
    if (unit !== undefined && BARE_NUMBER.test(raw)) {
      const count = Number(raw);
      const minutes = this.unitMinutes(unit);
      return count > 0 && minutes !== undefined ? { kind: "period", minutes: count * minutes } : undefined;
    }
    return this.memo.get(raw, this.readUncached);
  }

  private readonly readUncached = (raw: string): PeriodReading | undefined => {
    const onDemand = this.onDemand.match(raw);
    if (onDemand) return { kind: "on-demand", canonical: onDemand.term.name };
    const asPer = this.asPerFrequency.match(raw);
    if (asPer) return { kind: "as-per-frequency", canonical: asPer.term.name };
    const idiom = this.idiomByKey.get(vocabularyKey(raw));
    if (idiom) return { kind: "period", minutes: idiom.minutes, idiom: idiom.idiom };
    const minutes = this.readMinutes(plainTypography(cleanText(raw)).toLowerCase());
    return minutes === undefined ? undefined : { kind: "period", minutes };
  };

  private readMinutes(text: string): number | undefined {
    // A note in brackets after the period ("5 minutes (SCADA)", "Daily (approx.)") says nothing
    // about it, nor does a closing full stop, nor "on a ... basis" or "intervals" around it.
    const body = text
      .replace(/^on\s+an?\s+(\S+)\s+basis$/, "$1")
      .replace(QUALIFIERS, "")
      .replace(TRAILING_QUALIFIERS, "")
      .replace(/\s*[([][^)\]]*[)\]]$/, "")
      .replace(/(?<=\S)\s+(?:basis|intervals?)$/, "")
      .replace(/(?<=[a-z])\.$/, "")
      .trim();
    if (body === "") return undefined;
    return this.adjectival(body) ?? this.timesPer(body) ?? this.countAndUnit(body);
  }

  private unitMinutes(word: string): number | undefined {
    const unit = this.unitByWord.get(word) ?? this.unitByWord.get(word.replace(/\.$/, ""));
    return unit?.minutes;
  }

  /** "hourly", "half-hourly", "5-minutely", "twice daily", "bi-annually", "biannually". */
  private adjectival(body: string): number | undefined {
    const match = ADJECTIVAL.exec(body);
    if (match === null) return undefined;
    const word = match[2] ?? "";
    // "biannually", "semiannually": the prefix run into the adjective.
    const runIn = match[1] === undefined ? /^(bi|semi)(.+)$/.exec(word) : null;
    const unit =
      this.unitByAdjective.get(word) ?? (runIn === null ? undefined : this.unitByAdjective.get(runIn[2] ?? ""));
    if (unit === undefined) return undefined;
    const prefix = match[1] ?? (this.unitByAdjective.has(word) ? undefined : runIn?.[1]);
    if (prefix === undefined) return unit.minutes;
    if (prefix === "bi" || prefix === "semi") return unit.minutes / 2;
    if (prefix === "quarter") return unit.minutes / 4;
    const count = toNumber(prefix);
    if (count === undefined || count <= 0) return undefined;
    // "twice daily" divides the period; "5-minutely" and "half-hourly" multiply the unit.
    return prefix === "twice" || prefix === "thrice" ? unit.minutes / count : unit.minutes * count;
  }

  /** "twice a day", "4 times per hour", "3x per day", "once a month". */
  private timesPer(body: string): number | undefined {
    const match = TIMES_PER.exec(body);
    if (match === null) return undefined;
    const times = toNumber(match[1] ?? "");
    const per = match[2] === undefined ? 1 : toNumber(match[2]);
    const unit = this.unitMinutes(match[3] ?? "");
    if (times === undefined || per === undefined || unit === undefined || times <= 0) return undefined;
    return (unit * per) / times;
  }

  /** "5 minutes", "5min", "1.5 hrs", "two days", "1-2 days" (the longer end), "minute". */
  private countAndUnit(body: string): number | undefined {
    const match = COUNT_AND_UNIT.exec(body);
    if (match === null) return undefined;
    const unit = this.unitMinutes(match[3] ?? "");
    if (unit === undefined) return undefined;
    const count = match[2] !== undefined ? toNumber(match[2]) : match[1] !== undefined ? toNumber(match[1]) : 1;
    if (count === undefined || count <= 0) return undefined;
    return unit * count;
  }
}

/**
 * The minutes of a time value as Excel shows it (h:mm, [h]:mm, h:mm:ss, mm:ss.0) or as General shows
 * a fraction of a day ("0.003472222"), when that is a whole number of seconds; undefined otherwise.
 */
export function timeMinutes(text: string): number | undefined {
  const clock = CLOCK.exec(text);
  if (clock !== null) {
    const minutes = Number(clock[1]) * 60 + Number(clock[2]) + Number(clock[3] ?? 0) / 60;
    return minutes > 0 ? minutes : undefined;
  }
  const minutesSeconds = MINUTES_SECONDS.exec(text);
  if (minutesSeconds !== null) {
    const minutes = Number(minutesSeconds[1]) + Number(minutesSeconds[2]) / 60;
    return minutes > 0 ? minutes : undefined;
  }
  if (!DAY_FRACTION.test(text)) return undefined;
  // General rounds to about ten significant digits: a whole number of seconds is within a tenth.
  const seconds = Number(text) * 86400;
  const whole = Math.round(seconds);
  return whole >= 1 && Math.abs(seconds - whole) < 0.1 ? whole / 60 : undefined;
}

function toNumber(token: string): number | undefined {
  if (/^\d+(?:\.\d+)?$/.test(token)) return Number(token);
  return NUMBER_WORDS[token];
}

/** "5 minutes", "1 hour", "2 days", "30 seconds": for messages comparing two periods. */
export function describeMinutes(minutes: number): string {
  const units: Array<[number, string]> = [
    [525600, "year"],
    [43200, "month"],
    [10080, "week"],
    [1440, "day"],
    [60, "hour"],
    [1, "minute"],
    [1 / 60, "second"],
  ];
  for (const [size, name] of units) {
    const count = minutes / size;
    if (count >= 1 && Math.abs(count - Math.round(count)) < 1e-9)
      return `${Math.round(count)} ${name}${Math.round(count) === 1 ? "" : "s"}`;
  }
  return `${Number(minutes.toPrecision(3))} minutes`;
}
