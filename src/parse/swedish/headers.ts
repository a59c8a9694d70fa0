// Which record field a table column holds, from its header cell. Municipalities name the same
// column differently ("Datum", "Tidpunkt", "När"), so the knowledge is a synonym table; small
// misspellings are caught by fuzzy matching.
import jaroWinklerDistance from "natural/lib/natural/distance/jaro-winkler_distance.js";
import levenshtein from "natural/lib/natural/distance/levenshtein_distance.js";
import { jaroWinklerBound, type LetterCounts, letterCounts } from "./fuzzy-bound.js";
import { collapseWhitespace, removeSoftHyphens } from "./text.js";

export type TableKind = "activity" | "risk";
export type ActivityField =
  | "when"
  /** The end of the timing when a table gives start and end in two columns ("Start | Slut"). */
  | "whenEnd"
  | "activity"
  | "purpose"
  | "targetGroups"
  | "responsible"
  | "channel";
export type RiskField =
  | "risk"
  | "level"
  | "measure"
  | "status"
  | "endDate"
  | "owner"
  | "desiredEffect";
export type HeaderField = ActivityField | RiskField;

/** Header texts per field, as written in documents (normalised before comparison). */
export const ACTIVITY_HEADER_SYNONYMS: Readonly<Record<ActivityField, readonly string[]>> = {
  when: [
    "Datum",
    "Tidpunkt",
    "När",
    "Period",
    "Vecka",
    "Tid",
    "Månad",
    "Tidsplan",
    "Tidsperiod",
    "Datum/period",
    "Datum/vecka",
    "Vecka/datum",
    "Datum/tid",
    "När i tid",
    "Tid/datum",
    "Datum och tid",
    "Tidpunkt/period",
    "Period/datum",
    "Vecka/månad",
    "Månad/vecka",
    "Veckor",
    "V",
    "Vnr",
    "Vecka nr",
    "Veckonummer",
    "Start",
    "Startdatum",
    "Startvecka",
    "Från",
    "Fr.o.m.",
    "Från och med",
    "Datum från",
    "Påbörjas",
    "Tidplan",
    "Tidsram",
  ],
  whenEnd: [
    "Slut",
    "Slutdatum",
    "Slutvecka",
    "Till",
    "T.o.m.",
    "Till och med",
    "Datum till",
    "Avslutas",
    "Klart",
    "Klart senast",
    "Klart datum",
    "Deadline",
  ],
  activity: [
    "Kommunikationsinsats",
    "Kommunikationsinsatser",
    "Kommunikationsaktivitet",
    "Kommunikationsaktiviteter",
    "Aktivitet",
    "Aktiviteter",
    "Insats",
    "Insatser",
    "Vad",
    "Vad ska göras",
    "Vad ska vi göra",
    "Vad gör vi",
    "Åtgärd/aktivitet",
    "Aktivitet/åtgärd",
    "Aktivitet/insats",
    "Insats/aktivitet",
    "Beskrivning av aktivitet",
    "Beskrivning av insats",
    "Kommunikationsåtgärd",
    "Kommunikationsåtgärder",
    // A risk table's word too: a header that also has a purpose, audience or channel (and no
    // risk or level) is an activity table (classifyHeaderRow).
    "Åtgärd",
    "Åtgärder",
    "Vad ska kommuniceras",
    "Vad ska vi kommunicera",
    "Vad kommuniceras",
  ],
  purpose: [
    "Syfte/mål",
    "Syfte",
    "Mål",
    "Varför",
    "Syfte och mål",
    "Mål/syfte",
    "Effektmål",
    "Kommunikationsmål",
    "Önskat resultat",
    "Syfte med aktiviteten",
    "Syfte/önskad effekt",
    "Mål och syfte",
  ],
  targetGroups: [
    "Målgrupp",
    "Målgrupper",
    "Till vem",
    "Till vilka",
    "Mottagare",
    "Vilka",
    "Intressenter",
    "Målgrupp/mottagare",
    "Vem vill vi nå",
    "Vilka vill vi nå",
    "Vem riktar sig insatsen till",
  ],
  responsible: [
    "Ansvarig",
    "Ansvariga",
    "Vem ansvarar",
    "Ansvarig chef",
    "Ansvar",
    "Ansvarig enhet",
    "Ansvarig person",
    "Ansvarig funktion",
    "Huvudansvarig",
    "Ansvarig för aktiviteten",
    "Ansvarig/kontaktperson",
    "Kontaktperson",
    "Vem gör",
    "Vem gör vad",
    "Utförare",
    "Genomförs av",
    "Ägare",
  ],
  channel: [
    "Kanal",
    "Kanaler",
    "Kommunikationskanal",
    "Kommunikationskanaler",
    "Kanal/forum",
    "Forum",
    "Kanal/metod",
    "Metod",
    "Metod/kanal",
    "Kanal/form",
    "Form",
    "Hur",
    "Mediekanal",
  ],
};

