// Lines of one cell or paragraph to text: line-break hyphens joined, real hyphens kept, and
// hard breaks (a line that ends well before the right edge) recorded as paragraph breaks.
import type { TextLine } from "./lines.js";
import { type Vocabulary, vocabularyKey } from "./vocabulary.js";

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

/** What the document's own words say about "prefix-" + "rest": keep, drop, or no evidence. */
function hyphenEvidence(
  text: string,
  next: string,
  vocabulary: Vocabulary | undefined,
): "keep" | "join" | null {
  if (!vocabulary) return null;
  const prefix = vocabularyKey(text.split(" ").pop() ?? "");
  const rest = vocabularyKey(next.split(" ")[0] ?? "");
  if (prefix === "" || rest === "") return null;
  if (vocabulary.has(`${prefix}-${rest}`)) return "keep";
  if (vocabulary.has(`${prefix}${rest}`)) return "join";
  return null;
}

/**
 * Join `next` onto `text`, which ends a visual line. `vocabulary` (the document's words)
 * decides a hyphen where it holds the word unbroken.
 */
export function joinAtLineBreak(text: string, next: string, vocabulary?: Vocabulary): string {
  if (text === "") return next;
  if (next === "") return text;
  // A soft hyphen, or the U+2010 that Chromium draws for one, is always a line-break hyphen.
  if (/\p{L}[\u00ad\u2010]$/u.test(text)) return `${text.slice(0, -1)}${next}`;
  // "2025-06-" + "30", "2023-" + "2024": a hyphen between numbers is part of them.
  if (/\d-$/.test(text) && /^\d/.test(next)) return `${text}${next}`;
  if (/\p{L}-$/u.test(text)) {
    const firstWord = (next.split(" ")[0] ?? "").toLowerCase().replace(/[.,;:]$/, "");
    if (SUSPENSION_WORDS.has(firstWord)) return `${text} ${next}`;
    const evidence = hyphenEvidence(text, next, vocabulary);
    if (evidence === "keep") return `${text}${next}`;
    if (evidence === "join") return `${text.slice(0, -1)}${next}`;
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
export function joinLines(
  lines: TextLine[],
  rightEdge: number | null,
  vocabulary?: Vocabulary,
): JoinedText {
  const paragraphs: string[] = [];
  let current = "";
  let prev: TextLine | undefined;
  for (const line of lines) {
    if (prev && isHardBreak(prev, line, rightEdge)) {
      paragraphs.push(current);
      current = line.text;
    } else if (prev && isWordBreak(current, prev, line, rightEdge, vocabulary)) {
      current = `${current}${line.text}`;
    } else {
      current = prev ? joinAtLineBreak(current, line.text, vocabulary) : line.text;
    }
    prev = line;
  }
  if (current !== "") paragraphs.push(current);
  const cleaned = paragraphs.map((p) => p.replace(/\s+/g, " ").trim()).filter((p) => p !== "");
  // The cell text joins paragraphs like the lines inside them.
  let text = "";
  for (const p of cleaned) text = text === "" ? p : joinAtLineBreak(text, p, vocabulary);
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

/** Short words that start a wrapped line on their own; never the tail of a broken word. */
const FUNCTION_WORDS = new Set(
  "och eller i på av för till med om som att en ett den det de är vid från under över samt per inom mot utan efter mellan genom hos kring så men bara även and or of in on to for with the".split(
    " ",
  ),
);

/** Endings that a broken word's last piece usually is ("Återkomman" + "de", "Säkerhetssamord" + "nare"). */
const WORD_ENDINGS = new Set(
  "a e n r s t de nde ande ende are nare lare arna erna orna ningen ningar ning ing het heten lighet ligt liga lig iga igt isk iska iskt tion tionen ion ioner else elser ens ets ats ade ades erat erad erade rade ren ret na ar or en et an".split(
    " ",
  ),
);

/** Two consonants that can begin a Swedish (or English) word. */
const ONSETS = new Set(
  "bl br dr dv fj fl fr gl gn gr kl kn kr kv mj nj pl pr sc sf sj sk sl sm sn sp st sv tj tr tv vr ch th ph sh ps wh".split(
    " ",
  ),
);

/** Text that cannot begin a word: two consonants no word starts with ("rdnare"). */
function cannotStartWord(fragment: string): boolean {
  const head = fragment.slice(0, 2).toLowerCase();
  return /^[^aeiouyåäöéü][^aeiouyåäöéü]$/u.test(head) && !ONSETS.has(head);
}

/**
 * A word too long for its cell, broken by the renderer without a hyphen ("Säkerhetssamo" +
 * "rdnare"): the line is that one word and runs to the cell's edge, and what follows in lower
 * case is no word of its own: the document has the joined word, or the rest is one or two
 * letters, or starts as no word can.
 */
function isWordBreak(
  current: string,
  prev: TextLine,
  line: TextLine,
  rightEdge: number | null,
  vocabulary: Vocabulary | undefined,
): boolean {
  if (rightEdge === null) return false;
  const word = prev.text.trim();
  if (!/^\p{L}[\p{L}-]*\p{L}$/u.test(word)) return false;
  const next = (line.text.split(" ")[0] ?? "").replace(/[.,;:)]+$/, "");
  if (!/^\p{Ll}+$/u.test(next)) return false;
  const glyph = (prev.x1 - prev.x0) / Math.max(word.length, 1);
  if (prev.x1 < rightEdge - 1.2 * glyph) return false;
  const whole = current.split(" ").pop() ?? word;
  if (vocabulary?.has(vocabularyKey(`${whole}${next}`))) return true;
  if (WORD_ENDINGS.has(next)) return true;
  if ((vocabulary?.get(next) ?? 0) >= 2 || FUNCTION_WORDS.has(next)) return false;
  if (next.length <= 2) return true;
  return cannotStartWord(next);
}
