// Activity records from the activity tables of a communication plan: one record per data row.
import type { Block } from "../../model/content.js";
import type { ActivityRecord } from "../../model/records.js";
import type { Cell, Table } from "../../model/table.js";
import { type Period, parsePeriod } from "../swedish/dates.js";
import { isWeekHeader } from "../swedish/headers.js";
import { responsibleInitials, splitTargetGroups } from "../swedish/people.js";
import { nearestHeading } from "./context.js";
import {
  cellText,
  type Grid,
  isEmptyRow,
  rowCells,
  rowProvenance,
  slotAt,
  textAt,
} from "./grid.js";
import {
  type ClassifiedTable,
  type ClassifiedTables,
  classifyTables,
  columnOf,
  isRepeatedHeader,
} from "./table-kind.js";
import { SECTION_LABEL, TOTAL_ROW_LABEL } from "./vocabulary.js";

/** An activity before it gets its id and document. */
export type ActivityDraft = Omit<ActivityRecord, "id" | "documentId">;

export interface ActivityContext {
  format: "pdf" | "docx";
  /** The plan's year: fills a missing year in "13 mars". */
  year: number | null;
  /** Blocks that are the document title, never a section. */
  titleBlocks: ReadonlySet<number>;
  /** classifyTables(blocks), when the caller has it already. */
  tables?: ClassifiedTables;
}

interface Columns {
  when: number;
  whenEnd: number;
  activity: number;
  purpose: number;
  targetGroups: number;
  responsible: number;
  channel: number;
}

function columnsOf(classified: ClassifiedTable): Columns {
  const c = classified.columns;
  return {
    when: columnOf(c, "when"),
    whenEnd: columnOf(c, "whenEnd"),
    activity: columnOf(c, "activity"),
    purpose: columnOf(c, "purpose"),
    targetGroups: columnOf(c, "targetGroups"),
    responsible: columnOf(c, "responsible"),
    channel: columnOf(c, "channel"),
  };
}

/**
 * A section row names the rows below it: one cell across the whole table, or a lone label in
 * the first column with every other column empty (not a date, not the activity column).
 * Returns its text, or null for an ordinary row.
 */
export function sectionRowText(
  grid: Grid,
  row: number,
  cols: number,
  activityCol: number,
  year: number | null,
): string | null {
  const filled = rowCells(grid, row).filter((s) => cellText(s.cell) !== "");
  if (filled.length !== 1) return null;
  const only = filled[0]!;
  if (!only.origin) return null;
  const text = cellText(only.cell);
  if (only.cell.col === 0 && only.cell.colSpan >= cols) return text;
  if (only.cell.col !== 0) return null;
  // With the activity first, a lone text there is an activity unless it is labelled as a
  // section ("Fokusområde 2: …", "Tema: …").
  if (only.cell.col === activityCol) return SECTION_LABEL.test(text) ? text : null;
  // A lone date is a row whose other cells were lost, not a heading; a labelled section may
  // name a year ("Insatsområde 2: Medborgardialog 2025").
  if (SECTION_LABEL.test(text)) return text;
  const period = parsePeriod(text, year);
  return period.start === null ? text : null;
}

/**
 * The hard lines of a target-group cell. PDF lines are guesses: a line that starts in lower
 * case after one that starts in upper case is the same group wrapped, not a new group.
 */
export function targetGroupLines(cell: Cell, format: "pdf" | "docx"): string[] {
  const lines = cell.paragraphs?.length ? cell.paragraphs : [cell.text];
  if (format !== "pdf") return lines;
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev !== undefined && /^\p{Ll}/u.test(line.trim()) && /^\P{Ll}*\p{Lu}/u.test(prev.trim()))
      out[out.length - 1] = `${prev} ${line}`;
    else out.push(line);
  }
  return out;
}

function optional(text: string): string | null {
  return text === "" ? null : text;
}

/** Bare week numbers in a "Vecka" column: "12", "34–36", "33, 35". */
const BARE_WEEKS = /^\d{1,2}(?:\s*(?:[-–—,&/]|och|till)\s*\d{1,2})*$/u;