/**
 * Header words that name different fields in different plans: "Vem" is who is responsible in
 * "När | Vad | Vem", and the audience in "Vem | Vad | Ansvarig". Such a column takes the first
 * of its fields that no other column names outright.
 */
export const AMBIGUOUS_ACTIVITY_HEADERS: Readonly<Record<string, readonly ActivityField[]>> = {
  Vem: ["responsible", "targetGroups"],
  "Vem?": ["responsible", "targetGroups"],
};

/** Headers of a timing column that holds ISO week numbers ("12", "34–36"). */
export const WEEK_HEADERS: readonly string[] = [
  "Vecka",
  "Veckor",
  "V",
  "Vnr",
  "Vecka nr",
  "Veckonummer",
  "Startvecka",
  "Slutvecka",
];

export const RISK_HEADER_SYNONYMS: Readonly<Record<RiskField, readonly string[]>> = {
  risk: [
    "Risk",
    "Risker",
    "Identifierad risk",
    "Identifierade risker",
    "Riskbeskrivning",
    "Beskrivning av risk",
    "Riskområde",
    "Riskkälla",
    "Arbetsmiljörisk",
    "Arbetsmiljörisker",
    "Risk/problem",
    "Problem/risk",
    "Identifierat problem",
    "Brist",
    "Identifierad brist",
  ],
  level: [
    "Risknivå",
    "Riskvärde",
    "Risk nivå",
    "Bedömd risk",
    "Riskbedömning",
    "Riskgrad",
    "Allvarlighetsgrad",
    "Risktal",
    "Riskpoäng",
    "Bedömning",
    "Bedömd nivå",
    "Nivå",
    "Risknivå (1-16)",
    "Sannolikhet x konsekvens",
    "Riskvärde (S x K)",
  ],
  measure: [
    "Åtgärd",
    "Åtgärder",
    "Insats",
    "Insatser",
    "Planerad åtgärd",
    "Planerade åtgärder",
    "Åtgärdsförslag",
    "Föreslagen åtgärd",
    "Föreslagna åtgärder",
    "Vidtagen åtgärd",
    "Vidtagna åtgärder",
    "Genomförda åtgärder",
    "Åtgärd/aktivitet",
    "Åtgärder för att minska risken",
  ],
  status: [
    "Status",
    "Lägesrapport",
    "Uppföljning",
    "Status/kommentar",
    "Läge",
    "Nuläge",
    "Genomförd",
    "Genomfört",
  ],
  endDate: [
    "Slutdatum",
    "Klart senast",
    "Klart",
    "Klart datum",
    "Klardatum",
    "Datum för genomförande",
    "Deadline",
    "Genomförs senast",
    "När klart",
    "Klart när",
    "Klar senast",
    "Slutförd senast",
    "Tidplan",
    "När",
    "Datum",
    "Tidpunkt",
  ],
  owner: [
    "Ansvarig",
    "Ansvarig chef",
    "Ansvariga",
    "Ansvar",
    "Vem ansvarar",
    "Huvudansvarig",
    "Åtgärdsansvarig",
    "Ansvarig för åtgärd",
    "Ansvarig för åtgärden",
    "Vem",
  ],
  desiredEffect: [
    "Önskad effekt",
    "Förväntad effekt",
    "Önskat resultat",
    "Effekt",
    "Förväntat resultat",
    "Effektmål",
  ],
};

const SYNONYMS: Readonly<Record<TableKind, Readonly<Record<string, readonly string[]>>>> = {
  activity: ACTIVITY_HEADER_SYNONYMS,
  risk: RISK_HEADER_SYNONYMS,
};

/** Activity headers that are first of all a risk table's measure column. */
const MEASURE_WORDS: ReadonlySet<string> = new Set(["Åtgärd", "Åtgärder"].map(normaliseHeader));

/** Fields that, with the key field, make a header row an activity or risk table. */
const ACTIVITY_KEY: readonly ActivityField[] = ["activity"];
const ACTIVITY_SUPPORT: readonly ActivityField[] = [
  "when",
  "whenEnd",
  "purpose",
  "targetGroups",
  "responsible",
  "channel",
];
const ACTIVITY_MIN_SUPPORT = 2;
/** Fields only an activity table has. */
const ACTIVITY_SPECIFIC: readonly ActivityField[] = ["purpose", "targetGroups", "channel"];
const RISK_KEY: readonly RiskField[] = ["risk", "measure"];
const RISK_SUPPORT: readonly RiskField[] = ["level", "status", "endDate", "owner"];
const RISK_MIN_SUPPORT = 1;

