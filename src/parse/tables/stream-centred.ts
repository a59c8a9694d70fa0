// Rows of an unruled table whose cells are centred vertically (HTML's default for table
// cells). A short cell sits halfway down its row, after the first lines of the row's tall
// cells, so neither the key column nor the gaps between lines say where a row starts. What
// does: every cell of a row has the same vertical centre. Each column's lines are grouped into
// cell blocks (lines a line apart), and blocks whose centres meet are one row. The layout is
// taken as centred only when rows of cells with different numbers of lines line up by their
// centres, which top-aligned cells never do.
import type { RowLine } from "./stream-rows.js";

/** Block centres closer than this (in font sizes) are one row. */
const CENTRE_TOLERANCE = 0.35;
/** Lines of one column closer than this (in line pitches) are one cell block. */
const BLOCK_PITCH = 1.35;

interface Block {
  /** [line, chunk] of each of the block's chunks. */
  members: Array<[number, number]>;
  top: number;
  bottom: number;
  lines: number;
  spanning: boolean;
  centre: number;
}

/**
 * The row of each chunk of each line when the table's cells are centred vertically, or null
 * when they are not (or it cannot be told). Needs the chunks' extents (`spans` with bottoms).
 */
export function centredRows(lines: readonly RowLine[]): number[][] | null {
  const blocks = cellBlocks(lines);
  if (blocks === null || blocks.length < 4) return null;
  const fontSize = median(lines.map((l) => l.fontSize));
  const tolerance = CENTRE_TOLERANCE * fontSize;
  const sorted = [...blocks].sort((a, b) => a.centre - b.centre);
  const clusters: Block[][] = [];
  for (const b of sorted) {
    const last = clusters.at(-1);
    if (
      last &&
      b.centre - (last[0] as Block).centre <= tolerance &&
      !b.spanning &&
      !last[0]?.spanning
    )
      last.push(b);
    else clusters.push([b]);
  }
  // Evidence: rows whose cells have different numbers of lines yet one centre.
  const mixed = clusters.filter((c) => new Set(c.map((b) => b.lines)).size > 1).length;
  const tall = clusters.filter((c) => c.some((b) => b.lines > 1)).length;
  if (mixed < 2 || mixed < 0.6 * tall) return null;
  // A lone block (no spanning label) is a cell merged over rows, centred across them, or a
  // sign that this is no centred table.
  const rows = clusters.filter((c) => c.length > 1 || c[0]?.spanning);
  const lone = clusters.filter((c) => c.length === 1 && !c[0]?.spanning).map((c) => c[0] as Block);
  if (lone.length > 0.25 * rows.length) return null;
  const rowOf = lines.map((l) => (l.spans ?? []).map(() => 0));
  const extents = rows.map((c) => [
    Math.min(...c.map((b) => b.top)),
    Math.max(...c.map((b) => b.bottom)),
  ]);
  rows.forEach((c, r) => {
    for (const b of c) for (const [i, k] of b.members) (rowOf[i] as number[])[k] = r;
  });
  for (const b of lone) {
    // A merged cell belongs to the first row it reaches into (its text over empty cells).
    const r = extents.findIndex(
      ([top, bottom]) => b.bottom > (top as number) && b.top < (bottom as number),
    );
    for (const [i, k] of b.members) (rowOf[i] as number[])[k] = r < 0 ? 0 : r;
  }
  return rowOf;
}

/** Each column's chunks grouped into cell blocks; spanning chunks are blocks of their own. */
function cellBlocks(lines: readonly RowLine[]): Block[] | null {
  const byColumn = new Map<number, Array<{ i: number; k: number; top: number; bottom: number }>>();
  const blocks: Block[] = [];
  for (const [i, line] of lines.entries()) {
    for (const [k, sp] of (line.spans ?? []).entries()) {
      if (sp.bottom === undefined) return null;
      if (sp.last > sp.first) {
        blocks.push(block([[i, k]], sp.top, sp.bottom, 1, true));
        continue;
      }
      const list = byColumn.get(sp.first) ?? [];
      list.push({ i, k, top: sp.top, bottom: sp.bottom });
      byColumn.set(sp.first, list);
    }
  }
  const pitches: number[] = [];
  for (const list of byColumn.values()) {
    list.sort((a, b) => a.top - b.top);
    for (let j = 1; j < list.length; j++) {
      const p = (list[j] as { top: number }).top - (list[j - 1] as { top: number }).top;
      if (
        p >
        0.5 * ((list[j - 1] as { bottom: number }).bottom - (list[j - 1] as { top: number }).top)
      )
        pitches.push(p);
    }
  }
  if (pitches.length === 0) return null;
  const pitch = Math.min(...pitches);
  for (const list of byColumn.values()) {
    let current: typeof list = [];
    const flush = () => {
      if (current.length === 0) return;
      blocks.push(
        block(
          current.map((c) => [c.i, c.k]),
          (current[0] as { top: number }).top,
          Math.max(...current.map((c) => c.bottom)),
          current.length,
          false,
        ),
      );
      current = [];
    };
    for (const c of list) {
      const prev = current.at(-1);
      if (prev && c.top - prev.top > BLOCK_PITCH * pitch) flush();
      current.push(c);
    }
    flush();
  }
  return blocks;
}

function block(
  members: Array<[number, number]>,
  top: number,
  bottom: number,
  lines: number,
  spanning: boolean,
): Block {
  return { members, top, bottom, lines, spanning, centre: (top + bottom) / 2 };
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 10;
}
