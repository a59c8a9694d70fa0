// Statistics from key-figure tables (sick leave, staff turnover, overtime …): one record per
// figure, named by table, row and column.
import type { Block } from "../../model/content.js";
import type { StatisticRecord } from "../../model/records.js";
import type { Table } from "../../model/table.js";
import { looksNumeric, parseSwedishNumber, unitInLabel } from "../swedish/numbers.js";
import { nearestHeading, tableCaption } from "./context.js";
import { buildGrid, type Grid, isEmptyRow, rowProvenance, slotAt, textAt } from "./grid.js";
import { type ClassifiedTables, classifyTable, classifyTables } from "./table-kind.js";
import {
  MIN_NUMERIC_SHARE,
  MONEY_UNITS,
  MONEY_WORDS,
  YES_NO_HEADER,
  YES_NO_VALUES,
} from "./vocabulary.js";

export type StatisticDraft = Omit<StatisticRecord, "id" | "documentId">;

/** Text of a value position, empty where the row's label cell spans over it. */
function valueText(grid: Grid, row: number, col: number): string {
  const slot = slotAt(grid, row, col);
  if (!slot || slot.cell.col === 0) return "";
  return textAt(grid, row, col);
}

/** A row with a label and no values groups the rows below it ("Kort sjukfrånvaro …"). */
function isSectionRow(grid: Grid, row: number, cols: number): boolean {
  if (textAt(grid, row, 0) === "") return false;
  for (let c = 1; c < cols; c++) if (valueText(grid, row, c) !== "") return false;
  return true;
}

/**
 * Header rows: the first row, and rows under it that add column names (first cell empty, no
 * figures), as in a two-level header "2023 | 2022" over "Kvinnor | Män".
 */
function headerRowCount(grid: Grid, table: Table, first: number): number {
  let n = first + 1;
  while (n < table.rows - 1) {
    if (textAt(grid, n, 0) !== "") break;
    const values = Array.from({ length: table.cols - 1 }, (_, i) => valueText(grid, n, i + 1));
    if (values.every((v) => v === "") || values.some((v) => looksNumeric(v))) break;
    n++;
  }
  return n;
}

/**
 * A title row above the header: one cell across the whole table ("Sjukfrånvaro i procent
 * 2024"). It names the table; the header is the row under it.
 */
function titleRow(grid: Grid, table: Table): string | null {
  if (table.rows < 3) return null;
  const first = grid[0]?.[0]?.cell;
  if (!first || first.colSpan < table.cols || first.rowSpan > 1) return null;
  return textAt(grid, 0, 0) || null;
}

function columnName(grid: Grid, figures: KeyFigureTable, col: number): string {
  const parts: string[] = [];
  for (let r = figures.headerStart; r < figures.dataStart; r++) {
    const t = textAt(grid, r, col);
    if (t !== "" && parts[parts.length - 1] !== t) parts.push(t);
  }
  return parts.join(" / ");
}

interface KeyFigureTable {
  grid: Grid;
  /** Row of the header (1 under a title row, else 0). */
  headerStart: number;
  /** First row after the header rows. */
  dataStart: number;
  /** The title row's text, where the table has one. */
  title: string | null;
}

/**
 * Key figures: not an activity or risk table, at least one value column of mostly plain
 * figures, and neither a yes/no table nor a table of money (a budget).
 */
export function keyFigureTable(table: Table, caption: string | null): KeyFigureTable | null {
  if (table.rows < 2 || table.cols < 2) return null;
  if (classifyTable(table)) return null;
  return keyFigureShape(table, caption);
}

