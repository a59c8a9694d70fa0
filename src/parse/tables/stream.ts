// Stream tables: tables drawn without (enough) ruling lines. A table region is a run of text
// lines with several chunks whose gaps line up; its columns come from the whitespace between
// the chunks (guided by the header), its rows from the key column, vertical gaps and any row
// separator lines, so that a wrapped cell stays one cell.
import type { TextItem } from "../../extract/layout.js";
import type { BBox, Cell, Table } from "../../model/table.js";
import { joinLines } from "../pdf/join-lines.js";
import { groupLines } from "../pdf/lines.js";
import type { Vocabulary } from "../pdf/vocabulary.js";
import { type Chunk, type ChunkLine, chunkLines } from "./chunks.js";
import type { Segment } from "./segments.js";
import { centredRows } from "./stream-centred.js";
import {
  chunkColumns,
  columnGaps,
  columnRegions,
  type Gap,
  headerColumns,
  lineCrossesGaps,
  tolerantGaps,
} from "./stream-columns.js";
import { chunkRows, type RowLine } from "./stream-rows.js";
import { looksLikeText, proseEdgeColumn } from "./stream-validate.js";

export interface StreamTable {
  table: Table;
  items: Set<TextItem>;
}

/** A figure as tables write them: "3 412", "-0,7", "12,0 %", "(1.2)", "4,5*", "..", "–", "n/a". */
const NUMERIC = /^\(?[-−–+]?[\d\s.,:%−–]*\d[\d\s.,%]*\)?[*a-z]?$|^(\.\.|…|–|-|—|:|n\/a|x)$/iu;

/**
 * Blank space above a line, in font sizes, beyond which it is not part of the table above.
 * Airy tables (paragraph spacing or padding in every cell, common in HTML printed to PDF and
 * in Word tables with spacing before and after) leave 2.5 em between rows.
 */
const MAX_LINE_GAP_EM = 3;
/**
 * Blank space above a multi-chunk line, in font sizes, beyond which it continues the table
 * only if its text lines up with the table's columns (a table set right under another).
 */
const ALIGN_GAP_EM = 1.2;
/** Single-chunk lines (wrapped cells) allowed in a row before the next multi-chunk line. */
const MAX_SINGLE_RUN = 40;

function sizeRatio(a: ChunkLine, b: ChunkLine): number {
  return a.fontSize / Math.max(0.1, b.fontSize);
}

/** Lines that may be a table, and among them the section rows that span it. */
export interface Region {
  lines: ChunkLine[];
  sections: Set<ChunkLine>;
}

/**
 * A line running over the columns is a section row inside the table ("Fokusområde 2: …")
 * when it starts at the table's left edge, sits as close as a row, and the line after it is a
 * row of the same columns. One that starts where a column's text starts, right of the first,
 * is a cell merged over the columns from there (an "Önskad effekt: …" line under a measure);
 * it may also be the table's last line.
 */
function isSectionRow(
  lines: readonly ChunkLine[],
  j: number,
  body: readonly ChunkLine[],
  gaps: readonly Gap[],
): boolean {
  const line = lines[j] as ChunkLine;
  const chunk = line.chunks[0];
  const next = lines[j + 1];
  const em = line.fontSize;
  if (line.chunks.length !== 1 || !chunk) return false;
  const left = Math.min(...body.map((l) => l.x0));
  const columnStart =
    chunk.x0 > left + em &&
    chunkColumns(chunk, gaps)[0] > 0 &&
    body.some((l) => l.chunks.some((c) => Math.abs(c.x0 - chunk.x0) <= 0.5 * em));
  if (chunk.x0 > left + em && !columnStart) return false;
  // A sentence between two tables is text, not a section title.
  if (!chunk.bold && /[.!?]$/.test(chunk.text)) return false;
  if (!next || next.top - line.bottom > MAX_LINE_GAP_EM * em) return columnStart;
  // The next row: its first line with two chunks or more. A row whose cells are centred
  // vertically starts with the first lines of its tallest cell alone, each in one column.
  let row = next;
  for (let k = j + 2; row.chunks.length < 2 && !lineCrossesGaps(row, gaps) && k <= j + 3; k++) {
    row = lines[k] ?? row;
  }
  if (row.chunks.length < 2) return columnStart;
  // It must be a row of these columns: one chunk per column at most.
  const cols = row.chunks.map((c) => chunkColumns(c, gaps)[0]);
  return (!lineCrossesGaps(row, gaps) && new Set(cols).size === cols.length) || columnStart;
}

