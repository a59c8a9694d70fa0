// Timing cells of activity tables and end dates of measures, as Swedish plans write them:
// "Våren 2025", "13 mars", "v. 12", "Q2 2026", "januari–mars", "Löpande", "Ej tidssatt".
// A cell is read as a set of period tokens (most specific form first, each consuming its text);
// the period runs from the earliest start to the latest end among them.
import { collapseWhitespace, removeSoftHyphens } from "./text.js";

export interface Period {
  start: string | null;
  end: string | null;
  /** The cell says the date is not set, or is empty, or could not be read at all. */
  undated: boolean;
}

/** Month names and their usual abbreviations, 1-based ("jul" is left out: it also means Christmas). */
export const SWEDISH_MONTHS: Readonly<Record<string, number>> = {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  febr: 2,
  mars: 3,
  mar: 3,
  april: 4,
  apr: 4,
  maj: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  augusti: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Month-day bounds of a season within one year. Winter is its part at the start of the year. */
interface SeasonBounds {
  start: [number, number];
  end: [number, number];
}
const SPRING: SeasonBounds = { start: [1, 1], end: [6, 30] };
const AUTUMN: SeasonBounds = { start: [7, 1], end: [12, 31] };
const SUMMER: SeasonBounds = { start: [6, 1], end: [8, 31] };
const WINTER: SeasonBounds = { start: [1, 1], end: [2, 29] };

/** Season words (after lowercasing), with spring/autumn terms as the half-years they name. */
export const SWEDISH_SEASONS: Readonly<Record<string, SeasonBounds>> = {
  vår: SPRING,
  våren: SPRING,
  vårterminen: SPRING,
  vårtermin: SPRING,
  vt: SPRING,
  senvåren: SPRING,
  tidigvåren: SPRING,
  höst: AUTUMN,
  hösten: AUTUMN,
  höstterminen: AUTUMN,
  hösttermin: AUTUMN,
  ht: AUTUMN,
  senhösten: AUTUMN,
  tidighösten: AUTUMN,
  sommar: SUMMER,
  sommaren: SUMMER,
  försommaren: SUMMER,
  sensommaren: SUMMER,
  vinter: WINTER,
  vintern: WINTER,
};

/** Season words that are also other words ("vår" = our) or letters: read only with a year. */
export const SEASON_WORDS_NEEDING_YEAR: ReadonlySet<string> = new Set(["vår", "vt", "ht"]);

/** Ordinals used with kvartal/tertial/halvår ("andra kvartalet", "2:a kvartalet"). */
export const SWEDISH_ORDINALS: Readonly<Record<string, number>> = {
  första: 1,
  "1:a": 1,
  andra: 2,
  "2:a": 2,
  tredje: 3,
  "3:e": 3,
  fjärde: 4,
  "4:e": 4,
};

/** Words for "throughout the year": the activity spans the plan year (or the year stated). */
export const WHOLE_YEAR_PHRASES: readonly string[] = [
  "löpande",
  "hela året",
  "under året",
  "året runt",
  "kontinuerligt",
  "kontinuerlig",
  "återkommande",
  "pågående",
  "fortlöpande",
  "varje vecka",
  "varje månad",
  "varje kvartal",
  "varje termin",
  "varannan vecka",
  "varannan månad",
  "årligen",
  "regelbundet",
  "veckovis",
  "månadsvis",
  "kvartalsvis",
  "hela perioden",
  "vid behov",
];

/** Phrases saying the date is not set; a season may still be given ("Våren 2025 datum ej satt"). */
export const UNDATED_PATTERNS: readonly RegExp[] = [
  /(?:ej|inte|ännu ej|ej ännu|inte ännu)\s+(?:tids?satt|satt|fastställ\p{L}*|bestämt?|beslutat|planerat|klart)/u,
  /inget\s+(?:datum|tid)/u,
  /(?:datum|tid|tidpunkt)\s+(?:saknas|ej\s+\p{L}+|inte\s+\p{L}+)/u,
  /(?<!\p{L})(?:tbd|tba|okänt)(?!\p{L})/u,
];

// ---- calendar helpers (UTC, so that time zones never shift a day) ----

// Plain arithmetic for the dates documents name; Date (which also normalises overflowing
// values, and years below 100) for anything else.
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function plainYear(year: number): boolean {
  return Number.isInteger(year) && year >= 1000 && year <= 9999;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (plainYear(year) && Number.isInteger(month) && month >= 1 && month <= 12) {
    return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] as number);
  }
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string {
  if (
    plainYear(year) &&
    Number.isInteger(month) &&
    month >= 1 &&
    month <= 12 &&
    Number.isInteger(day) &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  ) {
    return `${year}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
  }
  const d = new Date(Date.UTC(year, month - 1, day));
  d.setUTCFullYear(year);
  return d.toISOString().slice(0, 10);
}

function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Monday of ISO week `week` of `year` (week 1 holds the year's first Thursday). */
function isoWeekMonday(year: number, week: number): Date {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const mondayOfWeek1 = Date.UTC(year, 0, 4 - ((jan4.getUTCDay() + 6) % 7));
  return new Date(mondayOfWeek1 + (week - 1) * 7 * 86_400_000);
}

function isoWeeksInYear(year: number): number {
  // A year has 53 ISO weeks when Dec 28 (always in the last week) is in week 53.
  const dec28 = Date.UTC(year, 11, 28);
  const monday1 = isoWeekMonday(year, 1).getTime();
  return Math.floor((dec28 - monday1) / (7 * 86_400_000)) + 1;
}

function dateToIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

// ---- tokens ----

/** One recognised period in the text. `year` null: no year was written next to it. */
interface Token {
  index: number;
  length: number;
  year: number | null;
  /** Builds the period once the year is known. Null when the values are impossible. */
  resolve: (year: number) => { start: string; end: string } | null;
  /** "Löpande", "Hela året": the whole year unless the cell names a narrower time too. */
  wholeYear?: boolean;
}

type TokenReader = (text: string) => Token[];

const L_BEFORE = "(?<![\\p{L}\\p{N}])";
const L_AFTER = "(?![\\p{L}\\p{N}])";
const YEAR = "((?:19|20)\\d{2})";
const OPT_YEAR = `(?:\\s*,?\\s*${YEAR}${L_AFTER})?`;
const MONTH_NAMES = Object.keys(SWEDISH_MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");
const MONTH = `(${MONTH_NAMES})\\.?`;
const ORDINAL = `(${Object.keys(SWEDISH_ORDINALS).join("|")})`;
const RANGE = "\\s*(?:-|till|t\\.o\\.m\\.?|tom)\\s*";
/** Between numbers of a list or range ("13, 20 och 27 mars", "v. 11, 13 och 15"). */
const LIST_SEP = "\\s*(?:-|till|t\\.o\\.m\\.?|tom|,|och|&)\\s*";

// Readers run on every timing cell of every table, so their regexes are compiled once, here.
// All are global and used only with matchAll, which clones them: no lastIndex is shared.
function re(source: string): RegExp {
  return new RegExp(source, "gu");
}

/** Most readers need a digit; a cell without one skips them (most cells are prose). */
const DIGIT = /\d/;

/** The words of a list that contain no other word of it: a text with none has none at all. */
function minimalWords(words: readonly string[]): string[] {
  return words.filter((w) => !words.some((o) => o !== w && w.includes(o)));
}

function includesAny(text: string, words: readonly string[]): boolean {
  return words.some((w) => text.includes(w));
}

const MONTH_WORDS = minimalWords(Object.keys(SWEDISH_MONTHS));

function num(s: string | undefined): number | null {
  return s === undefined ? null : Number(s);
}

function monthSpan(month: number) {
  return (year: number) => ({
    start: iso(year, month, 1),
    end: iso(year, month, daysInMonth(year, month)),
  });
}

function fixedSpan(start: [number, number], end: [number, number]) {
  return (year: number) => {
    const endDay = Math.min(end[1], daysInMonth(year, end[0]));
    return { start: iso(year, start[0], start[1]), end: iso(year, end[0], endDay) };
  };
}

/** Replace a match by spaces so that later, less specific readers do not see it again. */
function consume(text: string, index: number, length: number): string {
  return text.slice(0, index) + " ".repeat(length) + text.slice(index + length);
}

const ISO_DATE = re(`${L_BEFORE}((?:19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})${L_AFTER}`);

/** 2026-03-13, 2026/03/13 */
const readIsoDates: TokenReader = (text) =>
  [...text.matchAll(ISO_DATE)].map((m) => {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return {
      index: m.index,
      length: m[0].length,
      year: y,
      resolve: () => (isValidDay(y, mo, d) ? { start: iso(y, mo, d), end: iso(y, mo, d) } : null),
    };
  });

const ISO_MONTH = re(`${L_BEFORE}((?:19|20)\\d{2})-(\\d{1,2})${L_AFTER}`);

/** 2025-03: a month. */
const readIsoMonths: TokenReader = (text) =>
  [...text.matchAll(ISO_MONTH)]
    .filter((m) => Number(m[2]) >= 1 && Number(m[2]) <= 12)
    .map((m) => ({
      index: m.index,
      length: m[0].length,
      year: Number(m[1]),
      resolve: monthSpan(Number(m[2])),
    }));

const SLASH_DAY_MONTH = re(
  `${L_BEFORE}(\\d{1,2})/(\\d{1,2})(?:(?:\\s+|\\s*-\\s*)${YEAR})?${L_AFTER}`,
);
const DOTTED_DAY_MONTH = re(`${L_BEFORE}(\\d{1,2})\\.(\\d{1,2})\\.${YEAR}${L_AFTER}`);

/** 13/3, 13/3 2025, 13/3-2025, 31.3.2024 (dots only with a year, "12.5" is a number). */
const readNumericDayMonth: TokenReader = (text) => {
  const slash = [...text.matchAll(SLASH_DAY_MONTH)];
  const dotted = [...text.matchAll(DOTTED_DAY_MONTH)];
  return [...slash, ...dotted].map((m) => {
    const [d, mo] = [Number(m[1]), Number(m[2])];
    return {
      index: m.index,
      length: m[0].length,
      year: num(m[3]),
      resolve: (y: number) =>
        isValidDay(y, mo, d) ? { start: iso(y, mo, d), end: iso(y, mo, d) } : null,
    };
  });
};

/** The numbers of a list or range, from a match group ("34-36", "11, 13 och 15"). */
function listNumbers(s: string | undefined): number[] {
  return (s?.match(/\d+/g) ?? []).map(Number);
}

const DAY_MONTH = re(
  `${L_BEFORE}((?:\\d{1,2}(?::[ae])?${LIST_SEP})*\\d{1,2})(?::[ae])?\\s+${MONTH}${L_AFTER}${OPT_YEAR}`,
);

/** 13 mars, 13:e mars 2025, 26–28 februari, 13, 20 och 27 mars (first..last day). */
const readDayMonth: TokenReader = (text) =>
  [...text.matchAll(DAY_MONTH)].map((m) => {
    const days = listNumbers(m[1]);
    const first = days[0] ?? 0;
    const last = days.at(-1) ?? first;
    const mo = SWEDISH_MONTHS[m[2] ?? ""] ?? 0;
    return {
      index: m.index,
      length: m[0].length,
      year: num(m[3]),
      resolve: (y: number) =>
        isValidDay(y, mo, first) && isValidDay(y, mo, last) && first <= last
          ? { start: iso(y, mo, first), end: iso(y, mo, last) }
          : null,
    };
  });

const WEEK_WORD = "(?:v\\.?|vecka|veckor|veckorna|vnr)\\s*";
const WEEKS = re(
  `${L_BEFORE}${WEEK_WORD}(\\d{1,2}(?:${LIST_SEP}(?:${WEEK_WORD})?\\d{1,2})*)${L_AFTER}${OPT_YEAR}`,
);

/** v. 12, v12, vecka 11, veckorna 34–36, v. 34-v. 36, v. 11, 13 och 15: Monday..Sunday. */
const readWeeks: TokenReader = (text) =>
  [...text.matchAll(WEEKS)].map((m) => {
    const weeks = listNumbers(m[1]);
    const first = weeks[0] ?? 0;
    const last = weeks.at(-1) ?? first;
    return {
      index: m.index,
      length: m[0].length,
      year: num(m[2]),
      resolve: (y: number) => {
        if (first < 1 || first > isoWeeksInYear(y) || last < 1 || last > 53) return null;
        // "v. 50–2" runs into the next year.
        const lastYear = last < first ? y + 1 : y;
        if (last > isoWeeksInYear(lastYear)) return null;
        return {
          start: dateToIso(isoWeekMonday(y, first)),
          end: dateToIso(addDays(isoWeekMonday(lastYear, last), 6)),
        };
      },
    };
  });

/**
 * Periods numbered within a year: quarters (Q2, kv. 2, kvartal 2, andra kvartalet), tertials,
 * half-years.
 */
interface NumberedPeriod {
  /** Regex alternatives naming the period before its number ("kvartal 2"). */
  prefix: string;
  /** Word after an ordinal ("andra kvartalet"). */
  suffix: string;
  months: number;
  count: number;
}
export const NUMBERED_PERIODS: readonly NumberedPeriod[] = [
  { prefix: "q|kv\\.?|kvartal", suffix: "kvartalet", months: 3, count: 4 },
  // "T2 2024" is how follow-up reports name a tertial.
  { prefix: "tertial|tert\\.?|t", suffix: "tertialet", months: 4, count: 3 },
  // "H1 2025" is how business plans name a half-year.
  { prefix: "halvår|h", suffix: "halvåret", months: 6, count: 2 },
];

const NUMBERED_PERIOD_PATTERNS = NUMBERED_PERIODS.map((p) => ({
  period: p,
  byNumber: re(
    `${L_BEFORE}(?:${p.prefix})\\s*([1-4])(?:${RANGE}(?:(?:${p.prefix})\\s*)?([1-4]))?${L_AFTER}${OPT_YEAR}`,
  ),
  byOrdinal: re(`${L_BEFORE}${ORDINAL}\\s+${p.suffix}${L_AFTER}${OPT_YEAR}`),
}));

const readNumberedPeriods: TokenReader = (text) =>
  NUMBERED_PERIOD_PATTERNS.flatMap(({ period: p, byNumber: numberPattern, byOrdinal: ordinal }) => {
    const span = (first: number, last: number) => (y: number) =>
      first < 1 || last > p.count || first > last
        ? null
        : {
            start: iso(y, (first - 1) * p.months + 1, 1),
            end: iso(y, last * p.months, daysInMonth(y, last * p.months)),
          };
    const byNumber = (DIGIT.test(text) ? [...text.matchAll(numberPattern)] : []).map((m) => {
      const first = Number(m[1]);
      return {
        index: m.index,
        length: m[0].length,
        year: num(m[3]),
        resolve: span(first, num(m[2]) ?? first),
      };
    });
    const byOrdinal = (text.includes(p.suffix) ? [...text.matchAll(ordinal)] : []).map((m) => {
      const n = SWEDISH_ORDINALS[m[1] ?? ""] ?? 0;
      return { index: m.index, length: m[0].length, year: num(m[2]), resolve: span(n, n) };
    });
    return [...byNumber, ...byOrdinal];
  });

const MONTHS = re(`${L_BEFORE}${MONTH}${L_AFTER}${OPT_YEAR}`);

/** Början/mitten/slutet av mars 2025, mars, januari 2024: the whole month. */
const readMonths: TokenReader = (text) =>
  [...text.matchAll(MONTHS)].map((m) => ({
    index: m.index,
    length: m[0].length,
    year: num(m[2]),
    resolve: monthSpan(SWEDISH_MONTHS[m[1] ?? ""] ?? 0),
  }));

const SEASON_NAMES = Object.keys(SWEDISH_SEASONS)
  .sort((a, b) => b.length - a.length)
  .join("|");

const SEASONS = re(`${L_BEFORE}(${SEASON_NAMES})(?:\\s*-?\\s*(?:${YEAR}|(\\d{2})))?${L_AFTER}`);

/** Våren 2025, hösten, VT 2025, ht25. */
const SEASON_WORDS = minimalWords(Object.keys(SWEDISH_SEASONS));

const readSeasons: TokenReader = (text) =>
  [...text.matchAll(SEASONS)].flatMap((m) => {
    const word = m[1] ?? "";
    const bounds = SWEDISH_SEASONS[word];
    const shortYear = num(m[3]);
    const year = num(m[2]) ?? (shortYear === null ? null : 2000 + shortYear);
    if (!bounds || (year === null && SEASON_WORDS_NEEDING_YEAR.has(word))) return [];
    return [
      {
        index: m.index,
        length: m[0].length,
        year,
        resolve: fixedSpan(bounds.start, bounds.end),
      },
    ];
  });

const wholeYear = fixedSpan([1, 1], [12, 31]);

const WHOLE_YEAR_PATTERNS = WHOLE_YEAR_PHRASES.map((phrase) => ({
  phrase,
  pattern: re(`${L_BEFORE}${phrase}${L_AFTER}${OPT_YEAR}`),
}));

/** Löpande, Hela året, Under året: the whole year. */
const readWholeYearWords: TokenReader = (text) =>
  WHOLE_YEAR_PATTERNS.flatMap(({ phrase, pattern }) =>
    // The phrases are plain words: a text without one cannot match its pattern.
    !text.includes(phrase)
      ? []
      : [...text.matchAll(pattern)].map((m) => ({
          index: m.index,
          length: m[0].length,
          year: num(m[1]),
          resolve: wholeYear,
          wholeYear: true,
        })),
  );

/** "Löpande från mars", "Start v. 12, sedan löpande": from that time to the end of its year. */
const OPEN_END =
  /(?<!\p{L})(?:från|fr\.?\s?o\.?\s?m\.?|from|med start|start|startar|sedan|därefter|framåt|framöver|och\s+(?:löpande|kontinuerligt|fortlöpande))(?!\p{L})/u;

/** "Från 1 april", "Fr.o.m. v. 12": a cell that opens with "from" runs to the end of its year. */
const STARTS_FROM = /^(?:från|fr\.?\s?o\.?\s?m\.?|from)(?!\p{L})/u;

const YEARS = re(`${L_BEFORE}${YEAR}(?:${RANGE}${YEAR})?${L_AFTER}`);
/** Not global: looseYear uses it with exec, which would otherwise resume at lastIndex. */
const LOOSE_YEAR = new RegExp(`${L_BEFORE}${YEAR}${L_AFTER}`, "u");

/** 2025, 2023–2026: whole years. */
const readYears: TokenReader = (text) =>
  [...text.matchAll(YEARS)].map((m) => {
    const first = Number(m[1]);
    const last = num(m[2]) ?? first;
    return {
      index: m.index,
      length: m[0].length,
      year: first,
      resolve: () => (last >= first ? { start: iso(first, 1, 1), end: iso(last, 12, 31) } : null),
    };
  });

const hasDigit = (text: string) => DIGIT.test(text);
const hasMonth = (text: string) => includesAny(text, MONTH_WORDS);
const always = () => true;

/**
 * Most specific first: each reader consumes what it recognised. `needs` is false for a text
 * the reader cannot match (it lacks a digit, a month name, ...). Consuming only blanks text
 * out, so it is asked once, of the whole text.
 */
const READERS: readonly { read: TokenReader; needs: (text: string) => boolean }[] = [
  { read: readIsoDates, needs: hasDigit },
  { read: readIsoMonths, needs: hasDigit },
  { read: readNumericDayMonth, needs: hasDigit },
  { read: readDayMonth, needs: (text) => hasDigit(text) && hasMonth(text) },
  { read: readWeeks, needs: hasDigit },
  { read: readNumberedPeriods, needs: always },
  { read: readSeasons, needs: (text) => includesAny(text, SEASON_WORDS) },
  { read: readMonths, needs: hasMonth },
  { read: readWholeYearWords, needs: always },
];

function normaliseDateText(text: string): string {
  return collapseWhitespace(removeSoftHyphens(text))
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-");
}

/** All period tokens of a text; a plain year counts only when nothing else is there. */
function readTokens(normalised: string): Token[] {
  let rest = normalised;
  const tokens: Token[] = [];
  for (const { read, needs } of READERS) {
    if (!needs(normalised)) continue;
    for (const t of read(rest)) {
      tokens.push(t);
      rest = consume(rest, t.index, t.length);
    }
  }
  if (tokens.length === 0 && hasDigit(normalised)) tokens.push(...readYears(rest));
  return tokens.sort((a, b) => a.index - b.index);
}

/** Years written in the text outside of any token ("Under 2025 löpande"). */
function looseYear(normalised: string, tokens: Token[]): number | null {
  let rest = normalised;
  for (const t of tokens) rest = consume(rest, t.index, t.length);
  const m = LOOSE_YEAR.exec(rest);
  return m ? Number(m[1]) : null;
}

type YearSource = "own" | "next" | "previous" | "fallback";

/**
 * The year each token belongs to: its own; else that of the next token with one
 * ("januari–mars 2026"), else the previous one, else a year written elsewhere in the cell,
 * else the plan's year.
 */
function tokenYears(
  tokens: Token[],
  fallback: number | null,
): { year: number | null; source: YearSource; from: number }[] {
  return tokens.map((t, i) => {
    if (t.year !== null) return { year: t.year, source: "own", from: i };
    const next = tokens.findIndex((u, j) => j > i && u.year !== null);
    if (next >= 0) return { year: tokens[next]?.year ?? null, source: "next", from: next };
    const previous = tokens.findLastIndex((u, j) => j < i && u.year !== null);
    if (previous >= 0) {
      return { year: tokens[previous]?.year ?? null, source: "previous", from: previous };
    }
    return { year: fallback, source: "fallback", from: i };
  });
}

interface Span {
  start: string;
  end: string;
}

/** Resolve every token; a borrowed year is shifted where the order of the text demands it. */
function resolveSpans(tokens: Token[], fallback: number | null): (Span | null)[] {
  const years = tokenYears(tokens, fallback);
  const own = tokens.map((t, i) => {
    const y = years[i];
    return y?.source === "own" && y.year !== null ? t.resolve(y.year) : null;
  });
  return tokens.map((t, i) => {
    const y = years[i];
    if (!y || y.year === null) return null;
    if (y.source === "own") return own[i] ?? null;
    const span = t.resolve(y.year);
    const anchor = own[y.from];
    // "december–februari 2026" starts in December 2025; "15 december 2025 – 15 januari" ends
    // in January 2026.
    if (span && anchor && y.source === "next" && span.start > anchor.start) {
      return t.resolve(y.year - 1);
    }
    if (span && anchor && y.source === "previous" && span.end < anchor.start) {
      return t.resolve(y.year + 1);
    }
    return span;
  });
}

/** True when a timing cell says its date is not set ("Ej tidssatt", "datum ej satt"). */
export function saysUndated(text: string): boolean {
  const normalised = normaliseDateText(text);
  return UNDATED_PATTERNS.some((p) => p.test(normalised));
}

/**
 * The period a timing cell names, as ISO dates. The plan's year fills a missing year. With no
 * year at all the period is null/null, and `undated` stays false unless the cell says the date
 * is not set: a time is given, only the year is unknown.
 */
export function parsePeriod(text: string, planYear: number | null): Period {
  const normalised = normaliseDateText(text);
  if (normalised === "") return { start: null, end: null, undated: true };
  const saysUndated = UNDATED_PATTERNS.some((p) => p.test(normalised));
  const tokens = readTokens(normalised);
  if (tokens.length === 0) return { start: null, end: null, undated: true };
  const fallback = looseYear(normalised, tokens) ?? planYear;
  const resolved = resolveSpans(tokens, fallback);
  let spans = resolved.filter((s): s is Span => s !== null);
  // "Löpande under våren" is the spring: a narrower time wins over a whole-year word, and with
  // a word for "from" ("Löpande från mars") it opens the period to the end of that year.
  const narrower = resolved.filter((s, i): s is Span => s !== null && !tokens[i]?.wholeYear);
  if (narrower.length > 0 && narrower.length < spans.length) {
    spans = narrower;
    if (OPEN_END.test(normalised)) {
      const last =
        spans
          .map((x) => x.end)
          .sort()
          .at(-1) ?? "";
      spans = [...spans, { start: last, end: `${last.slice(0, 4)}-12-31` }];
    }
  }
  if (spans.length === 0) {
    // Tokens with a year that still did not resolve are impossible dates ("31 februari 2025").
    const hadYear = fallback !== null || tokens.some((t) => t.year !== null);
    return { start: null, end: null, undated: saysUndated || hadYear };
  }
  // ISO dates order as strings: earliest start, latest end.
  const starts = spans.map((s) => s.start).sort();
  const ends = spans.map((s) => s.end).sort();
  const end = ends.at(-1) ?? null;
  const openEnd = spans.length === 1 && end !== null && STARTS_FROM.test(normalised);
  return {
    start: starts[0] ?? null,
    end: openEnd ? `${end.slice(0, 4)}-12-31` : end,
    undated: saysUndated,
  };
}

/**
 * One date in a status table ("2024-03-31", "31 mars 2024", "31/3 2024"). A coarser period
 * ("2024-03", "mars 2024", "Q1 2024") gives its last day by default, since such cells are end
 * dates; pass "start" for its first day. Null without a year or when not a date.
 */
export function parseIsoOrSwedishDate(text: string, bound: "start" | "end" = "end"): string | null {
  const p = parsePeriod(text, null);
  return bound === "start" ? p.start : p.end;
}

/** "R12 2023–12", "R12 dec 2023", "Rullande 12 mån 2023-12": twelve months up to that month. */
const ROLLING_12 = new RegExp(
  `^(?:r\\s?12|rullande\\s+12(?:\\s+(?:mån|månader))?|rullande\\s+år)\\s*:?\\s*` +
    `(?:${YEAR}\\s*[-/]\\s*(\\d{1,2})|${MONTH}\\s*${YEAR}|${YEAR}\\s*${MONTH})${L_AFTER}`,
  "u",
);

/** Headers of figure columns that are comparisons, not periods. */
const NOT_A_PERIOD =
  /(?<![\p{L}])(?:skillnad|förändring|diff|differens|avvikelse|jämförelse|ökning|minskning|mål|målvärde|budget|prognos)(?![\p{L}])/iu;

/**
 * The period a key-figure column covers, from its header: "R12 2023–12" (the twelve months up to
 * December 2023), "2023", "Jan–dec 2023", "T2 2024", "2023-12-31" (one day). Null for columns
 * that compare ("Skillnad", "Förändring") or name no absolute time ("Föregående år").
 */
export function parseFigurePeriod(header: string): { start: string; end: string } | null {
  const text = normaliseDateText(header);
  if (text === "" || NOT_A_PERIOD.test(text)) return null;
  const rolling = ROLLING_12.exec(text);
  if (rolling) {
    const year = Number(rolling[1] ?? rolling[4] ?? rolling[5]);
    const month = rolling[2]
      ? Number(rolling[2])
      : (SWEDISH_MONTHS[rolling[3] ?? rolling[6] ?? ""] ?? 0);
    if (month < 1 || month > 12) return null;
    const startMonth = (month % 12) + 1;
    const startYear = month === 12 ? year : year - 1;
    return {
      start: iso(startYear, startMonth, 1),
      end: iso(year, month, daysInMonth(year, month)),
    };
  }
  const p = parsePeriod(text, null);
  return p.start !== null && p.end !== null ? { start: p.start, end: p.end } : null;
}
