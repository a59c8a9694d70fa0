// What surrounds a table in the reading order: the headings above it (its section) and the
// caption paragraph that names it.
import type { Block } from "../../model/content.js";
import { collapseWhitespace } from "../swedish/text.js";
import { CAPTION_PREFIX, NUMBERED_HEADING, SECTION_LABEL } from "./vocabulary.js";

export interface HeadingAbove {
  text: string;
  /** Heading level; Infinity for a paragraph that only looks like a heading. */
  level: number;
  index: number;
}

const MAX_HEADING_LIKE_WORDS = 25;

function isLabelledHeading(text: string): boolean {
  return SECTION_LABEL.test(text) || NUMBERED_HEADING.test(text);
}

/**
 * A paragraph that stands where a heading would: a known section label ("Fokusområde 2: …",
 * "3. Utvalda risker …"), or a short line without sentence punctuation. PDF headings in body
 * size are only recognisable this way.
 */
export function isHeadingLikeParagraph(text: string): boolean {
  const t = collapseWhitespace(text);
  if (t === "" || t.split(" ").length > MAX_HEADING_LIKE_WORDS) return false;
  if (isLabelledHeading(t)) return true;
  return t.split(" ").length <= 10 && !/[.:;,!?]$/.test(t) && /^\p{Lu}/u.test(t);
}

/**
 * Headings above block `index`, nearest first, each a level above the previous one (the
 * nearest heading, then its parent, grandparent …). A paragraph with a section label
 * ("Fokusområde 2: …", "3. Utvalda risker …") counts like a heading where it is nearer than
 * the real one; any other short heading-like line only when there is no real heading at all,
 * and not across another table.
 */
export function headingsAbove(
  blocks: readonly Block[],
  index: number,
  exclude: ReadonlySet<number> = new Set(),
): HeadingAbove[] {
  const out: HeadingAbove[] = [];
  let level = Number.POSITIVE_INFINITY;
  let sawTable = false;
  let fallback: HeadingAbove | null = null;
  for (let i = index - 1; i >= 0; i--) {
    const block = blocks[i];
    if (!block || exclude.has(i)) continue;
    if (block.kind === "table") {
      sawTable = true;
      continue;
    }
    const text = collapseWhitespace(block.text);
    if (text === "") continue;
    if (block.kind === "heading") {
      if (out.length === 0 || block.level < level) {
        out.push({ text, level: block.level, index: i });
        level = block.level;
      }
      continue;
    }
    if (out.length > 0 || CAPTION_PREFIX.test(text)) continue;
    if (isLabelledHeading(text) && text.split(" ").length <= MAX_HEADING_LIKE_WORDS) {
      out.push({ text, level: Number.POSITIVE_INFINITY, index: i });
    } else if (!fallback && !sawTable && isHeadingLikeParagraph(text)) {
      fallback = { text, level: Number.POSITIVE_INFINITY, index: i };
    }
  }
  if (out.length === 0 && fallback) out.push(fallback);
  return out;
}

/** The nearest heading above a block, or null. */
export function nearestHeading(
  blocks: readonly Block[],
  index: number,
  exclude: ReadonlySet<number> = new Set(),
): string | null {
  return headingsAbove(blocks, index, exclude)[0]?.text ?? null;
}

/** "Tabell 2: sjukfrånvaro" → "Sjukfrånvaro"; null when the text is no caption. */
export function captionName(text: string): string | null {
  const t = collapseWhitespace(text);
  const m = CAPTION_PREFIX.exec(t);
  if (!m) return null;
  const rest = t.slice(m[0].length).trim();
  if (rest === "") return null;
  return rest.charAt(0).toLocaleUpperCase("sv-SE") + rest.slice(1);
}

/**
 * The caption naming the table at `index`: the text block just above it, or, when there is
 * none, the one just below (unless that one introduces the next table).
 */
export function tableCaption(blocks: readonly Block[], index: number): string | null {
  const above = blocks[index - 1];
  if (above && above.kind !== "table") {
    const name = captionName(above.text);
    if (name) return name;
  }
  const below = blocks[index + 1];
  const afterBelow = blocks[index + 2];
  if (below && below.kind !== "table" && afterBelow?.kind !== "table") {
    return captionName(below.text);
  }
  return null;
}