/**
 * Whether every chunk of the line starts, ends or is centred where text of the lines above
 * does (within half a font size): the next row of the same columns, however aligned.
 */
function alignsWithColumns(line: ChunkLine, above: readonly ChunkLine[]): boolean {
  const tol = 0.5 * line.fontSize;
  const mid = (c: Chunk) => (c.x0 + c.x1) / 2;
  const chunks = above.flatMap((l) => l.chunks);
  return line.chunks.every((c) =>
    chunks.some(
      (d) =>
        Math.abs(d.x0 - c.x0) <= tol ||
        Math.abs(d.x1 - c.x1) <= tol ||
        Math.abs(mid(d) - mid(c)) <= tol,
    ),
  );
}

/** Whether every chunk of the line starts where text of the lines above starts. */
function startsAtColumns(line: ChunkLine, above: readonly ChunkLine[]): boolean {
  const tol = 0.5 * line.fontSize;
  const starts = above
    .filter((l) => l.chunks.length >= 2)
    .flatMap((l) => l.chunks.map((c) => c.x0));
  return line.chunks.every((c) => starts.some((x) => Math.abs(x - c.x0) <= tol));
}

/**
 * The line is the wrapped rest of a cell merged over columns (a section row or "Önskad effekt"
 * text): right under it, as close as a line, starting where it starts.
 */
function wrapsSection(line: ChunkLine, last: ChunkLine, sections: ReadonlySet<ChunkLine>): boolean {
  const chunk = line.chunks[0];
  const above = last.chunks[0];
  return (
    sections.has(last) &&
    line.chunks.length === 1 &&
    last.chunks.length === 1 &&
    chunk !== undefined &&
    above !== undefined &&
    line.top - last.bottom <= 0.6 * line.fontSize &&
    Math.abs(chunk.x0 - above.x0) <= 0.5 * line.fontSize &&
    chunk.x1 <= above.x1 + 0.5 * line.fontSize
  );
}

/** A line set in italics in another size than the table's: a caption, never a row. */
function isCaptionLike(line: ChunkLine, table: ChunkLine): boolean {
  return (
    line.chunks.every((c) => c.items.every((it) => it.italic)) &&
    Math.abs(line.fontSize - table.fontSize) > 0.05 * table.fontSize
  );
}