/** keyFigureTable for a table known to be no activity or risk table. */
function keyFigureShape(table: Table, caption: string | null): KeyFigureTable | null {
  if (table.rows < 2 || table.cols < 2) return null;
  const grid = buildGrid(table);
  const title = titleRow(grid, table);
  const headerStart = title === null ? 0 : 1;
  const dataStart = headerRowCount(grid, table, headerStart);
  const shape: KeyFigureTable = { grid, headerStart, dataStart, title };
  const headers = Array.from({ length: table.cols }, (_, c) => columnName(grid, shape, c));
  if (headers.some((h) => YES_NO_HEADER.test(h))) return null;
  if ([...headers, caption ?? ""].some((h) => MONEY_WORDS.test(h))) return null;

  const dataRows: number[] = [];
  for (let r = dataStart; r < table.rows; r++) {
    if (!isEmptyRow(grid, r) && !isSectionRow(grid, r, table.cols)) dataRows.push(r);
  }
  if (dataRows.length === 0) return null;

  let numericColumn = false;
  let yesNo = 0;
  let filledTotal = 0;
  for (let c = 1; c < table.cols; c++) {
    const filled = dataRows.map((r) => valueText(grid, r, c)).filter((t) => t !== "");
    filledTotal += filled.length;
    yesNo += filled.filter((t) => YES_NO_VALUES.has(t.toLocaleLowerCase("sv-SE"))).length;
    const figures = filled.filter((t) => looksNumeric(t));
    if (figures.some((t) => MONEY_UNITS.has((parseSwedishNumber(t).unit ?? "").toLowerCase())))
      return null;
    if (figures.length > 0 && figures.length >= MIN_NUMERIC_SHARE * filled.length)
      numericColumn = true;
  }
  if (!numericColumn || yesNo * 2 > filledTotal) return null;
  return shape;
}

/** A difference of percentages is in percentage points. */
const DIFFERENCE_COLUMN = /(?<!\p{L})(?:skillnad|förändring|diff|differens|avvikelse)(?!\p{L})/iu;

/**
 * The unit a figure without one has from its labels, the most specific first: row ("Övertid,
 * timmar"), column ("Andel (%)"), table ("Sjukfrånvaro i procent …").
 */
function statedUnit(labels: readonly string[], column: string): string | null {
  for (const label of labels) {
    const unit = unitInLabel(label);
    if (unit === null) continue;
    return unit === "%" && DIFFERENCE_COLUMN.test(column) ? "procentenheter" : unit;
  }
  return null;
}

/** "2.2 Sjukfrånvaro" → "Sjukfrånvaro". */
function withoutNumbering(heading: string): string {
  return heading.replace(/^\d+(?:\.\d+)*\.?\s+/u, "");
}

function tableStatistics(
  table: Table,
  figures: KeyFigureTable,
  block: Block,
  name: string,
): StatisticDraft[] {
  const { grid } = figures;
  const out: StatisticDraft[] = [];
  let section: string | null = null;
  for (let r = figures.dataStart; r < table.rows; r++) {
    if (isEmptyRow(grid, r)) continue;
    if (isSectionRow(grid, r, table.cols)) {
      section = textAt(grid, r, 0);
      continue;
    }
    const label = textAt(grid, r, 0);
    const row = section ? (label === "" ? section : `${section} / ${label}`) : label;
    const provenance = rowProvenance(table, r, block);
    for (let c = 1; c < table.cols; c++) {
      const slot = slotAt(grid, r, c);
      // A value merged over several columns is one figure, reported at its first column.
      if (!slot || slot.cell.col !== c) continue;
      const raw = valueText(grid, r, c);
      if (raw === "" || !looksNumeric(raw)) continue;
      const { value, unit } = parseSwedishNumber(raw);
      const column = columnName(grid, figures, c) || `Kolumn ${c + 1}`;
      out.push({
        page: provenance.page,
        bbox: provenance.bbox,
        table: name,
        row,
        column,
        value,
        raw,
        unit: unit ?? statedUnit([row, column, name, textAt(grid, figures.headerStart, 0)], column),
      });
    }
  }
  return out;
}

export interface StatisticsContext {
  titleBlocks: ReadonlySet<number>;
  /** classifyTables(blocks), when the caller has it already. */
  tables?: ClassifiedTables;
}

/** Statistics from every key-figure table of a document, in reading order. */
export function extractStatistics(
  blocks: readonly Block[],
  context: StatisticsContext,
): StatisticDraft[] {
  const out: StatisticDraft[] = [];
  // Headerless continuations of activity or risk tables are no key figures either.
  const recordTables = context.tables ?? classifyTables(blocks);
  blocks.forEach((block, index) => {
    if (block.kind !== "table" || recordTables.has(index)) return;
    const caption = tableCaption(blocks, index);
    // Not in recordTables: classifyTable has already said it is no activity or risk table.
    const figures = keyFigureShape(block.table, caption);
    if (!figures) return;
    const heading = nearestHeading(blocks, index, context.titleBlocks);
    const name =
      caption ||
      figures.title ||
      textAt(figures.grid, figures.headerStart, 0) ||
      (heading ? withoutNumbering(heading) : "") ||
      "Tabell";
    out.push(...tableStatistics(block.table, figures, block, name));
  });
  return out;
}
