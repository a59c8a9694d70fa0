// A text run drawn across a cell border: some producers (Chromium's Skia among them) emit the
// words of neighbouring cells as one run. Split at the word boundary nearest each border, the
// characters' positions estimated from the run's width.
import type { TextItem } from "../../extract/layout.js";

/** A border farther than this many characters from any space splits nothing. */
const MAX_SHIFT_CHARS = 2;

export function splitAtEdges(item: TextItem, edges: readonly number[]): TextItem[] {
  const n = item.text.length;
  if (n < 2 || edges.length === 0) return [item];
  const perChar = item.width / n;
  // Character indices where a new piece starts: after the space nearest each border.
  const cuts: number[] = [];
  for (const x of edges) {
    const at = (x - item.x) / perChar;
    let best = -1;
    for (let i = 0; i < n; i++) {
      if (item.text[i] !== " ") continue;
      if (best < 0 || Math.abs(i - at) < Math.abs(best - at)) best = i;
    }
    if (best > 0 && best < n - 1 && Math.abs(best - at) <= MAX_SHIFT_CHARS) cuts.push(best);
  }
  if (cuts.length === 0) return [item];
  const bounds = [...new Set(cuts)].sort((a, b) => a - b);
  const pieces: TextItem[] = [];
  let from = 0;
  for (const cut of [...bounds, n]) {
    const part = item.text.slice(from, cut);
    const text = part.trim();
    if (text !== "") {
      const start = from + part.length - part.trimStart().length;
      pieces.push({ ...item, text, x: item.x + start * perChar, width: text.length * perChar });
    }
    from = cut + 1;
  }
  return pieces;
}
