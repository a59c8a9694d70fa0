// Scoring reconstructed tables against expected ones: the adjacency-relation measure of the
// table competitions (each non-empty cell paired with its nearest non-empty neighbour to the
// right and below; a pair counts when both texts match) and table detection precision/recall.

export interface ScoredCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
}

export interface ScoredTable {
  page: number | null;
  rows: number;
  cols: number;
  cells: ScoredCell[];
}

/** Whitespace and soft hyphens never decide whether two cell texts are the same. */
export function normText(text: string): string {
  return text.normalize("NFC").replace(/[\s\u00ad]+/g, "");
}

/** Adjacency relations as "a\u0001b\u0001dir" strings (a multiset, as a count map). */
export function adjacencyRelations(table: ScoredTable): Map<string, number> {
  const grid: (number | undefined)[][] = Array.from({ length: table.rows }, () =>
    Array(table.cols).fill(undefined),
  );
  table.cells.forEach((c, i) => {
    for (let r = c.row; r < c.row + c.rowSpan && r < table.rows; r++)
      for (let k = c.col; k < c.col + c.colSpan && k < table.cols; k++) {
        const row = grid[r];
        if (row) row[k] = i;
      }
  });
  const text = (i: number) => normText(table.cells[i]?.text ?? "");
  const out = new Map<string, number>();
  const add = (a: number, b: number, dir: string) => {
    const key = `${text(a)}\u0001${text(b)}\u0001${dir}`;
    out.set(key, (out.get(key) ?? 0) + 1);
  };
  const seen = new Set<string>();
  table.cells.forEach((c, i) => {
    if (text(i) === "") return;
    for (let r = c.row; r < c.row + c.rowSpan && r < table.rows; r++) {
      for (let k = c.col + c.colSpan; k < table.cols; k++) {
        const j = grid[r]?.[k];
        if (j === undefined || j === i || text(j) === "") continue;
        if (!seen.has(`${i}>${j}`)) add(i, j, "h");
        seen.add(`${i}>${j}`);
        break;
      }
    }
    for (let k = c.col; k < c.col + c.colSpan && k < table.cols; k++) {
      for (let r = c.row + c.rowSpan; r < table.rows; r++) {
        const j = grid[r]?.[k];
        if (j === undefined || j === i || text(j) === "") continue;
        if (!seen.has(`${i}v${j}`)) add(i, j, "v");
        seen.add(`${i}v${j}`);
        break;
      }
    }
  });
  return out;
}

function size(m: Map<string, number>): number {
  let n = 0;
  for (const v of m.values()) n += v;
  return n;
}

function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const [k, v] of a) n += Math.min(v, b.get(k) ?? 0);
  return n;
}

function textBag(t: ScoredTable): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of t.cells) {
    const k = normText(c.text);
    if (k !== "") m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

export interface DocumentScore {
  /** Correct / detected / expected adjacency relations, summed over the document. */
  correct: number;
  detected: number;
  expected: number;
  /** Tables: matched, found, expected. */
  tablesMatched: number;
  tablesFound: number;
  tablesExpected: number;
}

/**
 * Pairs detected and expected tables one to one (same start page, most shared cell texts; a pair
 * needs half the expected table's non-empty cells), then counts relations. Relations of
 * unmatched tables count as wrong (detected) or missed (expected).
 */
export function scoreDocument(got: ScoredTable[], want: ScoredTable[]): DocumentScore {
  const gotRel = got.map(adjacencyRelations);
  const wantRel = want.map(adjacencyRelations);
  const gotBags = got.map(textBag);
  const candidates: Array<{ g: number; w: number; shared: number }> = [];
  want.forEach((w, wi) => {
    const bag = textBag(w);
    const total = size(bag);
    got.forEach((g, gi) => {
      if (g.page !== w.page) return;
      const shared = overlap(bag, gotBags[gi] ?? new Map());
      if (total > 0 && shared * 2 >= total) candidates.push({ g: gi, w: wi, shared });
    });
  });
  candidates.sort((a, b) => b.shared - a.shared);
  const usedG = new Set<number>();
  const usedW = new Set<number>();
  let correct = 0;
  for (const c of candidates) {
    if (usedG.has(c.g) || usedW.has(c.w)) continue;
    usedG.add(c.g);
    usedW.add(c.w);
    correct += overlap(gotRel[c.g] ?? new Map(), wantRel[c.w] ?? new Map());
  }
  return {
    correct,
    detected: gotRel.reduce((s, m) => s + size(m), 0),
    expected: wantRel.reduce((s, m) => s + size(m), 0),
    tablesMatched: usedW.size,
    tablesFound: got.length,
    tablesExpected: want.length,
  };
}

export function f1(correct: number, detected: number, expected: number): number {
  if (detected === 0 && expected === 0) return 1;
  const p = detected === 0 ? 0 : correct / detected;
  const r = expected === 0 ? 0 : correct / expected;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** Readable differences between two tables (shape, missing and extra cells). */
export function tableDiff(
  got: ScoredTable | undefined,
  want: ScoredTable,
  label: string,
): string[] {
  if (!got) return [`${label}: missing table (p${want.page} ${want.rows}x${want.cols})`];
  const out: string[] = [];
  if (got.page !== want.page || got.rows !== want.rows || got.cols !== want.cols)
    out.push(
      `${label}: shape p${got.page} ${got.rows}x${got.cols}, want p${want.page} ${want.rows}x${want.cols}`,
    );
  const key = (c: ScoredCell) =>
    `[${c.row},${c.col}${c.rowSpan > 1 || c.colSpan > 1 ? ` ${c.rowSpan}x${c.colSpan}` : ""}] ${c.text.replace(/\s+/g, " ").trim()}`;
  const g = new Set(got.cells.map(key));
  const w = new Set(want.cells.map(key));
  for (const k of w) if (!g.has(k)) out.push(`${label}: want ${k.slice(0, 140)}`);
  for (const k of g) if (!w.has(k)) out.push(`${label}: got  ${k.slice(0, 140)}`);
  return out;
}