/** Runs of lines that may be a table: they start with a multi-chunk line and keep its gaps. */
export function tableRegions(lines: readonly ChunkLine[]): Region[] {
  const regions: Region[] = [];
  let i = 0;
  let firstFree = 0;
  while (i < lines.length) {
    const first = lines[i] as ChunkLine;
    if (first.chunks.length < 2) {
      i++;
      continue;
    }
    const region: ChunkLine[] = [first];
    const sections = new Set<ChunkLine>();
    const body = () => region.filter((l) => !sections.has(l));
    let pending: ChunkLine[] = [];
    let next = i + 1;
    let spacedRows = 0;
    let firstBlockRows = 1;
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j] as ChunkLine;
      const last = pending[pending.length - 1] ?? (region[region.length - 1] as ChunkLine);
      const em = Math.max(last.fontSize, line.fontSize);
      if (line.top - last.bottom > MAX_LINE_GAP_EM * em) break;
      const ratio = sizeRatio(line, first);
      if (ratio < 0.7 || ratio > 1.35) break;
      const gaps = body().length >= 2 ? tolerantGaps(body()) : columnGaps(body());
      // Right under a header, lines with nothing in its first column: the rest of a row the
      // page break split (a repeated header above it). They fill only some columns, so they
      // take no part in finding them.
      const keyEnd = first.chunks[0]?.x1 ?? first.x0;
      if (
        line.chunks.length >= 1 &&
        pending.length === 0 &&
        region.every((l, k) => k === 0 || sections.has(l)) &&
        line.chunks.every((c) => c.x0 > keyEnd) &&
        line.top - last.bottom <= MAX_LINE_GAP_EM * em
      ) {
        region.push(line);
        sections.add(line);
        next = j + 1;
        continue;
      }
      if (line.chunks.length >= 2) {
        // A line that runs across the columns found so far ends the region; while they rest
        // on a line or three, only running text does (a figure may stand off its header).
        // Unless it starts a row (set apart from the line above) and each of its chunks starts
        // where a column's text starts: a row with a cell merged over the columns right of it
        // ("Önskad effekt" | text over two columns). A wrapped line too close for that may
        // yet cross gaps that only the lines so far leave open.
        const spaced = line.top - last.bottom > ALIGN_GAP_EM * em;
        const crosses = lineCrossesGaps(line, gaps);
        const merged = crosses && spaced && startsAtColumns(line, body());
        if (region.length >= 4 && crosses && !merged) break;
        const wide = gaps.filter((g) => g.b - g.a >= em);
        const prose = { ...line, chunks: line.chunks.filter((c) => c.text.split(" ").length >= 4) };
        if (!merged && region.length + pending.length >= 2 && lineCrossesGaps(prose, wide)) break;
        // A row set well apart from the one above must keep its columns, once they are set:
        // by a row under the first block of lines (a header, perhaps centred over its
        // columns), or by three lines of that block (a table set close).
        const settled = spacedRows >= 1 || firstBlockRows >= 3;
        if (spaced && settled && !alignsWithColumns(line, body())) break;
        if (spaced) spacedRows++;
        else if (spacedRows === 0) firstBlockRows++;
        region.push(...pending, line);
        if (merged) sections.add(line); // its columns come from the other lines
        pending = [];
        next = j + 1;
      } else {
        if (lineCrossesGaps(line, gaps)) {
          if (!isSectionRow(lines, j, region, gaps) && !wrapsSection(line, last, sections)) break;
          region.push(...pending, line);
          sections.add(line);
          pending = [];
          next = j + 1;
          continue;
        }
        // A caption between two tables (italics in another size) ends the first.
        if (isCaptionLike(line, first)) break;
        pending.push(line);
        if (pending.length > MAX_SINGLE_RUN) break;
      }
    }
    // Lines right under the last row are its wrapped cells.
    for (const line of pending) {
      const last = region[region.length - 1] as ChunkLine;
      if (line.top - last.bottom > 0.6 * line.fontSize) break;
      region.push(line);
      next = lines.indexOf(line) + 1;
    }
    // A label on the page's last line, at the table's left edge and a row's distance below
    // it, is a section row whose rows the page break moved to the next page.
    const lastLine = lines[lines.length - 1] as ChunkLine;
    if (pending.length === 1 && pending[0] === lastLine && spacedRows >= 1) {
      const last = region[region.length - 1] as ChunkLine;
      const chunk = lastLine.chunks[0];
      const left = Math.min(...region.map((l) => l.x0));
      // Not a caption under the table: those are set in italics or another size.
      const asRows =
        chunk !== undefined &&
        !chunk.items.every((it) => it.italic) &&
        Math.abs(lastLine.fontSize - last.fontSize) <= 0.05 * last.fontSize;
      if (
        chunk &&
        asRows &&
        lastLine.chunks.length === 1 &&
        chunk.x0 <= left + lastLine.fontSize &&
        !/[.!?:]$/.test(chunk.text) &&
        lastLine.top - last.bottom <= MAX_LINE_GAP_EM * lastLine.fontSize
      ) {
        region.push(lastLine);
        sections.add(lastLine);
        next = lines.length;
      }
    }
    // Lines just above that hold text only right of the key column: the rest of a row split by
    // the page break, or a group header.
    const gaps = tolerantGaps(body());
    let start = i;
    while (start > firstFree) {
      const line = lines[start - 1] as ChunkLine;
      const below = lines[start] as ChunkLine;
      if (below.top - line.bottom > 1.5 * line.fontSize) break;
      if (lineCrossesGaps(line, gaps)) break;
      if (line.chunks.some((c) => chunkColumns(c, gaps)[0] === 0)) break;
      region.unshift(line);
      start--;
    }
    regions.push({ lines: region, sections });
    firstFree = next;
    i = next;
  }
  return regions;
}

