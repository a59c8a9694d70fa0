// Test helpers: DocumentContent built by hand or from a truth file's tables, and a readable
// comparison of records with the truth.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Block, DocumentContent } from "../../../src/model/content.js";
import type { FileRecords } from "../../../src/model/records.js";
import type { Cell, Table } from "../../../src/model/table.js";

export const SAMPLES = fileURLToPath(new URL("../../../fixtures/samples/", import.meta.url));
/** Held-out-like documents of other administrations (scripts/make-record-fixtures.ts). */
export const RECORD_FIXTURES = fileURLToPath(
  new URL("../../../fixtures/records/", import.meta.url),
);

export interface TruthCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
}
export interface TruthTable {
  page: number | null;
  rows: number;
  cols: number;
  cells: TruthCell[];
}
export interface Truth {
  documents: {
    file: string;
    format: "pdf" | "docx";
    pageCount: number | null;
    type: string;
    title: string | null;
    organisation: string | null;
    year: number | null;
    reportDate?: string | null;
    unscoredFields?: string[];
  }[];
  activities: Record<string, unknown>[];
  risks: (Record<string, unknown> & { measures: Record<string, unknown>[] })[];
  statistics: (Record<string, unknown> & { tableAliases?: string[] })[];
  tables: TruthTable[];
}

export function loadTruth(file: string, folder: string = SAMPLES): Truth {
  return JSON.parse(readFileSync(`${folder}${file}.truth.json`, "utf8")) as Truth;
}

// ------------------------------------------------------------------------- content builders

/** A cell; `lines` become its paragraphs (hard line breaks). */
export function cell(
  row: number,
  col: number,
  text: string,
  span: { rowSpan?: number; colSpan?: number; lines?: string[] } = {},
): Cell {
  return {
    row,
    col,
    rowSpan: span.rowSpan ?? 1,
    colSpan: span.colSpan ?? 1,
    text,
    ...(span.lines ? { paragraphs: span.lines } : {}),
  };
}

export function table(
  cells: Cell[],
  opts: { rowPages?: (number | null)[]; page?: number | null } = {},
): Table {
  const rows = Math.max(0, ...cells.map((c) => c.row + c.rowSpan));
  const cols = Math.max(0, ...cells.map((c) => c.col + c.colSpan));
  const page = opts.page ?? null;
  return {
    page,
    bbox: null,
    method: "docx",
    rows,
    cols,
    cells,
    rowPages: opts.rowPages ?? Array.from({ length: rows }, () => page),
    rowBoxes: Array.from({ length: rows }, () => null),
  };
}

/** A table from rows of texts: "" is an empty cell; every cell 1×1. */
export function simpleTable(rows: string[][]): Table {
  return table(rows.flatMap((r, ri) => r.map((t, ci) => cell(ri, ci, t))));
}

export type ScriptItem =
  | { h: string; level?: number }
  | { p: string }
  | { table: number }
  | { t: Table };

export function content(
  items: ScriptItem[],
  opts: {
    tables?: Table[];
    runningTexts?: string[];
    metadataTitle?: string | null;
    format?: "pdf" | "docx";
  } = {},
): DocumentContent {
  const blocks: Block[] = items.map((item) => {
    if ("h" in item)
      return { kind: "heading", level: item.level ?? 1, text: item.h, page: null, bbox: null };
    if ("p" in item) return { kind: "paragraph", text: item.p, page: null, bbox: null };
    const t = "t" in item ? item.t : opts.tables?.[item.table];
    if (!t) throw new Error(`no table ${JSON.stringify(item)}`);
    return { kind: "table", table: t, page: t.page, bbox: null };
  });
  return {
    format: opts.format ?? "docx",
    pageCount: null,
    blocks,
    runningTexts: opts.runningTexts ?? [],
    metadataTitle: opts.metadataTitle ?? null,
  };
}

/**
 * The truth's tables as model tables. Truth cells carry no line breaks, so a target-group cell
 * gets its paragraphs from the truth activities (one per group) where their join is its text.
 */
export function tablesFromTruth(truth: Truth): Table[] {
  const groupLines = new Map<string, string[]>();
  for (const a of truth.activities) {
    const groups = a.targetGroups as string[];
    if (groups.length > 1) groupLines.set(groups.join(" "), groups);
  }
  return truth.tables.map((t) =>
    table(
      t.cells.map((c) => {
        const lines = groupLines.get(c.text);
        return cell(c.row, c.col, c.text, {
          rowSpan: c.rowSpan,
          colSpan: c.colSpan,
          ...(lines ? { lines } : {}),
        });
      }),
      { page: t.page },
    ),
  );
}

// ------------------------------------------------------------------------------- comparison

const collapse = (v: unknown) =>
  typeof v === "string"
    ? v
        .replace(/\u00ad/g, "")
        .replace(/\s+/g, " ")
        .trim()
    : v;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}
function normalise(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(normalise);
  return collapse(v);
}

function compareFields(
  where: string,
  actual: Record<string, unknown> | undefined,
  expected: Record<string, unknown>,
  fields: string[],
  diffs: string[],
): void {
  if (!actual) {
    diffs.push(`${where}: missing (expected ${JSON.stringify(expected).slice(0, 160)})`);
    return;
  }
  for (const f of fields) {
    if (!same(actual[f], expected[f]))
      diffs.push(
        `${where}.${f}: got ${JSON.stringify(actual[f])}, want ${JSON.stringify(expected[f])}`,
      );
  }
}

/** Every difference between records and truth, one readable line each (ids ignored). */
export function diffAgainstTruth(
  records: FileRecords,
  truth: Truth,
  opts: { pages?: boolean; document?: boolean } = {},
): string[] {
  const diffs: string[] = [];
  const page = opts.pages === false ? [] : ["page"];
  const doc = truth.documents[0];
  if (doc && opts.document !== false) {
    compareFields(
      "document",
      records.document as unknown as Record<string, unknown>,
      { ...doc, reportDate: doc.reportDate ?? null },
      ["type", "title", "organisation", "year", "reportDate"].filter(
        (f) => !(doc.unscoredFields ?? []).includes(f),
      ),
      diffs,
    );
  }
  const count = (what: string, a: unknown[], e: unknown[]) => {
    if (a.length !== e.length) diffs.push(`${what}: got ${a.length}, want ${e.length}`);
  };
  count("activities", records.activities, truth.activities);
  truth.activities.forEach((e, i) => {
    compareFields(
      `activity[${i}]`,
      records.activities[i] as Record<string, unknown> | undefined,
      e,
      [
        ...page,
        "section",
        "when",
        "start",
        "end",
        "activity",
        "purpose",
        "targetGroups",
        "responsible",
        "responsibleInitials",
        "channel",
      ],
      diffs,
    );
  });
  count("risks", records.risks, truth.risks);
  truth.risks.forEach((e, i) => {
    const a = records.risks[i];
    compareFields(`risk[${i}]`, a, e, [...page, "section", "risk", "level"], diffs);
    if (!a) return;
    count(`risk[${i}].measures`, a.measures, e.measures);
    e.measures.forEach((m, k) => {
      compareFields(
        `risk[${i}].measure[${k}]`,
        a.measures[k],
        m,
        [...page, "measure", "status", "endDate", "owner", "desiredEffect"],
        diffs,
      );
    });
  });
  count("statistics", records.statistics, truth.statistics);
  truth.statistics.forEach((e, i) => {
    compareFields(
      `statistic[${i}]`,
      records.statistics[i],
      e,
      [...page, "table", "row", "column", "value", "raw"],
      diffs,
    );
  });
  return diffs;
}