// Fuzzy matching is for typos in a word ("Målgupp"), not for other words that share a long
// prefix ("Kommunikationsmål" vs "Kommunikationskanal"): it needs high Jaro-Winkler similarity
// and at most a couple of edits, and is not tried on short words where one edit is another word.
const FUZZY_MIN_SCORE = 0.92;
const FUZZY_MAX_EDITS = 2;
const FUZZY_MIN_LENGTH = 5;
/** Keeps rounding in the similarity from ever mattering to the bound test. */
const FUZZY_BOUND_MARGIN = 0.01;

/** Lowercase, soft hyphens, punctuation and line breaks removed, spaces collapsed. */
export function normaliseHeader(text: string): string {
  let joined = removeSoftHyphens(text);
  // A word the renderer hyphenated at a line end is one word ("Kommunikations-\ninsats").
  if (joined.includes("\n")) joined = joined.replace(/(\p{Ll})-[ \t]*\r?\n\s*(\p{Ll})/gu, "$1$2");
  return collapseWhitespace(joined.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " "));
}

const PARENTHETICAL = /\([^()]*\)/g;

/** Forms of a header to compare: as written, and without a parenthetical ("Målgrupp(er)"). */
function headerVariants(text: string): string[] {
  return variantsOf(normaliseHeader(text), normaliseHeader(text.replace(PARENTHETICAL, " ")));
}

/** The variants of a header from its normalised full and bare forms. */
function variantsOf(full: string, bare: string): string[] {
  const variants = [full, bare, full.replace(/ /g, ""), bare.replace(/ /g, "")];
  return [...new Set(variants)].filter((v) => v !== "");
}

const MONTH_WORDS =
  "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec";
/** A date or year qualifying a header: "Status 2024-12-31", "Status per 31 dec 2024", "Ansvarig 2025". */
const TRAILING_QUALIFIER = new RegExp(
  `\\s+(?:(?:per|i|t\\.?\\s?o\\.?\\s?m\\.?|tom|till|efter|vid)\\s+)?(?:\\d{1,2}\\s+)?(?:(?:${MONTH_WORDS})\\.?\\s*)?(?:(?:19|20)\\d{2}(?:-\\d{1,2}(?:-\\d{1,2})?)?|\\d{1,2}\\s+(?:${MONTH_WORDS})\\.?)\\s*$`,
  "iu",
);

/**
 * Weaker forms: without a trailing date ("Status 2024-12-31" → "Status"), and the parts of a
 * combined header ("Målgrupp/mottagare", "Ansvarig/kontaktperson").
 */
function weakVariants(text: string, forms: HeaderForms): string[] {
  const out: string[] = [];
  // A trailing qualifier holds a year or a day number: without a digit, skip the costly regex.
  const unqualified = /\d/.test(forms.bareText)
    ? forms.bareText.replace(TRAILING_QUALIFIER, "")
    : forms.bareText;
  const normalised = unqualified === forms.bareText ? forms.bare : normaliseHeader(unqualified);
  if (normalised !== forms.full) {
    out.push(...variantsOf(normalised, normaliseHeader(unqualified.replace(PARENTHETICAL, " "))));
  }
  if (/[/&]/.test(text)) {
    for (const part of text.split(/[/&]/)) out.push(...headerVariants(part));
  }
  return [...new Set(out)];
}

/** Score of a match through a weak variant: below an exact header, above any fuzzy one. */
const WEAK_SCORE = 0.99;
/** Score of an ambiguous header ("Vem"): any column naming the field outright wins. */
const AMBIGUOUS_SCORE = 0.95;

interface NormalisedSynonym {
  field: HeaderField;
  text: string;
}

interface FuzzySynonym extends NormalisedSynonym {
  letters: LetterCounts;
}

function normalisedSynonyms(kind: TableKind): NormalisedSynonym[] {
  return Object.entries(SYNONYMS[kind]).flatMap(([field, words]) =>
    words.flatMap((w) => {
      const n = normaliseHeader(w);
      const forms = n.includes(" ") ? [n, n.replace(/ /g, "")] : [n];
      return forms.map((text) => ({ field: field as HeaderField, text }));
    }),
  );
}