/** A timing cell's period; a week column's bare numbers are ISO weeks. */
function cellPeriod(text: string, weekColumn: boolean, year: number | null): Period {
  if (text === "") return { start: null, end: null, undated: true };
  return parsePeriod(weekColumn && BARE_WEEKS.test(text) ? `v. ${text}` : text, year);
}

/**
 * The timing of a row: one cell, or a start and an end cell ("Start | Slut"), written as
 * "<start> – <end>" and spanning from the start's first day to the end's last.
 */
export function rowTiming(
  startText: string,
  endText: string,
  weekColumns: { start: boolean; end: boolean },
  year: number | null,
): { when: string; start: string | null; end: string | null } {
  const from = cellPeriod(startText, weekColumns.start, year);
  const to = cellPeriod(endText, weekColumns.end, year);
  if (endText === "" || endText === startText) {
    return { when: startText, start: from.start, end: from.end };
  }
  if (startText === "") return { when: endText, start: to.start, end: to.end };
  return {
    when: `${startText} – ${endText}`,
    start: from.start ?? to.start,
    end: to.end ?? from.end,
  };
}

function activityRows(
  table: Table,
  classified: ClassifiedTable,
  block: Block,
  section: string | null,
  year: number | null,
  format: "pdf" | "docx",
): ActivityDraft[] {
  const { grid, headerRow } = classified;
  const cols = columnsOf(classified);
  const weekColumns = {
    start: cols.when >= 0 && isWeekHeader(classified.headers[cols.when] ?? ""),
    end: cols.whenEnd >= 0 && isWeekHeader(classified.headers[cols.whenEnd] ?? ""),
  };
  const out: ActivityDraft[] = [];
  let current = section;

  // A title row spanning the table above its header names the whole table.
  for (let r = 0; r < headerRow; r++) {
    const text = sectionRowText(grid, r, table.cols, cols.activity, year);
    if (text) current = text;
  }

  for (let r = headerRow + 1; r < table.rows; r++) {
    if (isEmptyRow(grid, r) || isRepeatedHeader(grid, r, headerRow)) continue;
    const sectionText = sectionRowText(grid, r, table.cols, cols.activity, year);
    if (sectionText !== null) {
      current = sectionText;
      continue;
    }
    const at = (col: number) => (col < 0 ? "" : textAt(grid, r, col));
    const activity = at(cols.activity);
    const { when, ...period } = rowTiming(at(cols.when), at(cols.whenEnd), weekColumns, year);
    const responsible = optional(at(cols.responsible));
    const targetCell = cols.targetGroups < 0 ? null : slotAt(grid, r, cols.targetGroups)?.cell;
    // Rows with nothing to do are layout leftovers (a lone date, a filler row).
    if (activity === "" && at(cols.purpose) === "" && !targetCell?.text.trim()) continue;
    // A total row ("Summa", "Totalt") under a cost column is no activity.
    if (TOTAL_ROW_LABEL.test(activity) && at(cols.purpose) === "" && !targetCell?.text.trim())
      continue;
    const provenance = rowProvenance(table, r, block);
    out.push({
      page: provenance.page,
      bbox: provenance.bbox,
      section: current,
      when,
      start: period.start,
      end: period.end,
      activity,
      purpose: optional(at(cols.purpose)),
      targetGroups: targetCell ? splitTargetGroups(targetGroupLines(targetCell, format)) : [],
      responsible,
      responsibleInitials: responsible ? responsibleInitials(responsible) : [],
      channel: optional(at(cols.channel)),
    });
  }
  return out;
}

/** Activities from every activity table of a document, in reading order. */
export function extractActivities(
  blocks: readonly Block[],
  context: ActivityContext,
): ActivityDraft[] {
  const out: ActivityDraft[] = [];
  const classifiedTables = context.tables ?? classifyTables(blocks);
  blocks.forEach((block, index) => {
    if (block.kind !== "table") return;
    const classified = classifiedTables.get(index);
    if (classified?.kind !== "activity") return;
    if (columnOf(classified.columns, "activity") < 0) return;
    const section = nearestHeading(blocks, index, context.titleBlocks);
    out.push(
      ...activityRows(block.table, classified, block, section, context.year, context.format),
    );
  });
  return out;
}
