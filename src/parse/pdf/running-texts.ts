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

/** Where a margin line sits: its distance from the page's top edge, or (negative) bottom edge. */
function edgeDistance(line: TextLine, page: PdfPage): number {
  return line.bottom <= page.height * MARGIN_SHARE ? line.top : line.bottom - page.height;
}

/** Running texts stand at the same place on every page; a table row that repeats does not. */
const POSITION_TOLERANCE = 6;

/**
 * Running texts also stand at the same place across the page: left-aligned, right-aligned or
 * centred (a page number's width changes). A table header repeated at the top of each page
 * puts a word such as "Ansvarig" over another column on another page.
 */
function sameAcross(a: { x0: number; x1: number }, b: { x0: number; x1: number }): boolean {
  return (
    Math.abs(a.x0 - b.x0) <= POSITION_TOLERANCE ||
    Math.abs(a.x1 - b.x1) <= POSITION_TOLERANCE ||
    Math.abs((a.x0 + a.x1) / 2 - (b.x0 + b.x1) / 2) <= POSITION_TOLERANCE
  );
}

/** A number with other text beside it is a table cell, not a page number. */
function aloneOnBaseline(line: TextLine, lines: TextLine[]): boolean {
  return !lines.some((o) => o !== line && o.top < line.bottom && o.bottom > line.top);
}

/** The lines sharing a baseline with the line (itself included), left to right. */
function bandOf(line: TextLine, lines: TextLine[]): TextLine[] {
  return lines
    .filter((o) => o === line || (o.top < line.bottom && o.bottom > line.top))
    .sort((a, b) => a.x0 - b.x0);
}

function bandKey(band: TextLine[]): string {
  return band.map((l) => shape(l.text)).join("\u0001");
}

/**
 * Bands of several texts side by side that stand outside the margins somewhere: a table's
 * header. Repeated at the top of the following pages it is the table's header again, not a
 * running text, even where the columns sit a little apart from page to page.
 */
function bodyBands(pages: PdfPage[], linesPerPage: TextLine[][]): Set<string> {
  const out = new Set<string>();
  linesPerPage.forEach((lines, i) => {
    const page = pages[i] as PdfPage;
    for (const l of lines) {
      if (inMargin(l, page)) continue;
      const band = bandOf(l, lines);
      if (band.length >= 2 && band[0] === l) out.add(bandKey(band));
    }
  });
  return out;
}

/** Returns the set of running lines per page index, and their texts. */
export function findRunningLines(
  pages: PdfPage[],
  linesPerPage: TextLine[][],
): { running: Set<TextLine>; texts: string[] } {
  // shape → positions (edge distances) seen on each page
  const seen = new Map<string, Array<{ page: number; at: number; x0: number; x1: number }>>();
  linesPerPage.forEach((lines, i) => {
    const page = pages[i]!;
    for (const l of lines) {
      if (!inMargin(l, page)) continue;
      const list = seen.get(shape(l.text)) ?? [];
      list.push({ page: i, at: edgeDistance(l, page), x0: l.x0, x1: l.x1 });
      seen.set(shape(l.text), list);
    }
  });
  const repeats = (l: TextLine, i: number, page: PdfPage): boolean => {
    const at = edgeDistance(l, page);
    const pagesAt = new Set(
      (seen.get(shape(l.text)) ?? [])
        .filter((s) => Math.abs(s.at - at) <= POSITION_TOLERANCE && sameAcross(s, l))
        .map((s) => s.page),
    );
    pagesAt.add(i);
    return pages.length >= 2 && pagesAt.size >= 2;
  };
  const running = new Set<TextLine>();
  const texts: string[] = [];
  const tableHeaders = bodyBands(pages, linesPerPage);
  linesPerPage.forEach((lines, i) => {
    const page = pages[i]!;
    for (const l of lines) {
      if (!inMargin(l, page)) continue;
      const band = bandOf(l, lines);
      if (band.length >= 2 && tableHeaders.has(bandKey(band))) continue;
      // Texts side by side go together: where one of them is no running text, the others
      // beside it are a table's header cells that happen to repeat ("R12 2022–12" over two
      // tables at two page tops), not a running header.
      if (band.length >= 2 && !band.every((b) => repeats(b, i, page))) continue;
      if (repeats(l, i, page) || (PAGE_NUMBER.test(l.text.trim()) && aloneOnBaseline(l, lines))) {
        running.add(l);
        if (!texts.includes(l.text)) texts.push(l.text);
      }
    }
  });
  return { running, texts };
}
