// One-to-one matching of two lists by score: the assignment with the highest total score
// (Hungarian method), keeping only pairs at or above a threshold. Greedy matching can give a
// measure's true counterpart away to a slightly better-scoring neighbour; this cannot.

export interface Assignment {
  from: number;
  to: number;
  score: number;
}

/**
 * @param scores scores[i][j] in 0..1 for from-item i and to-item j
 * @param threshold pairs scoring below it are never made
 */
export function assignOneToOne(
  scores: readonly (readonly number[])[],
  threshold: number,
): Assignment[] {
  const rows = scores.length;
  const cols = rows === 0 ? 0 : Math.max(...scores.map((r) => r.length));
  if (rows === 0 || cols === 0) return [];
  const n = Math.max(rows, cols);
  // Square cost matrix; pairs under the threshold cost as much as leaving both unmatched.
  const weight = (i: number, j: number): number => {
    const s = i < rows ? (scores[i]?.[j] ?? 0) : 0;
    return s >= threshold ? s : 0;
  };
  const cost = (i: number, j: number): number => -weight(i, j);

  // Kuhn-Munkres with potentials, 1-based as in the classic formulation.
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const p = new Array<number>(n + 1).fill(0);
  const way = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = Number.POSITIVE_INFINITY;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else {
          minv[j] = minv[j]! - delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }

  const out: Assignment[] = [];
  for (let j = 1; j <= n; j++) {
    const i = p[j]! - 1;
    const to = j - 1;
    if (i < 0 || i >= rows || to >= cols) continue;
    const w = weight(i, to);
    if (w > 0) out.push({ from: i, to, score: scores[i]![to]! });
  }
  return out.sort((a, b) => a.from - b.from);
}
