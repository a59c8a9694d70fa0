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
/** A unit is one word-like token after the figure: %, ‰, kr, tkr, st, procentenheter, kr/tim. */
const UNIT = `[%‰]|\\p{L}[\\p{L}./]*`;

const NUMBER_PATTERN = new RegExp(`^(${SIGN})?\\s*(${BODY})\\s*(${UNIT})?$`, "u");

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
