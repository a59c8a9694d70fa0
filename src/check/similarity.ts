// Similarity of two measures or activities across years, built to survive rewording:
// "Nyttja våra yrkesambassadörer …" → "Fortsatt nyttja våra yrkesambassadörer …", a sentence
// that grows ("Direktörens månadshälsning …" → "… omarbetas till Förvaltningsledningens …"),
// inflection, synonyms ("Införande" ↔ "Implementering") and compounds
// ("Klarspråksutbildning" ↔ "Utbildning i klarspråk").
import { tokensForMatch } from "../parse/swedish/text.js";
import { type PreparedWords, prepareWords, wordsSimilarity } from "./text-similarity.js";

const stem = (w: string): string => tokensForMatch(w)[0] ?? w;

/**
 * Words that carry nothing about what a measure or activity is: that it continues, and the
 * verbs every second measure starts with ("Ta fram …", "Arbete med …").
 */
const GENERIC_WORDS = new Set(
  [
    "fortsatt",
    "fortsatta",
    "fortsätta",
    "fortsätter",
    "vidare",
    "fortsättningsvis",
    "löpande",
    "ta",
    "fram",
    "arbete",
    "arbeta",
    "göra",
    "ny",
    "nya",
    "nytt",
  ].map(stem),
);

/** Administrative synonyms that rewording swaps ("Implementering" ↔ "Införande"). */
const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ["implementering", "implementera", "införande", "införa", "infört"],
  ["sänka", "minska", "minskning", "reducera"],
  ["anställda", "medarbetare", "medarbetarna"],
  ["revidering", "revidera", "översyn", "uppdatering", "uppdatera"],
  ["utbildning", "utbilda", "kurs", "kurser"],
  ["chefer", "chef", "ledare", "chefsgrupp"],
  ["workshop", "workshopar", "seminarium"],
  ["medverkan", "medverka", "delta", "deltagande"],
  ["inköp", "köpa", "införskaffa"],
];
const CANONICAL = new Map<string, string>(
  SYNONYM_GROUPS.flatMap((group) => group.map((w) => [stem(w), stem(group[0]!)] as const)),
);
/**
 * Long synonym stems also match their inflections the stemmer leaves alone
 * ("reviderats" → "revider…"); short ones would catch unrelated words ("inför" / "införskaffa").
 */
const MIN_SYNONYM_PREFIX = 7;
const SYNONYM_PREFIXES = [...CANONICAL.entries()].filter(([w]) => w.length >= MIN_SYNONYM_PREFIX);

function canonical(token: string): string {
  const exact = CANONICAL.get(token);
  if (exact) return exact;
  return SYNONYM_PREFIXES.find(([w]) => token.startsWith(w))?.[1] ?? token;
}

/** Month names and years say when, not what: "Ny lokallösning i september 2023". */
const TIME_WORDS = new Set(
  [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
    "våren",
    "hösten",
  ].map(stem),
);

/** Shortest stem that may match as the start or end of a compound. */
const MIN_AFFIX = 5;
/** Shortest part when a compound is split into words of the other text. */
const MIN_PART = 4;

/** Two stems name the same thing: equal, or one is a compound part of the other. */
export function stemsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < MIN_AFFIX) return false;
  return long.startsWith(short) || long.endsWith(short);
}

/** Distinct stems of a text without stop words and generic words, synonyms made one. */
export function contentTokens(text: string): string[] {
  return [
    ...new Set(
      tokensForMatch(text)
        .filter((t) => !GENERIC_WORDS.has(t) && !TIME_WORDS.has(t) && !/^\d+$/.test(t))
        .map(canonical),
    ),
  ];
}

/**
 * A compound written as one word where the other text has its parts: "klarspråksutbildning"
 * against "utbildning i klarspråk" becomes "klarspråk" + "utbildning" (a linking s allowed).
 */
function splitCompounds(tokens: readonly string[], other: readonly string[]): string[] {
  const words = other.filter((w) => w.length >= MIN_PART);
  return tokens.flatMap((t) => {
    if (other.includes(t)) return [t];
    for (const head of words) {
      if (!t.startsWith(head)) continue;
      const rest = t.slice(head.length).replace(/^s(?=.{4})/, "");
      const tail = words.find(
        (w) => w !== head && (rest === w || (rest.length >= MIN_AFFIX && w.startsWith(rest))),
      );
      if (tail) return [head, tail];
    }
    return [t];
  });
}

/**
 * Whether a token of one text can match one of the other, directly or after splitting
 * compounds: equal, or one starts with the other (a compound's head or a stem's inflection,
 * MIN_PART long), or ends with it (MIN_AFFIX long). Without such a pair splitCompounds leaves
 * both lists as they are and stemsMatch matches nothing.
 */
