// A cheap reading-order text of a PdfLayout: lines top to bottom, runs left to right.
// Good enough for benchmarks, tests and "is there a text layer at all"; not for parsing tables.
import type { PdfLayout, PdfPage, TextItem } from "./layout.js";

/** Pages are separated by a form feed, like pdftotext. */
export function pdfPlainText(layout: PdfLayout): string {
  return layout.pages.map(pagePlainText).join("\f");
}

export function pagePlainText(page: PdfPage): string {
  return groupLines(page.items)
    .map((line) => joinLine(line))
    .join("\n");
}

/** Items whose baselines are within a fraction of the font size form one line. */
function groupLines(items: readonly TextItem[]): TextItem[][] {
  const sorted = [...items].sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const lines: TextItem[][] = [];
  let current: TextItem[] = [];
  let lineBaseline = Number.NaN;
  let lineSize = 0;
  for (const item of sorted) {
    const tolerance = Math.max(1, 0.4 * Math.min(lineSize || item.fontSize, item.fontSize));
    if (current.length > 0 && Math.abs(item.baseline - lineBaseline) <= tolerance) {
      current.push(item);
      continue;
    }
    if (current.length > 0) lines.push(current);
    current = [item];
    lineBaseline = item.baseline;
    lineSize = item.fontSize;
  }
  if (current.length > 0) lines.push(current);
  return lines.map((line) => line.sort((a, b) => a.x - b.x));
}

function joinLine(line: readonly TextItem[]): string {
  let out = "";
  let prevEnd = Number.NaN;
  for (const item of line) {
    const gap = item.x - prevEnd;
    const needsSpace =
      out !== "" && !/\s$/.test(out) && !/^\s/.test(item.text) && gap > 0.15 * item.fontSize;
    out += (needsSpace ? " " : "") + item.text;
    prevEnd = item.x + item.width;
  }
  return out;
}
