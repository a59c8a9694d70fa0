// A cheap upper bound on natural's Jaro-Winkler similarity, so that fuzzy header matching can
// skip the (many) pairs that cannot reach its threshold without computing the similarity.
//
// Jaro counts matches m: equal characters paired one to one, so m is at most the number of
// characters two texts share. With t >= 0 transpositions and a common prefix of at most 4,
//   jaro <= (m/a + m/b + 1) / 3   and   jw = jaro + 0.1·l·(1 - jaro) <= 0.4 + 0.6·jaro,
// so jw <= 0.6 + 0.2·(m/a + m/b), a and b the lengths in UTF-16 code units.
// Characters are counted in 32 buckets (a–z, å, ä, ö, digits, space, the rest): sharing a
// bucket overcounts shared characters, which keeps the bound an upper bound.

export interface LetterCounts {
  length: number;
  /** Bit b set when the text has a character in bucket b. */
  mask: number;
  counts: Uint32Array;
}

function bucketOf(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code === 0xe5) return 26; // å
  if (code === 0xe4) return 27; // ä
  if (code === 0xf6) return 28; // ö
  if (code >= 48 && code <= 57) return 29;
  if (code === 32) return 30;
  return 31;
}

export function letterCounts(text: string): LetterCounts {
  const counts = new Uint32Array(32);
  let mask = 0;
  for (let i = 0; i < text.length; i++) {
    const b = bucketOf(text.charCodeAt(i));
    counts[b] = (counts[b] ?? 0) + 1;
    mask |= 1 << b;
  }
  return { length: text.length, mask, counts };
}

/** An upper bound of jaroWinklerDistance(x, y) (natural) for texts with these counts. */
export function jaroWinklerBound(x: LetterCounts, y: LetterCounts): number {
  if (x.length === 0 || y.length === 0) return 1;
  let shared = 0;
  let both = x.mask & y.mask;
  while (both !== 0) {
    const b = 31 - Math.clz32(both);
    shared += Math.min(x.counts[b] ?? 0, y.counts[b] ?? 0);
    both &= ~(1 << b);
  }
  return 0.6 + 0.2 * (shared / x.length + shared / y.length);
}