function sameGaps(a: readonly Gap[], b: readonly Gap[]): boolean {
  return (
    a.length === b.length &&
    a.every((g, i) => {
      const h = b[i] as Gap;
      return g.a < h.b && h.a < g.b;
    })
  );
}

/**
 * Leading lines left out of the column gaps: a header whose cells span or stand beside the
 * body's columns. It is the fewest lines after which the body's gaps no longer change.
 */
function headerLineCount(region: readonly ChunkLine[]): number {
  const gapsAfter = (skip: number) => tolerantGaps(region.slice(skip));
  for (let skip = 0; skip <= 3 && region.length - skip - 1 >= 3; skip++)
    if (sameGaps(gapsAfter(skip), gapsAfter(skip + 1))) return skip;
  return 0;
}

/** Column gaps, from the lines under the header. */
function regionGaps(region: readonly ChunkLine[], headerLines: number): Gap[] {
  return dropUnsharedGaps(region, tolerantGaps(region.slice(headerLines)));
}

/**
 * Drops a gap that no line has text on both sides of: a left-aligned header over right-aligned
 * numbers leaves such a gap inside one column.
 */
function dropUnsharedGaps(region: readonly ChunkLine[], gaps: Gap[]): Gap[] {
  let current = gaps;
  for (;;) {
    const shared = current.map(() => false);
    for (const line of region) {
      const cols = new Set(
        line.chunks
          .map((c) => chunkColumns(c, current))
          .filter(([a, b]) => a === b)
          .map(([a]) => a),
      );
      current.forEach((_, k) => {
        if (cols.has(k) && cols.has(k + 1)) shared[k] = true;
      });
    }
    const k = shared.indexOf(false);
    if (k < 0) return current;
    current = current.filter((_, i) => i !== k);
  }
}

interface Placement {
  chunk: Chunk;
  first: number;
  last: number;
}

/**
 * Each column's cell region, bounded halfway between the text of neighbouring columns (header
 * and body alike), or at the middle of the gap where that text overlaps.
 */
function cellRegions(
  placements: Placement[],
  gaps: readonly Gap[],
  box: BBox,
): Array<[number, number]> {
  const fallback = columnRegions(gaps, box[0], box[2]);
  const lo = fallback.map(() => Number.POSITIVE_INFINITY);
  const hi = fallback.map(() => Number.NEGATIVE_INFINITY);
  for (const p of placements) {
    if (p.first !== p.last) continue;
    lo[p.first] = Math.min(lo[p.first] as number, p.chunk.x0);
    hi[p.first] = Math.max(hi[p.first] as number, p.chunk.x1);
  }
  const bounds = [box[0]];
  gaps.forEach((g, k) => {
    const left = hi[k] as number;
    const right = lo[k + 1] as number;
    bounds.push(
      Number.isFinite(left) && Number.isFinite(right) && left < right
        ? (left + right) / 2
        : (g.a + g.b) / 2,
    );
  });
  bounds.push(box[2]);
  return bounds.slice(0, -1).map((b, i) => [b, bounds[i + 1] as number]);
}

function bboxOf(chunks: readonly Chunk[]): BBox {
  return [
    Math.min(...chunks.map((c) => c.x0)),
    Math.min(...chunks.map((c) => c.top)),
    Math.max(...chunks.map((c) => c.x1)),
    Math.max(...chunks.map((c) => c.bottom)),
  ];
}

