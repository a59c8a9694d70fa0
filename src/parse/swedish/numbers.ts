// Figures as Swedish documents write them: decimal comma, space (often non-breaking) as the
// thousands separator, a typographic minus or en dash as the sign, a unit after the figure.
import { collapseWhitespace, removeSoftHyphens } from "./text.js";

export interface ParsedNumber {
  value: number | null;
  unit: string | null;
}

/** Minus sign, en/em dash, hyphens, hyphen-minus (last: inside [] it would open a range). */
const MINUS_SIGNS = "\u2212\u2013\u2014\u2010\u2011\u2012-";

const SIGN = `[+${MINUS_SIGNS}]`;
// Thousands are grouped with a space; word processors use NBSP/narrow NBSP, which
// collapseWhitespace has already turned into a plain space.
const GROUP = " ";
// Order matters: grouped forms before the plain one so "12 717" is not read as "12".
const BODY = [
  `\\d{1,3}(?:${GROUP}\\d{3})+(?:,\\d+)?`, // 12 717 / 1 234,5
  `\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?`, // 12.717 / 1.234,5 (dot grouping)
  `\\d+(?:[.,]\\d+)?`, // 4,2 / 12.5 / 424
  `[.,]\\d+`, // ,5
].join("|");
/**
 * A unit is one word-like token after the figure: %, ‰, kr, tkr, st, procentenheter, kr/tim,
 * %-enheter.
 */
const UNIT = `%(?:-?enheter)?|‰|\\p{L}[\\p{L}./-]*`;
/** A footnote mark after a figure ("4,2*", "12¹") is no part of it. */
const FOOTNOTE = "(?:\\*{1,3}|[¹²³⁴⁵])";

const NUMBER_PATTERN = new RegExp(`^(${SIGN})?\\s*(${BODY})\\s*(${UNIT})?\\s*${FOOTNOTE}?$`, "u");

const NULL_RESULT: ParsedNumber = { value: null, unit: null };

/**
 * A cell that holds exactly one figure, optionally signed and followed by a unit. Anything else
 * ("53 (2010: 62)", "(3,2)", "Ja", "") gives null: it is not a plain figure.
 */
export function parseSwedishNumber(raw: string): ParsedNumber {
  const text = collapseWhitespace(removeSoftHyphens(raw));
  if (text === "") return NULL_RESULT;
  const m = NUMBER_PATTERN.exec(text);
  if (!m) return NULL_RESULT;
  const [, sign, body, unit] = m;
  if (body === undefined) return NULL_RESULT;
  const value = bodyToNumber(body);
  if (value === null) return NULL_RESULT;
  const signed = sign !== undefined && sign !== "+" ? -value : value;
  return { value: signed === 0 ? 0 : signed, unit: unit ?? null };
}

function bodyToNumber(body: string): number | null {
  let digits: string;
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(body)) {
    // Dot groups thousands when every group after it has exactly three digits ("12.717").
    digits = body.replace(/\./g, "").replace(",", ".");
  } else {
    digits = body.replace(/ /g, "").replace(",", ".");
  }
  const value = Number(digits);
  return Number.isFinite(value) ? value : null;
}

/** True when the cell is one plain figure (see parseSwedishNumber). */
export function looksNumeric(raw: string): boolean {
  return parseSwedishNumber(raw).value !== null;
}

const FIGURE = /(?<![\p{L}\p{N}])(\d{1,3}(?:,\d+)?)(?![\p{N}])/gu;
/** Likelihood × consequence, the factors perhaps lettered ("S3 × K4"). */
const PRODUCT = /(?<![\p{N}])\p{Lu}?(\d{1,2})\s*[x×*·]\s*\p{Lu}?(\d{1,2})(?![\p{N}])/u;
const RESULT = /=\s*(\d{1,3}(?:,\d+)?)(?![\p{N}])/u;
/** Longer cells are sentences about the risk, not a level with a word next to it. */
const MAX_LEVEL_CHARS = 40;

/**
 * A risk level as a number: "12", "16 (hög)", "Hög (16)", "3 x 4 = 12" (the result), "3 × 4"
 * (the product of likelihood and consequence). A level given only in words ("Hög") is null.
 */
export function parseRiskLevel(raw: string): number | null {
  const text = collapseWhitespace(removeSoftHyphens(raw));
  const plain = parseSwedishNumber(text).value;
  if (plain !== null) return plain;
  if (text.length > MAX_LEVEL_CHARS) return null;
  const result = RESULT.exec(text);
  if (result?.[1]) return Number(result[1].replace(",", "."));
  const product = PRODUCT.exec(text);
  if (product?.[1] && product[2]) return Number(product[1]) * Number(product[2]);
  const figures = [...text.matchAll(FIGURE)];
  return figures.length === 1 && figures[0]?.[1] ? Number(figures[0][1].replace(",", ".")) : null;
}

/** Unit words as labels write them, and the unit they stand for. */
export const UNIT_WORDS: Readonly<Record<string, string>> = {
  "%": "%",
  procent: "%",
  "‰": "‰",
  promille: "‰",
  procentenheter: "procentenheter",
  "%-enheter": "procentenheter",
  timmar: "timmar",
  tim: "timmar",
  h: "timmar",
  dagar: "dagar",
  kalenderdagar: "dagar",
  kr: "kr",
  kronor: "kr",
  tkr: "tkr",
  mkr: "mkr",
  mnkr: "mkr",
  st: "st",
  stycken: "st",
  personer: "personer",
  årsarbetare: "årsarbetare",
};

const UNIT_WORD = Object.keys(UNIT_WORDS)
  .sort((a, b) => b.length - a.length)
  .join("|");
/** "Sjukfrånvaro (%)", "Övertid, timmar", "Kostnad i tkr", "i procent av arbetstid". */
const LABEL_UNIT = new RegExp(
  `(?:\\(\\s*(?:i\\s+|antal\\s+)?(${UNIT_WORD})\\s*\\)|(?:,|(?<![\\p{L}])i|(?<![\\p{L}])antal)\\s+(${UNIT_WORD})(?![\\p{L}]))`,
  "iu",
);

/** The unit a row label, column header or table name states, or null. */
export function unitInLabel(label: string): string | null {
  const m = LABEL_UNIT.exec(collapseWhitespace(removeSoftHyphens(label)));
  const word = (m?.[1] ?? m?.[2])?.toLowerCase();
  return word ? (UNIT_WORDS[word] ?? null) : null;
}
