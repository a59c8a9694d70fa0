// Lines of one cell or paragraph to text: line-break hyphens joined, real hyphens kept, and
// hard breaks (a line that ends well before the right edge) recorded as paragraph breaks.
import type { TextLine } from "./lines.js";

/** After "förändrings-" these words show a suspended compound ("förändrings- och"), not a break. */
const SUSPENSION_WORDS = new Set([
  "och",
  "eller",
  "samt",
  "resp",
  "respektive",
  "till",
  "som",
  "&",
]);

/** Join `next` onto `text`, which ends a visual line. */
export function joinAtLineBreak(text: string, next: string): string {
  if (text === "") return next;
  if (next === "") return text;
  if (/\p{L}-$/u.test(text)) {
    const firstWord = (next.split(" ")[0] ?? "").toLowerCase().replace(/[.,;:]$/, "");
    if (SUSPENSION_WORDS.has(firstWord)) return `${text} ${next}`;
    // "APT-" + "material" and "vi-" + "känslan" keep their hyphen: hyphenation does not split
    // off abbreviations or one- and two-letter words. "organisations-" + "kulturen" joins.
    const prefix = /(\p{L}+)-$/u.exec(text)?.[1] ?? "";
    const realHyphen = prefix.length <= 2 || /^\p{Lu}{2,}$/u.test(prefix);
    if (/^\p{Ll}/u.test(next) && !realHyphen) return `${text.slice(0, -1)}${next}`;
    return `${text}${next}`;
  }
  return `${text} ${next}`;
}

export interface JoinedText {
  text: string;
  paragraphs: string[];
}

/**
 * @param rightEdge the right edge text could reach (cell's inner right edge, or the column's);
 *   a line whose next line's first word would have fit before it ended on a hard break.
 */
export function joinLines(lines: TextLine[], rightEdge: number | null): JoinedText {
  const paragraphs: string[] = [];
  let current = "";
  let prev: TextLine | undefined;
  for (const line of lines) {
    if (prev && isHardBreak(prev, line, rightEdge)) {
      paragraphs.push(current);
      current = line.text;
    } else {
      current = prev ? joinAtLineBreak(current, line.text) : line.text;
    }
    prev = line;
  }
  if (current !== "") paragraphs.push(current);
  const cleaned = paragraphs.map((p) => p.replace(/\s+/g, " ").trim()).filter((p) => p !== "");
  // The cell text joins paragraphs like the lines inside them.
  let text = "";
  for (const p of cleaned) text = text === "" ? p : joinAtLineBreak(text, p);
  return { text, paragraphs: cleaned };
}

/** A line that ends like this carries on into the next one. */
const CONTINUES = /([,\-–/&:]|\s(och|eller|samt|i|på|av|för|till|med|om|som|att|en|ett))$/iu;

function isHardBreak(prev: TextLine, line: TextLine, rightEdge: number | null): boolean {
  const lineHeight = Math.max(prev.bottom - prev.top, 1);
  if (line.top - prev.bottom > lineHeight * 0.9) return true;
  // In a cell, a capitalised line after a complete one starts a new entry of a list
  // ("Blivande medarbetare" / "Alla medarbetare"); geometry alone cannot tell, since the
  // next entry's first word need not have fitted on the line before.
  if (rightEdge !== null && /^\p{Lu}\p{Ll}/u.test(line.text) && !CONTINUES.test(prev.text))
    return true;
  if (rightEdge === null) return false;
  if (/-$/.test(prev.text)) return false;
  const firstWord = line.items[0];
  if (!firstWord) return false;
  // Estimate the width of the next line's first word from its item's average glyph width.
  const word = line.text.split(" ")[0] ?? "";
  const glyph = firstWord.width / Math.max(firstWord.text.length, 1);
  const wordWidth = word.length * glyph;
  const space = glyph * 0.9;
  return prev.x1 + space + wordWidth < rightEdge - 1;
}