/** Synonyms of one kind, indexed for the two lookups of matchHeaderUncached. */
interface SynonymIndex {
  /** Normalised text -> field of its first synonym (the list order decides). */
  exact: ReadonlyMap<string, HeaderField>;
  /**
   * Fuzzy candidates for a text of each length: the synonyms long enough for fuzzy matching
   * and within FUZZY_MAX_EDITS of that length, in list order (a tie keeps the first).
   */
  near: ReadonlyMap<number, readonly FuzzySynonym[]>;
}

function indexSynonyms(synonyms: readonly NormalisedSynonym[]): SynonymIndex {
  const exact = new Map<string, HeaderField>();
  for (const s of synonyms) if (!exact.has(s.text)) exact.set(s.text, s.field);
  const fuzzy = synonyms
    .filter((s) => s.text.length >= FUZZY_MIN_LENGTH)
    .map((s) => ({ ...s, letters: letterCounts(s.text) }));
  const longest = Math.max(0, ...fuzzy.map((s) => s.text.length));
  const near = new Map<number, FuzzySynonym[]>();
  for (let length = FUZZY_MIN_LENGTH; length <= longest + FUZZY_MAX_EDITS; length++) {
    near.set(
      length,
      fuzzy.filter((s) => Math.abs(s.text.length - length) <= FUZZY_MAX_EDITS),
    );
  }
  return { exact, near };
}

const NORMALISED: Readonly<Record<TableKind, SynonymIndex>> = {
  activity: indexSynonyms(normalisedSynonyms("activity")),
  risk: indexSynonyms(normalisedSynonyms("risk")),
};

/** The field a header cell names, with 1 for an exact synonym and the similarity otherwise. */
type HeaderMatch = { field: HeaderField; score: number } | null;

/**
 * Header texts repeat across rows, tables and documents; fuzzy matching them is the cost. One
 * cache per kind, keyed by the text itself (no key string to build and hash).
 */
const MATCH_CACHES: Readonly<Record<TableKind, Map<string, HeaderMatch>>> = {
  activity: new Map(),
  risk: new Map(),
};
const MATCH_CACHE_LIMIT = 5_000;

export function matchHeader(text: string, kind: TableKind): HeaderMatch {
  const cache = MATCH_CACHES[kind];
  const cached = cache.get(text);
  if (cached !== undefined) return cached === null ? null : { ...cached };
  const result = matchHeaderUncached(text, kind);
  if (cache.size >= MATCH_CACHE_LIMIT) cache.clear();
  cache.set(text, result);
  return result === null ? null : { ...result };
}

/** A header text without its parentheticals, and both forms normalised. */
interface HeaderForms {
  bareText: string;
  full: string;
  bare: string;
}

function matchHeaderUncached(text: string, kind: TableKind): HeaderMatch {
  const bareText = text.replace(PARENTHETICAL, " ");
  const forms = { bareText, full: normaliseHeader(text), bare: normaliseHeader(bareText) };
  const variants = variantsOf(forms.full, forms.bare);
  if (variants.length === 0) return null;
  const { exact, near } = NORMALISED[kind];
  for (const v of variants) {
    const field = exact.get(v);
    if (field) return { field, score: 1 };
  }
  for (const v of weakVariants(text, forms)) {
    const field = exact.get(v);
    if (field) return { field, score: WEAK_SCORE };
  }
  let best: { field: HeaderField; score: number } | null = null;
  for (const v of variants) {
    const candidates = v.length < FUZZY_MIN_LENGTH ? undefined : near.get(v.length);
    if (!candidates) continue;
    const letters = letterCounts(v);
    for (const s of candidates) {
      // Most pairs share too few letters to come near the threshold.
      if (jaroWinklerBound(letters, s.letters) < FUZZY_MIN_SCORE - FUZZY_BOUND_MARGIN) continue;
      const score = jaroWinklerDistance(v, s.text);
      if (score < FUZZY_MIN_SCORE || (best && score <= best.score)) continue;
      if (levenshtein.DamerauLevenshteinDistance(v, s.text) > FUZZY_MAX_EDITS) continue;
      best = { field: s.field, score };
    }
  }
  return best;
}

interface KindMatch {
  columns: (HeaderField | null)[];
  fields: Set<HeaderField>;
  score: number;
}

const AMBIGUOUS: ReadonlyMap<string, readonly ActivityField[]> = new Map(
  Object.entries(AMBIGUOUS_ACTIVITY_HEADERS).map(([h, fields]) => [normaliseHeader(h), fields]),
);

/**
 * Each cell's field for one kind; a field named twice keeps its best-matching column. An
 * ambiguous header ("Vem") takes the first of its fields that is still free.
 */