function rowCells(
  placed: Placement[],
  row: number,
  cols: number,
  colRight: number[],
  tableMid: number,
  vocabulary: Vocabulary | undefined,
): Cell[] {
  // A row that is one chunk over several columns from the first (or centred on the table) is
  // a section row: it spans the table. From a later column it is a cell merged from there.
  const only = placed.length === 1 ? placed[0] : undefined;
  const mid = only ? (only.chunk.x0 + only.chunk.x1) / 2 : 0;
  const centred = only !== undefined && Math.abs(mid - tableMid) <= only.chunk.fontSize;
  const placements =
    only && only.last > only.first && (only.first === 0 || centred)
      ? [{ ...only, first: 0, last: cols - 1 }]
      : placed;
  // Columns joined by a spanning chunk form one cell.
  const owner = Array.from({ length: cols }, (_, c) => c);
  for (const p of placements)
    for (let c = p.first + 1; c <= p.last; c++) owner[c] = owner[p.first] as number;
  const cells: Cell[] = [];
  for (let c = 0; c < cols; ) {
    let end = c;
    while (end + 1 < cols && owner[end + 1] === owner[c]) end++;
    const chunks = placements.filter((p) => p.first >= c && p.first <= end).map((p) => p.chunk);
    const items = chunks.flatMap((ch) => ch.items);
    const { text, paragraphs } =
      items.length > 0
        ? joinLines(groupLines(items, false), colRight[end] ?? null, vocabulary)
        : { text: "", paragraphs: [] };
    cells.push({ row, col: c, rowSpan: 1, colSpan: end - c + 1, text, paragraphs });
    c = end + 1;
  }
  return cells;
}

