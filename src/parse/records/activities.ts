// Activity records from the activity tables of a communication plan: one record per data row.
import type { Block } from "../../model/content.js";
import type { ActivityRecord } from "../../model/records.js";
import type { Cell, Table } from "../../model/table.js";
import { parsePeriod } from "../swedish/dates.js";
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
import { type ClassifiedTable, classifyTable, columnOf, isRepeatedHeader } from "./table-kind.js";

/** An activity before it gets its id and document. */
export type ActivityDraft = Omit<ActivityRecord, "id" | "documentId">;

export interface ActivityContext {
  format: "pdf" | "docx";
  /** The plan's year: fills a missing year in "13 mars". */
  year: number | null;
  /** Blocks that are the document title, never a section. */
  titleBlocks: ReadonlySet<number>;
}

interface Columns {
  when: number;
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
  if (only.cell.col !== 0 || only.cell.col === activityCol) return null;
  // A lone date is a row whose other cells were lost, not a heading.
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
    const when = at(cols.when);
    const responsible = optional(at(cols.responsible));
    const targetCell = cols.targetGroups < 0 ? null : slotAt(grid, r, cols.targetGroups)?.cell;
    const period = when === "" ? { start: null, end: null } : parsePeriod(when, year);
    // Rows with nothing to do are layout leftovers (a lone date, a filler row).
    if (activity === "" && at(cols.purpose) === "" && !targetCell?.text.trim()) continue;
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
  blocks.forEach((block, index) => {
    if (block.kind !== "table") return;
    const classified = classifyTable(block.table);
    if (classified?.kind !== "activity") return;
    if (columnOf(classified.columns, "activity") < 0) return;
    const section = nearestHeading(blocks, index, context.titleBlocks);
    out.push(
      ...activityRows(block.table, classified, block, section, context.year, context.format),
    );
  });
  return out;
}
