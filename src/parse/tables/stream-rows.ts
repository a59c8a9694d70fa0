// Rows of an unruled table: which text lines start a new row. A cell whose text wraps stays one
// cell; a row starts at a row separator line, or where the key (first) column starts a new
// entry: after a wider vertical gap when the table separates rows that way, else where the key
// column's text does not read as the continuation of the line above.
import { SWEDISH_MONTHS, SWEDISH_SEASONS } from "../swedish/dates.js";
import type { Segment } from "./segments.js";

export interface RowLine {
  top: number;
  bottom: number;
  baseline: number;
  fontSize: number;
  /** Text in the key column on this line, or "" when that column is empty here. */
  key: string;
  /** Left edge of the key column's text on this line. */
  keyX0: number;
  /** Number of columns with text on this line. */
  filled: number;
  /** Columns right of the key column that hold a number on this line. */
  numbers: number[];
  /** The line holds a chunk that spans columns (group header, section row). */
  spanning: boolean;
  /** Left edge of the line's text. */
  x0?: number;
  /** Each of the line's chunks, in order: its first and last column, its top and extent. */
  spans?: ReadonlyArray<{
    first: number;
    last: number;
    top: number;
    bottom?: number;
    x0?: number;
    x1?: number;
  }>;
}

/**
 * Where between the line pitch and the rows' pitch a row starts. Past the middle: a cell's
 * paragraphs (a line and an em apart, as HTML and Word set them) come close to the middle of
 * airy rows, and rows stand no closer than their usual pitch.
 */
const PARAGRAPH_SHARE = 0.6;

/** Lines at least this far apart (in font sizes), all of them, are rows: nothing wraps. */
const ROWS_ONLY_PITCH = 2.5;

/** Baselines closer than this (in font sizes) are not successive lines of one cell. */
const MIN_LINE_PITCH = 0.8;

/** A pitch at most this much over the tightest is line spacing inside a cell. */
function isLinePitch(pitch: number, tight: number): boolean {
  return pitch <= tight * 1.18 + 0.05;
}

