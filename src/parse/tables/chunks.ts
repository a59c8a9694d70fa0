// Text lines split into chunks: runs of text on one baseline that are closer to each other than
// a column gap. A table row shows as a line with several chunks, one per cell.
import type { TextItem } from "../../extract/layout.js";
import { groupLines, joinItems } from "../pdf/lines.js";

export interface Chunk {
  items: TextItem[];
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  fontSize: number;
  bold: boolean;
}

export interface ChunkLine {
  chunks: Chunk[];
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  baseline: number;
  fontSize: number;
}

/** Runs further apart than this many font sizes are separate chunks (cells, columns). */
const CHUNK_GAP_EM = 0.6;
/** In a monospaced font a space is as wide as a letter (0.6 em): two spaces part chunks. */
const MONO_GAP_CHARS = 1.5;
const MONOSPACE = /mono|monl|courier|consol|typewriter|fixed|cmtt|code/i;

function chunkGap(a: TextItem, b: TextItem): number {
  if (MONOSPACE.test(a.fontName) && MONOSPACE.test(b.fontName)) {
    const charWidth = (a.width + b.width) / Math.max(1, a.text.length + b.text.length);
    return Math.max(MONO_GAP_CHARS * charWidth, CHUNK_GAP_EM * Math.min(a.fontSize, b.fontSize));
  }
  return CHUNK_GAP_EM * Math.min(a.fontSize, b.fontSize);
}

function makeChunk(items: TextItem[]): Chunk {
  let x0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  let fontSize = 0;
  let chars = 0;
  let boldChars = 0;
  for (const it of items) {
    x0 = Math.min(x0, it.x);
    x1 = Math.max(x1, it.x + it.width);
    top = Math.min(top, it.y);
    bottom = Math.max(bottom, it.y + it.height);
    fontSize = Math.max(fontSize, it.fontSize);
    chars += it.text.length;
    if (it.bold) boldChars += it.text.length;
  }
  return {
    items,
    text: joinItems(items),
    x0,
    x1,
    top,
    bottom,
    fontSize,
    bold: chars > 0 && boldChars / chars > 0.6,
  };
}

/** The page's text as lines (one per baseline) of chunks, top to bottom. */
export function chunkLines(items: TextItem[]): ChunkLine[] {
  const lines: ChunkLine[] = [];
  for (const line of groupLines(items, false)) {
    const chunks: Chunk[] = [];
    let run: TextItem[] = [];
    for (const item of line.items) {
      const last = run[run.length - 1];
      const gap = last ? item.x - (last.x + last.width) : 0;
      if (last && gap > chunkGap(last, item)) {
        chunks.push(makeChunk(run));
        run = [];
      }
      run.push(item);
    }
    if (run.length > 0) chunks.push(makeChunk(run));
    lines.push({
      chunks,
      x0: line.x0,
      x1: line.x1,
      top: line.top,
      bottom: line.bottom,
      baseline: line.baseline,
      fontSize: line.fontSize,
    });
  }
  return lines.sort((a, b) => a.baseline - b.baseline);
}