function buildTable(
  found: Region,
  page: number,
  hRules: readonly Segment[],
  vocabulary: Vocabulary | undefined,
): StreamTable | null {
  const region = found.lines;
  // Section rows run over the columns: the columns come from the other lines.
  const body = region.filter((l) => !found.sections.has(l));
  const headerLines = headerLineCount(body);
  const gaps = regionGaps(body, headerLines);
  const cols = gaps.length + 1;
  if (cols < 2) return null;
  const prose = proseEdgeColumn(body, gaps);
  if (prose !== null) {
    // Body text beside the table: leave it out and look at the rest again.
    const rest = region
      .map((line) => {
        const chunks = line.chunks.filter((c) => chunkColumns(c, gaps)[0] !== prose);
        return { ...line, chunks };
      })
      .filter((line) => line.chunks.length > 0);
    return buildTable({ lines: rest, sections: new Set() }, page, hRules, vocabulary);
  }
  const allChunks = region.flatMap((l) => l.chunks);
  const box = bboxOf(allChunks);
  const colRight = [...gaps.map((g) => g.a), box[2]];
  // Header lines over more columns than they have cells hold group headers, centred over the
  // columns they span; they are placed last, against the other lines' column extents.
  const isGroupLine = region.map((line) => {
    const i = body.indexOf(line);
    const below = body[i + 1];
    return (
      i >= 0 &&
      (i < headerLines - 1 ||
        (i === headerLines - 1 && below !== undefined && below.chunks.length > line.chunks.length))
    );
  });
  const placed: Placement[][] = region.map((line, i) =>
    isGroupLine[i]
      ? []
      : line.chunks.map((chunk): Placement => {
          const [first, last] = chunkColumns(chunk, gaps);
          return { chunk, first, last };
        }),
  );
  const regions = cellRegions(placed.flat(), gaps, box);
  // A header centred over left-aligned columns (HTML's <th>) starts inside the gaps: by their
  // left edges its cells crowd into the columns on the right. Where they do and their centres
  // fall in columns of their own, the centres decide.
  const isHeaderLine = region.map((line) => {
    const at = body.indexOf(line);
    return at >= 0 && at < Math.max(1, headerLines);
  });
  // Column extents from the rows alone: a misplaced header would stretch them.
  const rowRegions = cellRegions(placed.filter((_, i) => !isHeaderLine[i]).flat(), gaps, box);
  region.forEach((line, i) => {
    if (isGroupLine[i] || !isHeaderLine[i]) return;
    const byEdge = (placed[i] as Placement[]).map((p) => p.first);
    if (new Set(byEdge).size === byEdge.length) return;
    const byCentre = line.chunks.map((c) => {
      const mid = (c.x0 + c.x1) / 2;
      const k = rowRegions.findIndex(([a, b]) => mid >= a && mid < b);
      return k < 0 ? rowRegions.length - 1 : k;
    });
    if (new Set(byCentre).size !== byCentre.length) return;
    placed[i] = line.chunks.map((chunk, k): Placement => {
      const col = byCentre[k] as number;
      return { chunk, first: col, last: col };
    });
  });
  region.forEach((line, i) => {
    if (!isGroupLine[i]) return;
    const homes = line.chunks.map((c) => chunkColumns(c, gaps)[0]);
    placed[i] = line.chunks.map((chunk, k): Placement => {
      const others = new Set(homes.filter((_, j) => j !== k));
      const [first, last] = headerColumns(chunk, regions, others);
      return { chunk, first, last };
    });
  });
  const rowLines: RowLine[] = region.map((line, i) => {
    const ps = placed[i] as Placement[];
    return {
      top: line.top,
      bottom: line.bottom,
      baseline: line.baseline,
      fontSize: line.fontSize,
      key: ps
        .filter((p) => p.first === 0)
        .map((p) => p.chunk.text)
        .join(" "),
      keyX0: Math.min(...ps.filter((p) => p.first === 0).map((p) => p.chunk.x0)),
      filled: new Set(ps.map((p) => p.first)).size,
      numbers: ps.filter((p) => p.first > 0 && NUMERIC.test(p.chunk.text)).map((p) => p.first),
      spanning: ps.some((p) => p.last > p.first),
      x0: Math.min(...ps.map((p) => p.chunk.x0)),
      spans: ps.map((p) => ({
        first: p.first,
        last: p.last,
        top: p.chunk.top,
        bottom: p.chunk.bottom,
        x0: p.chunk.x0,
        x1: p.chunk.x1,
      })),
    };
  });
  // Rulings inside the table give its rows; without any, cells centred vertically may.
  const ruledInside = hRules.some(
    (r) => r.pos > box[1] + 1 && r.pos < box[3] - 1 && r.b > box[0] && r.a < box[2],
  );
  const rowOf =
    (ruledInside ? null : centredRows(rowLines)) ?? chunkRows(rowLines, hRules, box[0], box[2]);
  const rows: Placement[][] = Array.from(
    { length: Math.max(0, ...rowOf.flat()) + 1 },
    (): Placement[] => [],
  );
  placed.forEach((ps, i) => {
    ps.forEach((p, k) => {
      rows[rowOf[i]?.[k] ?? 0]?.push(p);
    });
  });
  const cells: Cell[] = [];
  const rowBoxes: BBox[] = [];
  rows.forEach((ps, r) => {
    cells.push(...rowCells(ps, r, cols, colRight, (box[0] + box[2]) / 2, vocabulary));
    rowBoxes.push([
      box[0],
      Math.min(...ps.map((p) => p.chunk.top)),
      box[2],
      Math.max(...ps.map((p) => p.chunk.bottom)),
    ]);
  });
  const table: Table = {
    page,
    bbox: box,
    method: "stream",
    rows: rows.length,
    cols,
    cells,
    rowPages: rows.map(() => page),
    rowBoxes,
  };
  if (!isTable(table, body, gaps)) return null;
  return { table, items: new Set(allChunks.flatMap((c) => c.items)) };
}

function isTable(table: Table, region: readonly ChunkLine[], gaps: readonly Gap[]): boolean {
  if (table.rows < 2 || table.cols < 2) return false;
  const filledRows = new Map<number, number>();
  for (const c of table.cells)
    if (c.text !== "") filledRows.set(c.row, (filledRows.get(c.row) ?? 0) + 1);
  const multi = [...filledRows.values()].filter((n) => n >= 2).length;
  if (multi < 2) return false;
  return !looksLikeText(table, region, gaps);
}

/** Unruled tables among the page's free text; `hRules` are its horizontal rulings. */
export function streamTables(
  page: number,
  items: readonly TextItem[],
  hRules: readonly Segment[],
  vocabulary?: Vocabulary,
): StreamTable[] {
  const lines = chunkLines([...items]);
  const out: StreamTable[] = [];
  for (const region of tableRegions(lines)) {
    const t = buildTable(region, page, hRules, vocabulary);
    if (t) out.push(t);
  }
  return out;
}
