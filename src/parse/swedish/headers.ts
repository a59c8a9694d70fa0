// Which record field a table column holds, from its header cell. Municipalities name the same
// column differently ("Datum", "Tidpunkt", "När"), so the knowledge is a synonym table; small
// misspellings are caught by fuzzy matching.
import jaroWinklerDistance from "natural/lib/natural/distance/jaro-winkler_distance.js";
import levenshtein from "natural/lib/natural/distance/levenshtein_distance.js";
import { collapseWhitespace, removeSoftHyphens } from "./text.js";

export type TableKind = "activity" | "risk";
export type ActivityField =
  | "when"
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
  ],
  targetGroups: [
    "Målgrupp",
    "Målgrupper",
    "Till vem",
    "Till vilka",
    "Mottagare",
    "Vem",
    "Vilka",
    "Intressenter",
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
  ],
  channel: [
    "Kanal",
    "Kanaler",
    "Kommunikationskanal",
    "Kommunikationskanaler",
    "Hur",
    "Kanal/forum",
    "Forum",
    "Kanal/metod",
  ],
};

export const RISK_HEADER_SYNONYMS: Readonly<Record<RiskField, readonly string[]>> = {
  risk: [
    "Risk",
    "Risker",
    "Identifierad risk",
    "Identifierade risker",
    "Riskbeskrivning",
    "Beskrivning av risk",
  ],
  level: [
    "Risknivå",
    "Riskvärde",
    "Risk nivå",
    "Bedömd risk",
    "Riskbedömning",
    "Riskgrad",
    "Allvarlighetsgrad",
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
  ],
  status: ["Status", "Lägesrapport", "Uppföljning"],
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
  ],
  owner: ["Ansvarig", "Ansvarig chef", "Ansvariga", "Ansvar", "Vem ansvarar", "Huvudansvarig"],
  desiredEffect: ["Önskad effekt", "Förväntad effekt", "Önskat resultat", "Effekt"],
};

const SYNONYMS: Readonly<Record<TableKind, Readonly<Record<string, readonly string[]>>>> = {
  activity: ACTIVITY_HEADER_SYNONYMS,
  risk: RISK_HEADER_SYNONYMS,
};

/** Fields that, with the key field, make a header row an activity or risk table. */
const ACTIVITY_KEY: readonly ActivityField[] = ["activity"];
const ACTIVITY_SUPPORT: readonly ActivityField[] = [
  "when",
  "purpose",
  "targetGroups",
  "responsible",
  "channel",
];
const ACTIVITY_MIN_SUPPORT = 2;
const RISK_KEY: readonly RiskField[] = ["risk", "measure"];
const RISK_SUPPORT: readonly RiskField[] = ["level", "status", "endDate", "owner"];
const RISK_MIN_SUPPORT = 1;

// Fuzzy matching is for typos in a word ("Målgupp"), not for other words that share a long
// prefix ("Kommunikationsmål" vs "Kommunikationskanal"): it needs high Jaro-Winkler similarity
// and at most a couple of edits, and is not tried on short words where one edit is another word.
const FUZZY_MIN_SCORE = 0.92;
const FUZZY_MAX_EDITS = 2;
const FUZZY_MIN_LENGTH = 5;

/** Lowercase, soft hyphens, punctuation and line breaks removed, spaces collapsed. */
export function normaliseHeader(text: string): string {
  const joined = removeSoftHyphens(text)
    // A word the renderer hyphenated at a line end is one word ("Kommunikations-\ninsats").
    .replace(/(\p{Ll})-[ \t]*\r?\n\s*(\p{Ll})/gu, "$1$2")
    .toLowerCase();
  return collapseWhitespace(joined.replace(/[^\p{L}\p{N}]+/gu, " "));
}

/** Forms of a header to compare: as written, and without a parenthetical ("Målgrupp(er)"). */
function headerVariants(text: string): string[] {
  const full = normaliseHeader(text);
  const bare = normaliseHeader(text.replace(/\([^()]*\)/g, " "));
  const variants = [full, bare, full.replace(/ /g, ""), bare.replace(/ /g, "")];
  return [...new Set(variants)].filter((v) => v !== "");
}

interface NormalisedSynonym {
  field: HeaderField;
  text: string;
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

const NORMALISED: Readonly<Record<TableKind, NormalisedSynonym[]>> = {
  activity: normalisedSynonyms("activity"),
  risk: normalisedSynonyms("risk"),
};

/** The field a header cell names, with 1 for an exact synonym and the similarity otherwise. */
export function matchHeader(
  text: string,
  kind: TableKind,
): { field: HeaderField; score: number } | null {
  const variants = headerVariants(text);
  if (variants.length === 0) return null;
  const synonyms = NORMALISED[kind];
  for (const v of variants) {
    const exact = synonyms.find((s) => s.text === v);
    if (exact) return { field: exact.field, score: 1 };
  }
  let best: { field: HeaderField; score: number } | null = null;
  for (const v of variants) {
    if (v.length < FUZZY_MIN_LENGTH) continue;
    for (const s of synonyms) {
      if (s.text.length < FUZZY_MIN_LENGTH) continue;
      if (Math.abs(s.text.length - v.length) > FUZZY_MAX_EDITS) continue;
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

/** Each cell's field for one kind; a field named twice keeps its best-matching column. */
function matchRow(cells: string[], kind: TableKind): KindMatch {
  const matches = cells.map((c) => matchHeader(c, kind));
  const columns: (HeaderField | null)[] = matches.map(() => null);
  const bestColumn = new Map<HeaderField, number>();
  matches.forEach((m, i) => {
    if (!m) return;
    const prev = bestColumn.get(m.field);
    const prevScore = prev === undefined ? -1 : (matches[prev]?.score ?? -1);
    if (m.score > prevScore) bestColumn.set(m.field, i);
  });
  let score = 0;
  for (const [field, i] of bestColumn) {
    columns[i] = field;
    score += matches[i]?.score ?? 0;
  }
  return { columns, fields: new Set(bestColumn.keys()), score };
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
    // "Insats | Ansvarig | Datum | Status" reads both ways: a named risk or risk level decides
    // for risk, otherwise the reading that explains more columns wins.
    const riskSpecific = risk.fields.has("risk") || risk.fields.has("level");
    const chooseRisk = riskSpecific || risk.score > activity.score;
    return chooseRisk
      ? { kind: "risk", columns: risk.columns }
      : { kind: "activity", columns: activity.columns };
  }
  if (isActivity) return { kind: "activity", columns: activity.columns };
  if (isRisk) return { kind: "risk", columns: risk.columns };
  return { kind: null, columns: cells.map(() => null) };
}
