// Running headers and footers: lines in the page margins that repeat from page to page
// (page numbers differ, so digits are ignored when comparing), and lone page numbers.
import type { PdfPage } from "../../extract/layout.js";
import type { TextLine } from "./lines.js";

/** Share of the page height at the top and bottom where running texts live. */
const MARGIN_SHARE = 0.1;

const PAGE_NUMBER = /^(sida|sid|s\.|page)?\s*\d+(\s*(av|\/|\(|of)\s*\d+\)?)?$/i;

function shape(text: string): string {
  return text.toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ").trim();
}

export function inMargin(line: TextLine, page: PdfPage): boolean {
  return line.bottom <= page.height * MARGIN_SHARE || line.top >= page.height * (1 - MARGIN_SHARE);
}

/** Returns the set of running lines per page index, and their texts. */
export function findRunningLines(
  pages: PdfPage[],
  linesPerPage: TextLine[][],
): { running: Set<TextLine>; texts: string[] } {
  const counts = new Map<string, number>();
  linesPerPage.forEach((lines, i) => {
    const page = pages[i]!;
    const seen = new Set<string>();
    for (const l of lines) if (inMargin(l, page)) seen.add(shape(l.text));
    for (const s of seen) counts.set(s, (counts.get(s) ?? 0) + 1);
  });
  const minRepeats = pages.length >= 2 ? 2 : Number.POSITIVE_INFINITY;
  const running = new Set<TextLine>();
  const texts: string[] = [];
  linesPerPage.forEach((lines, i) => {
    const page = pages[i]!;
    for (const l of lines) {
      if (!inMargin(l, page)) continue;
      const repeated = (counts.get(shape(l.text)) ?? 0) >= minRepeats;
      if (repeated || PAGE_NUMBER.test(l.text.trim())) {
        running.add(l);
        if (!texts.includes(l.text)) texts.push(l.text);
      }
    }
  });
  return { running, texts };
}
