// Columns of an unruled table from the whitespace between its text: x-ranges that (almost) no
// line covers, between text on both sides, are the gaps between columns.
import type { Chunk, ChunkLine } from "./chunks.js";

/** An x-range between two columns. */
export interface Gap {
  a: number;
  b: number;
}

/** Narrower white x-ranges are word spaces, not column gaps (points). */
const MIN_GAP = 3;

/**
 * Column gaps of a set of lines: maximal x-ranges covered by at most `tolerance` lines'
 * chunks, strictly inside the lines' extent. A tolerance lets a few spanning cells (group
 * headers, section rows) cross a gap without erasing it.
 */
export function columnGaps(lines: readonly ChunkLine[], tolerance = 0): Gap[] {
  const events: Array<[number, number]> = [];
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  for (const line of lines)
    for (const c of line.chunks) {
      events.push([c.x0, 1], [c.x1, -1]);
      minX = Math.min(minX, c.x0);
      maxX = Math.max(maxX, c.x1);
    }
  if (events.length === 0) return [];
  events.sort((p, q) => p[0] - q[0] || q[1] - p[1]);
  const gaps: Gap[] = [];
  let count = 0;
  let openAt: number | null = null;
  for (const [x, d] of events) {
    count += d;
    if (count <= tolerance && openAt === null && x > minX && x < maxX) openAt = x;
    else if (count > tolerance && openAt !== null) {
      if (x - openAt >= MIN_GAP) gaps.push({ a: openAt, b: x });
      openAt = null;
    }
  }
  return gaps;
}

/**
 * Gaps that tolerate a tenth of the lines crossing them (spanning cells). Text standing inside
 * such a gap, clear of both its sides, spans nothing: it is a sparse column of its own (a risk
 * level given once per group of rows), and the gap is split around it.
 */
export function tolerantGaps(lines: readonly ChunkLine[]): Gap[] {
  const chunks = lines.flatMap((l) => l.chunks);
  return columnGaps(lines, Math.floor(lines.length / 10)).flatMap((g) =>
    whiteWithin(
      g,
      chunks.filter((c) => c.x0 > g.a && c.x1 < g.b),
    ),
  );
}

/** The parts of a gap that none of the chunks covers. */
function whiteWithin(g: Gap, chunks: readonly Chunk[]): Gap[] {
  const out: Gap[] = [];
  let from = g.a;
  for (const c of [...chunks].sort((p, q) => p.x0 - q.x0)) {
    if (c.x0 - from >= MIN_GAP) out.push({ a: from, b: c.x0 });
    from = Math.max(from, c.x1);
  }
  if (g.b - from >= MIN_GAP) out.push({ a: from, b: g.b });
  return out;
}

/** Whether the chunk runs over the whole gap (a cell spanning the two columns beside it). */
export function crossesGap(chunk: Chunk, gap: Gap): boolean {
  return chunk.x0 < gap.a - 0.5 && chunk.x1 > gap.b + 0.5;
}

export function lineCrossesGaps(line: ChunkLine, gaps: readonly Gap[]): boolean {
  return line.chunks.some((c) => gaps.some((g) => crossesGap(c, g)));
}

/**
 * First and last column a chunk occupies, given the gaps between columns. A chunk that starts
 * inside a gap belongs to the column on its right (a left-aligned header over right-aligned
 * numbers); it spans the columns whose gaps it runs over.
 */
export function chunkColumns(chunk: Chunk, gaps: readonly Gap[]): [number, number] {
  let first = 0;
  for (const g of gaps) if (g.a < chunk.x0 - 0.5) first++;
  let last = first;
  for (let k = first; k < gaps.length; k++) if (crossesGap(chunk, gaps[k] as Gap)) last = k + 1;
  return [first, last];
}

/** Each column's cell region: from the middle of the gap on its left to the one on its right. */
export function columnRegions(
  gaps: readonly Gap[],
  x0: number,
  x1: number,
): Array<[number, number]> {
  const bounds = [x0, ...gaps.map((g) => (g.a + g.b) / 2), x1];
  return bounds.slice(0, -1).map((b, i) => [b, bounds[i + 1] as number]);
}

/**
 * Columns a header chunk stands over. A group header is centred over the columns it spans,
 * which it need not reach: of the runs of columns around the one it overlaps most, the one
 * whose middle is nearest the chunk's middle wins. `taken` are columns other chunks of the
 * line hold.
 */
export function headerColumns(
  chunk: Chunk,
  regions: ReadonlyArray<[number, number]>,
  taken: ReadonlySet<number>,
): [number, number] {
  const overlap = (k: number) => {
    const [a, b] = regions[k] as [number, number];
    return Math.min(b, chunk.x1) - Math.max(a, chunk.x0);
  };
  let home = 0;
  for (let k = 1; k < regions.length; k++) if (overlap(k) > overlap(home)) home = k;
  const centre = (chunk.x0 + chunk.x1) / 2;
  let best: [number, number] = [home, home];
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let a = home; a >= 0 && (a === home || !taken.has(a)); a--)
    for (let b = home; b < regions.length && (b === home || !taken.has(b)); b++) {
      const mid = ((regions[a] as [number, number])[0] + (regions[b] as [number, number])[1]) / 2;
      const d = Math.abs(mid - centre);
      if (d < bestDistance - 0.5) {
        best = [a, b];
        bestDistance = d;
      }
    }
  return best;
}