function matchRow(cells: string[], kind: TableKind): KindMatch {
  const matches: ({ field: HeaderField; score: number } | null)[] = cells.map((c) =>
    matchHeader(c, kind),
  );
  const columns: (HeaderField | null)[] = matches.map(() => null);
  const bestColumn = new Map<HeaderField, number>();
  matches.forEach((m, i) => {
    if (!m) return;
    const prev = bestColumn.get(m.field);
    const prevScore = prev === undefined ? -1 : (matches[prev]?.score ?? -1);
    if (m.score > prevScore) bestColumn.set(m.field, i);
  });
  if (kind === "activity") {
    cells.forEach((c, i) => {
      const fields = AMBIGUOUS.get(normaliseHeader(c));
      if (!fields || matches[i]) return;
      const free = fields.find((f) => !bestColumn.has(f));
      if (!free) return;
      matches[i] = { field: free, score: AMBIGUOUS_SCORE };
      bestColumn.set(free, i);
    });
  }
  let score = 0;
  for (const [field, i] of bestColumn) {
    columns[i] = field;
    score += matches[i]?.score ?? 0;
  }
  return { columns, fields: new Set(bestColumn.keys()), score };
}

/**
 * False when a cell can get no field in a row read as `kind`: it matches no header of that kind
 * and is no ambiguous header. Cheaper than reading the whole row.
 */
export function mayNameField(text: string, kind: TableKind): boolean {
  if (matchHeader(text, kind) !== null) return true;
  return kind === "activity" && AMBIGUOUS.has(normaliseHeader(text));
}

function qualifies(
  fields: Set<HeaderField>,
  keys: readonly HeaderField[],
  support: readonly HeaderField[],
  minSupport: number,
): boolean {
  return (
    keys.some((k) => fields.has(k)) && support.filter((f) => fields.has(f)).length >= minSupport
  );
}

/**
 * Whether a row of cells is the header of an activity table or a risk/measure table, and which
 * field each column holds (null for columns the records do not use).
 */
export function classifyHeaderRow(cells: string[]): {
  kind: TableKind | null;
  columns: (string | null)[];
} {
  const activity = matchRow(cells, "activity");
  const risk = matchRow(cells, "risk");
  const isActivity = qualifies(
    activity.fields,
    ACTIVITY_KEY,
    ACTIVITY_SUPPORT,
    ACTIVITY_MIN_SUPPORT,
  );
  const isRisk = qualifies(risk.fields, RISK_KEY, RISK_SUPPORT, RISK_MIN_SUPPORT);
  if (isActivity && isRisk) {
    // "Insats | Ansvarig | Datum | Status" reads both ways. A named risk or risk level decides
    // for risk; a purpose, audience or channel for activity (measures have none); then a status
    // or desired effect (plans rarely follow up in the table) or the reading explaining more.
    const riskSpecific = risk.fields.has("risk") || risk.fields.has("level");
    const activitySpecific = ACTIVITY_SPECIFIC.some((f) => activity.fields.has(f));
    // "Åtgärd" is a measure before it is an activity.
    const keyCell = cells[activity.columns.indexOf("activity")] ?? "";
    const measureWord = MEASURE_WORDS.has(normaliseHeader(keyCell));
    const chooseRisk =
      riskSpecific ||
      (!activitySpecific &&
        (risk.fields.has("status") ||
          risk.fields.has("desiredEffect") ||
          measureWord ||
          risk.score > activity.score));
    return chooseRisk
      ? { kind: "risk", columns: risk.columns }
      : { kind: "activity", columns: activity.columns };
  }
  // A list of channels ("Kanal | Vad | Målgrupp | Ansvarig") describes channels, not activities
  // in time: its first column is the channel and it has no timing column.
  const channelList =
    activity.columns[0] === "channel" &&
    !activity.fields.has("when") &&
    !activity.fields.has("whenEnd");
  if (isActivity && !channelList) return { kind: "activity", columns: activity.columns };
  if (isRisk) return { kind: "risk", columns: risk.columns };
  return { kind: null, columns: cells.map(() => null) };
}

const WEEK_HEADER_SET: ReadonlySet<string> = new Set(WEEK_HEADERS.map(normaliseHeader));
/** Words that make a combined or qualified header a week column ("Datum/vecka", "Tid (v.)"). */
const WEEK_WORDS: ReadonlySet<string> = new Set(["vecka", "veckor", "v", "vnr", "veckonummer"]);

/**
 * True when a timing column's header says it holds week numbers: "Vecka", "V.", "Vnr",
 * "Datum/vecka", "Tid (vecka)".
 */
export function isWeekHeader(text: string): boolean {
  const full = normaliseHeader(text);
  if (WEEK_HEADER_SET.has(full)) return true;
  return full.split(" ").some((word) => WEEK_WORDS.has(word));
}
