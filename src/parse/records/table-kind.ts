// Which kind of records a table holds, read from its header row, or from the table before it
// when it continues that table without a header of its own.
import type { Block } from "../../model/content.js";
import type { Table } from "../../model/table.js";
import { parsePeriod, saysUndated } from "../swedish/dates.js";
import { classifyHeaderRow, mayNameField, type TableKind } from "../swedish/headers.js";
import { looksNumeric } from "../swedish/numbers.js";
import { buildGrid, type Grid, isEmptyRow, rowTexts, textAt } from "./grid.js";
import { MIN_NUMERIC_SHARE, MONEY_WORDS } from "./vocabulary.js";

export interface ClassifiedTable {
  kind: TableKind;
  grid: Grid;
  /** Row index of the header row; -1 when the table continues another one without a header. */
  headerRow: number;
  /** Field per column (null: not used). */
  columns: (string | null)[];
  /** The header text of each column (a continuation has its predecessor's). */
  headers: string[];
}

/** Rows above the header a table may have (a title row spanning the table). */
const MAX_HEADER_ROW = 2;

export function classifyTable(table: Table): ClassifiedTable | null {
  const grid = buildGrid(table);
  for (let r = 0; r <= Math.min(MAX_HEADER_ROW, table.rows - 1); r++) {
    const { kind, columns } = classifyHeaderRow(rowTexts(grid, r));
    if (!kind) continue;
    const classified = { kind, grid, headerRow: r, columns, headers: rowTexts(grid, r) };
    return kind === "activity" && isBudget(classified, table.rows) ? null : classified;
  }
  return null;
}

/** Share of the data rows that must read as the predecessor's columns for a continuation. */
const CONTINUATION_MIN_SHARE = 0.5;

/**
 * Whether a headerless table reads like more rows of `previous`: its key column (activity or
 * measure) holds text, not figures, and its timing column, where there is one, holds times.
 */
function readsLike(grid: Grid, rows: number, previous: ClassifiedTable): boolean {
  const key = previous.columns.indexOf(previous.kind === "activity" ? "activity" : "measure");
  if (key < 0) return false;
  const timing = previous.columns.indexOf(previous.kind === "activity" ? "when" : "endDate");
  let filled = 0;
  let keyText = 0;
  let timed = 0;
  let timingFilled = 0;
  for (let r = 0; r < rows; r++) {
    if (isEmptyRow(grid, r)) continue;
    filled++;
    const k = textAt(grid, r, key);
    if (/\p{L}{3}/u.test(k) && !looksNumeric(k)) keyText++;
    if (timing < 0) continue;
    const t = textAt(grid, r, timing);
    if (t === "") continue;
    timingFilled++;
    // Any year will do: only whether the cell reads as a time matters.
    if (parsePeriod(t, 2000).start !== null || saysUndated(t)) timed++;
  }
  if (filled === 0 || keyText <= CONTINUATION_MIN_SHARE * filled) return false;
  return timingFilled === 0 || timed >= CONTINUATION_MIN_SHARE * timingFilled;
}

/**
 * Every activity or risk table of a document by block index. A table without a header that
 * has as many columns as the activity or risk table before it, with only text between them,
 * and reads like it, continues it: a plan split into one table per focus area often gives the
 * header only once.
 */
export function classifyTables(blocks: readonly Block[]): Map<number, ClassifiedTable> {
  const out = new Map<number, ClassifiedTable>();
  let previous: { classified: ClassifiedTable; cols: number } | null = null;
  blocks.forEach((block, index) => {
    if (block.kind !== "table") return;
    const table = block.table;
    const own = classifyTable(table);
    if (own) {
      out.set(index, own);
      previous = { classified: own, cols: table.cols };
      return;
    }
    const before: { classified: ClassifiedTable; cols: number } | null = previous;
    previous = null;
    if (!before || before.cols !== table.cols) return;
    const grid = buildGrid(table);
    if (!readsLike(grid, table.rows, before.classified)) return;
    const continued: ClassifiedTable = { ...before.classified, grid, headerRow: -1 };
    out.set(index, continued);
    previous = { classified: continued, cols: table.cols };
  });
  return out;
}

/** classifyTables' result: the activity or risk table of each table block, by block index. */
export type ClassifiedTables = ReadonlyMap<number, ClassifiedTable>;

/** Fields a plan's activity table has and a budget does not. */
const PLAN_FIELDS = ["purpose", "targetGroups", "channel"];

/**
 * A budget ("Insats | Period | Kostnad (kr) | Ansvarig") names activities too, but it is about
 * money: a column headed by a money word holds figures, and nothing says why or for whom.
 */
function isBudget(classified: ClassifiedTable, rows: number): boolean {
  const { grid, headerRow, columns } = classified;
  if (PLAN_FIELDS.some((f) => columns.includes(f))) return false;
  return columns.some((field, c) => {
    if (field !== null || !MONEY_WORDS.test(textAt(grid, headerRow, c))) return false;
    const filled: string[] = [];
    for (let r = headerRow + 1; r < rows; r++) {
      const t = textAt(grid, r, c);
      if (t !== "") filled.push(t);
    }
    return (
      filled.length > 0 && filled.filter(looksNumeric).length >= MIN_NUMERIC_SHARE * filled.length
    );
  });
}

/** Index of the column holding a field, or -1. */
export function columnOf(columns: readonly (string | null)[], field: string): number {
  return columns.indexOf(field);
}

interface HeaderReading {
  headerRow: number;
  lower: string[];
  kind: TableKind | null;
  columns: (string | null)[];
}

/** The header row's reading, once per grid: every data row is compared with it. */
const HEADER_READINGS = new WeakMap<Grid, HeaderReading>();

function headerReading(grid: Grid, headerRow: number): HeaderReading {
  const cached = HEADER_READINGS.get(grid);
  if (cached?.headerRow === headerRow) return cached;
  const texts = rowTexts(grid, headerRow);
  const reading = {
    headerRow,
    lower: texts.map((t) => t.toLocaleLowerCase("sv-SE")),
    ...classifyHeaderRow(texts),
  };
  HEADER_READINGS.set(grid, reading);
  return reading;
}

/** True when a data row repeats the header (a header repeated after a page break). */
export function isRepeatedHeader(grid: Grid, row: number, headerRow: number): boolean {
  if (headerRow < 0) return false;
  const original = headerReading(grid, headerRow);
  const texts = rowTexts(grid, row);
  if (texts.every((t, i) => t.toLocaleLowerCase("sv-SE") === original.lower[i])) return true;
  if (original.kind === null) return false;
  // A repeat names a field wherever the header does: a cell under the header's first named
  // column that can name none rules the row out without classifying it both ways.
  const first = original.columns.findIndex((c) => c !== null);
  if (first >= 0 && !mayNameField(texts[first] ?? "", original.kind)) return false;
  const { kind, columns } = classifyHeaderRow(texts);
  return (
    kind !== null && kind === original.kind && columns.join("|") === original.columns.join("|")
  );
}