function mayShareTokens(a: readonly string[], b: readonly string[]): boolean {
  for (const t of a) {
    for (const u of b) {
      if (t === u) return true;
      const [short, long] = t.length <= u.length ? [t, u] : [u, t];
      if (short.length >= MIN_PART && long.startsWith(short)) return true;
      if (short.length >= MIN_AFFIX && long.endsWith(short)) return true;
    }
  }
  return false;
}

/** How much a stem of one text is said in the other: 1 the same word, less a compound part. */
const PART_CREDIT = 0.7;

export interface SimilarityParts {
  /** Weighted 2·matched / (|A| + |B|) over content tokens. */
  dice: number;
  /** Weighted matched / |shorter|: the shorter text said again inside the longer. */
  containment: number;
  /** textSimilarity of the whole texts (token overlap and Jaro-Winkler). */
  text: number;
  score: number;
}

// Token overlap decides; containment lets a text that was extended keep its match; the
// whole-text similarity (Jaro-Winkler) breaks ties between near-identical candidates. Its
// weight is small: it rewards a shared first word ("Utbildning i …"), which says little.
const W_DICE = 0.5;
const W_CONTAINMENT = 0.35;
const W_TEXT = 0.15;
/** Containment of a one- or two-word text says little: scaled down by its length. */
const CONTAINMENT_FULL_AT = 3;

/** Token weights: a word most texts of a list share ("utbildning") tells them apart less. */
export type TokenWeights = (token: string) => number;
const UNIFORM: TokenWeights = () => 1;

/**
 * Weights from the two lists being matched: 1 / (the most texts of either list the token
 * occurs in). A word in one text of each list keeps full weight.
 */
export function tokenWeights(from: readonly string[], to: readonly string[]): TokenWeights {
  return preparedTokenWeights(from.map(prepareText), to.map(prepareText));
}

export function preparedTokenWeights(
  from: readonly PreparedText[],
  to: readonly PreparedText[],
): TokenWeights {
  const counts = (list: readonly PreparedText[]) => {
    const df = new Map<string, number>();
    for (const text of list) for (const t of text.content) df.set(t, (df.get(t) ?? 0) + 1);
    return df;
  };
  const a = counts(from);
  const b = counts(to);
  return (t) => 1 / Math.max(1, a.get(t) ?? 0, b.get(t) ?? 0);
}

function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** What similarity needs from one text: worked out once per text, not once per pair. */
export interface PreparedText {
  /** Texts with equal keys are the same text. */
  key: string;
  /** For the whole-text similarity (textSimilarity). */
  words: PreparedWords;
  /** contentTokens of the text. */
  content: string[];
}

export function prepareText(text: string): PreparedText {
  return { key: normalise(text), words: prepareWords(text), content: contentTokens(text) };
}

export function similarityParts(
  a: string,
  b: string,
  weight: TokenWeights = UNIFORM,
): SimilarityParts {
  return preparedSimilarityParts(prepareText(a), prepareText(b), weight);
}

export function preparedSimilarityParts(
  a: PreparedText,
  b: PreparedText,
  weight: TokenWeights = UNIFORM,
): SimilarityParts {
  if (a.key === b.key) return { dice: 1, containment: 1, text: 1, score: 1 };
  const text = wordsSimilarity(a.words, b.words);
  const ra = a.content;
  const rb = b.content;
  if (ra.length === 0 || rb.length === 0) return { dice: 0, containment: 0, text, score: text };
  // Most pairs share no word, not even as a compound part: no token can match, so token overlap
  // and containment are 0 and only the whole-text similarity counts (exactly what the full
  // computation below gives them, without its work).
  if (!mayShareTokens(ra, rb)) {
    return { dice: 0, containment: 0, text, score: Math.min(1, Math.max(0, W_TEXT * text)) };
  }
  const ta = splitCompounds(ra, rb);
  const tb = splitCompounds(rb, ra);
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  const used = new Set<number>();
  let matched = 0;
  for (const t of short) {
    let i = long.findIndex((u, j) => !used.has(j) && u === t);
    let credit = 1;
    if (i < 0) {
      i = long.findIndex((u, j) => !used.has(j) && stemsMatch(t, u));
      credit = PART_CREDIT;
    }
    if (i < 0) continue;
    used.add(i);
    matched += credit * weight(t);
  }
  const total = (xs: readonly string[]) => xs.reduce((s, t) => s + weight(t), 0);
  const dice = (2 * matched) / (total(ta) + total(tb));
  const containment =
    (matched / total(short)) * Math.min(1, short.length / CONTAINMENT_FULL_AT) ** 0.5;
  const score = W_DICE * dice + W_CONTAINMENT * containment + W_TEXT * text;
  return { dice, containment, text, score: Math.min(1, Math.max(0, score)) };
}

/** Similarity of two measures/activities in 0..1. */
export function followUpSimilarity(a: string, b: string, weight?: TokenWeights): number {
  return similarityParts(a, b, weight).score;
}