/** A wrapped key cell: its line ends mid-phrase, or the next one starts in lower case. */
const ENDS_OPEN =
  /([-‐,/&(]|\s(och|eller|samt|i|på|av|för|till|med|om|som|att|en|ett|the|of|and|or|in|for|to)|(^|\s)(v\.|vecka|kl\.))$/iu;

/** A month or season at the end of a line: a year on the next line is its rest ("i mars" / "2025"). */
const ENDS_WITH_MONTH = new RegExp(
  `(^|\\s)(${[...Object.keys(SWEDISH_MONTHS), ...Object.keys(SWEDISH_SEASONS)].join("|")})\\.?$`,
  "iu",
);

/** Whether `next` reads as the rest of `prev` (a wrapped cell), not a new entry. */
export function readsOn(prev: string, next: string): boolean {
  return (
    ENDS_OPEN.test(prev) ||
    /^[\p{Ll}(]/u.test(next) ||
    (ENDS_WITH_MONTH.test(prev) && /^(19|20)\d\d(\D|$)/.test(next))
  );
}

/**
 * Rows set as close as lines (no gaps to go by): the key column decides. A line starts a row
 * when its key text is not the rest of the key above: an indented sub-item ("heltid" under
 * "Tillsvidareanställda"), a second line of values, or text that does not read on.
 */
function startsEntry(prev: RowLine, line: RowLine, rowNumbers: ReadonlySet<number>): boolean {
  if (line.key === "") return false;
  if (prev.key === "") return true;
  if (line.keyX0 > prev.keyX0 + 0.5 * line.fontSize) return true;
  // Numbers do not wrap: a second number in a column is a second row.
  if (line.numbers.some((c) => rowNumbers.has(c))) return true;
  return !readsOn(prev.key, line.key);
}

/**
 * The line is the wrapped rest of a cell merged over columns right of the key (or of the line
 * above it): as close as a line, under it, the key column empty on both.
 */
function wrapsSpan(above: RowLine, line: RowLine, pitch: number, tight: number): boolean {
  if (above.x0 === undefined || line.x0 === undefined) return false;
  return (
    isLinePitch(pitch, tight) &&
    line.key === "" &&
    above.key === "" &&
    line.x0 >= above.x0 - 0.5 * line.fontSize
  );
}

/**
 * The extent of the horizontal rulings between two lines that run across most of the table,
 * or null where there are none.
 */
function ruledBetween(
  upper: RowLine,
  lower: RowLine,
  rules: readonly Segment[],
  x0: number,
  x1: number,
): [number, number] | null {
  const width = x1 - x0;
  const between = rules.filter(
    (r) => r.pos > upper.baseline && r.pos < lower.top + 0.2 * (lower.bottom - lower.top),
  );
  if (!between.some((r) => Math.min(r.b, x1) - Math.max(r.a, x0) >= 0.5 * width)) return null;
  // Where the rulings run: cells' borders drawn one by one make up one line.
  return [Math.min(...between.map((r) => r.a)), Math.max(...between.map((r) => r.b))];
}

/**
 * For each line (after the first), whether it starts a new row. `rules` are the horizontal
 * rulings on the page; x0..x1 is the table's extent.
 */
export function rowStarts(
  lines: readonly RowLine[],
  rules: readonly Segment[],
  x0: number,
  x1: number,
): boolean[] {
  return rowPlan(lines, rules, x0, x1).starts;
}

/**
 * The row of each chunk of each line (lines with `spans`). Where rows stand apart, a column
 * goes by its own gaps: the rest of a tall cell (a risk beside several measures, each with its
 * paragraphs) stays in its row while the next column already starts the next one.
 */
export function chunkRows(
  lines: readonly RowLine[],
  rules: readonly Segment[],
  x0: number,
  x1: number,
): number[][] {
  const plan = rowPlan(lines, rules, x0, x1);
  const byLine = (): number[][] => {
    let row = -1;
    // Each column's latest row; a ruling that stops short of a column (under a row beside a
    // merged cell) does not end that column's cell.
    const latestRow = new Map<number, number>();
    // A ruling whose line below holds only the rest of such a cell: it starts the row at the
    // next line with text under it.
    let waiting: [number, number] | null = null;
    return lines.map((line, i) => {
      const spans = line.spans ?? [];
      const span = plan.ruledSpan[i] ?? waiting;
      const starts = plan.starts[i] === true || waiting !== null;
      const under = spans.map(
        (sp) =>
          span === null ||
          sp.x0 === undefined ||
          sp.x1 === undefined ||
          (sp.x1 > span[0] + 1 && sp.x0 < span[1] - 1),
      );
      const kept = spans.map((sp, k) => {
        if (under[k] || !starts) return undefined;
        for (let c = sp.first; c <= sp.last; c++) {
          const r = latestRow.get(c);
          if (r !== undefined) return r;
        }
        return undefined;
      });
      const opens = starts && kept.some((k) => k === undefined);
      waiting = starts && !opens && span !== null ? span : null;
      if (opens || row < 0) row++;
      const rows = spans.map((_, k) => kept[k] ?? row);
      spans.forEach((sp, k) => {
        for (let c = sp.first; c <= sp.last; c++) latestRow.set(c, rows[k] as number);
      });
      return rows;
    });
  };
  if (plan.rowGap === null) return byLine();
  const isRowGap = plan.rowGap;
  // The latest chunk over each column: its top and row. Chunks, not lines: a line gathers
  // chunks whose tops differ by up to a line.
  const latest = new Map<number, { top: number; row: number }>();
  let row = -1;
  return lines.map((line, i) => {
    const spans = line.spans ?? [];
    const above = spans.map(({ first, last }) => {
      let best: { top: number; row: number } | undefined;
      for (let c = first; c <= last; c++) {
        const l = latest.get(c);
        if (l && (!best || l.top > best.top)) best = l;
      }
      return best;
    });
    const opens = above.map(
      (u, k) =>
        i === 0 ||
        (plan.ruledSpan[i] ?? null) !== null ||
        u === undefined ||
        isRowGap(((spans[k]?.top ?? line.top) - u.top) / Math.max(1, line.fontSize)),
    );
    if (row < 0 || opens.some(Boolean)) row++;
    const rows = spans.map((_, k) => (opens[k] ? row : ((above[k] as { row: number }).row ?? row)));
    spans.forEach(({ first, last, top }, k) => {
      for (let c = first; c <= last; c++) latest.set(c, { top, row: rows[k] as number });
    });
    return rows;
  });
}

interface RowPlan {
  starts: boolean[];
  /** Where rulings run between each line and the one above; null where there are none. */
  ruledSpan: Array<[number, number] | null>;
  /** Where rows stand apart (gap mode): whether a pitch in font sizes separates rows. */
  rowGap: ((pitch: number) => boolean) | null;
}

function rowPlan(
  lines: readonly RowLine[],
  rules: readonly Segment[],
  x0: number,
  x1: number,
): RowPlan {
  const n = lines.length;
  const starts = Array<boolean>(n).fill(false);
  if (n === 0) return { starts, ruledSpan: [], rowGap: null };
  starts[0] = true;
  const pitch = (i: number): number => {
    const a = lines[i - 1] as RowLine;
    const b = lines[i] as RowLine;
    return (b.baseline - a.baseline) / Math.max(1, Math.min(a.fontSize, b.fontSize));
  };
  const ruled = (i: number) =>
    ruledBetween(lines[i - 1] as RowLine, lines[i] as RowLine, rules, x0, x1);
  const ruledSpan: Array<[number, number] | null> = Array(n).fill(null);

  // Rows separated by ruling lines everywhere: the lines alone decide.
  let ruledCount = 0;
  for (let i = 1; i < n; i++) {
    ruledSpan[i] = ruled(i);
    if (ruledSpan[i] !== null) ruledCount++;
  }

  // The tightest line pitch is the line spacing inside a cell; a clearly wider one separates rows.
  const pitches = Array.from({ length: n - 1 }, (_, k) => pitch(k + 1)).sort((a, b) => a - b);
  // Lines closer than a line's height are two columns' texts a little offset (a paragraph's
  // second line beside another cell's last), not line spacing; so are lines with no column in
  // common, where the columns are known.
  const shareColumn = (i: number): boolean => {
    const a = lines[i - 1]?.spans;
    const b = lines[i]?.spans;
    if (!a || !b) return true;
    return b.some((x) => a.some((y) => x.first <= y.last && y.first <= x.last));
  };
  const inColumn = Array.from({ length: n - 1 }, (_, k) => k + 1)
    .filter(shareColumn)
    .map(pitch)
    .sort((a, b) => a - b);
  const tight =
    inColumn.find((p) => p >= MIN_LINE_PITCH) ??
    pitches.find((p) => p >= MIN_LINE_PITCH) ??
    pitches[0] ??
    0;
  const wide = (i: number) => !isLinePitch(pitch(i), tight);
  // Lines where the key column starts an entry: not the wrapped rest of the key above.
  const keyStarts: number[] = [];
  for (let i = 1; i < n; i++) {
    const line = lines[i] as RowLine;
    if (line.key !== "" && (wide(i) || startsEntry(lines[i - 1] as RowLine, line, new Set())))
      keyStarts.push(i);
  }
  const wideKeyStarts = keyStarts.filter(wide).length;
  const anyTight = pitches.some((p) => isLinePitch(p, tight));
  // Most key starts wide; or, among several, half (a key wrapped onto a line of its own,
  // "Januari" / "2024", reads as a new entry by its text but sits as close as a line).
  const gapMode =
    anyTight &&
    keyStarts.length > 0 &&
    (wideKeyStarts >= 0.75 * keyStarts.length ||
      wideKeyStarts >= Math.max(2, 0.5 * keyStarts.length));
  // Paragraph spacing inside a cell (two paragraphs in one header cell) is wider than a line
  // but narrower than the space between rows: in gap mode a row starts past PARAGRAPH_SHARE
  // of the way from the line pitch to the rows' usual pitch (their lower quartile).
  const rowPitches = keyStarts
    .filter(wide)
    .map(pitch)
    .sort((a, b) => a - b);
  const rowPitch = rowPitches[Math.floor(rowPitches.length / 4)] ?? tight;
  const isRowGap = (p: number) =>
    !isLinePitch(p, tight) && p > tight + PARAGRAPH_SHARE * (rowPitch - tight);
  const rowGap = (i: number) => isRowGap(pitch(i));

  const rowNumbers = new Set<number>((lines[0] as RowLine).numbers);
  for (let i = 1; i < n; i++) {
    const line = lines[i] as RowLine;
    const prev = lines[i - 1] as RowLine;
    if (ruledSpan[i] !== null) starts[i] = true;
    else if (ruledCount >= Math.max(2, 0.5 * keyStarts.length)) starts[i] = false;
    else if ((line.spanning || prev.spanning) && !wrapsSpan(prev, line, pitch(i), tight))
      starts[i] = true;
    else if (gapMode) starts[i] = rowGap(i);
    // No line sits as close as a line to the one above: no cell wraps, each line is a row
    // (one under an empty key cell too: a second measure beside a merged risk).
    else if (tight >= ROWS_ONLY_PITCH) starts[i] = true;
    // Rows as close as lines, but this one far below the line above (under the header, after
    // a page break): a new row, whatever its text.
    else if (line.key !== "" && pitch(i) > 1.5 * tight) starts[i] = true;
    else starts[i] = startsEntry(prev, line, rowNumbers);
    if (starts[i]) rowNumbers.clear();
    for (const c of line.numbers) rowNumbers.add(c);
  }
  const byColumns = gapMode && ruledCount < Math.max(2, 0.5 * keyStarts.length);
  return { starts, ruledSpan, rowGap: byColumns ? isRowGap : null };
}
