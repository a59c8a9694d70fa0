// Text helpers shared by the Swedish value parsers and, later, by similarity matching
// (duplicate activities, year-over-year follow-up).
import jaroWinklerDistance from "natural/lib/natural/distance/jaro-winkler_distance.js";
import porterStemmerSv from "natural/lib/natural/stemmers/porter_stemmer_sv.js";

/** Common Swedish function words; they carry no meaning when comparing two activities. */
export const SWEDISH_STOP_WORDS: readonly string[] = `
  och i att det som en på är av för med till den har de inte om ett han men var jag sig från
  vi så kan man när år säger hon under också efter eller nu sin där vid mot ska skall skulle
  kommer ut får finns vara hade alla andra mycket än här då sedan över bara blir upp även
  vad vilka vilken vilket sitt sina deras dess våra vår vårt vårat oss dem denna detta dessa
  hur genom utan inom mellan samt både bland dock ju ni er era ert min mitt mina din ditt
  dina hans hennes sådan sådana sådant varje åt ej ha bli
`
  .trim()
  .split(/\s+/);

const STOP_WORD_SET = new Set(SWEDISH_STOP_WORDS);

const SOFT_HYPHEN = /\u00ad/g;
// \s in JS already covers NBSP (U+00A0), narrow NBSP (U+202F) and the other Unicode spaces.
const WHITESPACE = /\s+/g;
const COMBINING_MARKS = /\p{M}+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** Whitespace that collapsing would change: a run of two, or any other than a plain space. */
const UNCOLLAPSED = /[^\S ]| {2}/;

/** All runs of whitespace (incl. non-breaking spaces and line breaks) to one space, trimmed. */
export function collapseWhitespace(s: string): string {
  // Most texts are collapsed already; replacing would copy them for nothing.
  return (UNCOLLAPSED.test(s) ? s.replace(WHITESPACE, " ") : s).trim();
}

/** Soft hyphens are invisible hyphenation hints that Word/PDF text carries along. */
export function removeSoftHyphens(s: string): string {
  return s.includes("\u00ad") ? s.replace(SOFT_HYPHEN, "") : s;
}

/**
 * Letters without diacritics (å/ä → a, ö → o, é → e), for lenient comparisons only: Swedish
 * å/ä/ö are letters of their own, so never use this for output.
 */
export function stripDiacriticsForMatch(s: string): string {
  return s.normalize("NFD").replace(COMBINING_MARKS, "").normalize("NFC");
}

/** Swedish Porter stem of one word, lowercased. */
export function swedishStem(word: string): string {
  return porterStemmerSv.stem(word.toLowerCase());
}

/** Lowercased, stop words removed, stemmed word tokens of a text. */
export function tokensForMatch(text: string): string[] {
  const words = removeSoftHyphens(text).toLowerCase().match(WORD) ?? [];
  return words
    .filter((w) => !STOP_WORD_SET.has(w))
    .map(swedishStem)
    .filter((w) => w !== "");
}

/** Lowercased, soft hyphens and punctuation removed, whitespace collapsed. */
function normaliseForSimilarity(text: string): string {
  return (removeSoftHyphens(text).toLowerCase().match(WORD) ?? []).join(" ");
}

/** Dice coefficient over token multisets: 2·|A∩B| / (|A|+|B|). */
function diceOverlap(a: string[], b: string[]): number {
  if (a.length + b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of b) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      shared += 1;
      counts.set(t, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

// Token overlap says whether the same things are talked about; Jaro-Winkler catches spelling
// variants and texts made only of stop words. Overlap is the stronger signal.
const TOKEN_WEIGHT = 0.7;

/** Similarity of two short texts (activities, measures) in 0..1. */
export function textSimilarity(a: string, b: string): number {
  const na = normaliseForSimilarity(a);
  const nb = normaliseForSimilarity(b);
  if (na === "" || nb === "") return na === nb ? 1 : 0;
  if (na === nb) return 1;
  const jw = jaroWinklerDistance(na, nb);
  const ta = tokensForMatch(na);
  const tb = tokensForMatch(nb);
  if (ta.length === 0 || tb.length === 0) return jw;
  return TOKEN_WEIGHT * diceOverlap(ta, tb) + (1 - TOKEN_WEIGHT) * jw;
}
