// The one row order of every report: by document (file), page, position on the page, then the
// record's id (ids are numbered in reading order), so the same records always give the same rows
// whatever order they arrive in.

export interface Location {
  file: string | null;
  page: number | null;
  bbox: readonly [number, number, number, number] | null;
  id: string | null;
}

export const collator = new Intl.Collator("sv", { numeric: true });

/** Collation first, then code units, so that two different strings never compare equal. */
export function compareText(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

export function compareNullsLast<V>(
  a: V | null,
  b: V | null,
  compare: (a: V, b: V) => number,
): number {
  if (a === null) return b === null ? 0 : 1;
  if (b === null) return -1;
  return compare(a, b);
}

const byNumber = (a: number, b: number) => a - b;

export function compareLocation(a: Location, b: Location): number {
  return (
    compareNullsLast(a.file, b.file, compareText) ||
    compareNullsLast(a.page, b.page, byNumber) ||
    // Top to bottom, then left to right; records without a position after those with one.
    compareNullsLast(a.bbox?.[1] ?? null, b.bbox?.[1] ?? null, byNumber) ||
    compareNullsLast(a.bbox?.[0] ?? null, b.bbox?.[0] ?? null, byNumber) ||
    compareNullsLast(a.id, b.id, compareText)
  );
}

/** Stable: items with equal locations keep their input order. */
export function sortByLocation<T>(items: readonly T[], key: (item: T) => Location): T[] {
  return items
    .map((item, index) => ({ item, index, key: key(item) }))
    .sort((a, b) => compareLocation(a.key, b.key) || a.index - b.index)
    .map((entry) => entry.item);
}
