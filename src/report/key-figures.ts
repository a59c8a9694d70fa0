// Key figures made comparable across years: each statistic whose column names a period
// ("R12 2023–12", "2022", "Föregående år" in the 2023 report) becomes one cell of a row
// (series + table + row) under that period's column. Difference columns ("Skillnad") are left
// out, since they are derived; columns that name no period stay in the long list only.
import type {
  DocumentRecord,
  DocumentType,
  RecordsFile,
  StatisticRecord,
} from "../model/records.js";
import { compareLocation, compareNullsLast, compareText } from "./order.js";
import { canonicalIds } from "./series.js";

export interface Period {
  /** As the column names it, whitespace collapsed and "2023-12" written "2023–12". */
  label: string;
  /** year * 100 + month (12 when only a year is given). */
  sortKey: number;
}

const DIFFERENCE = /^(?:skillnad|förändring|diff|differens|utveckling|ökning|minskning|change)/iu;
const PREVIOUS_YEAR = /^(?:föregående\s+år|förra\s+året|fg\.?\s+år|previous\s+year|last\s+year)$/iu;
const CURRENT_YEAR =
  /^(?:innevarande\s+år|i\s+år|aktuellt\s+år|detta\s+år|current\s+year|this\s+year)$/iu;
const YEAR = /(?<!\d)((?:19|20)\d\d)(?!\d)/gu;

export function normaliseLabel(text: string): string {
  return text
    .replace(/\s+/gu, " ")
    .trim()
    .replace(/(\d)\s*[-–—]\s*(\d)/gu, "$1–$2");
}

/** The period a statistic's column names, or null when it names none (or is a difference). */
export function periodOf(column: string, documentYear: number | null): Period | null {
  const label = normaliseLabel(column);
  if (DIFFERENCE.test(label)) return null;
  if (PREVIOUS_YEAR.test(label) || CURRENT_YEAR.test(label)) {
    if (documentYear === null) return null;
    const year = PREVIOUS_YEAR.test(label) ? documentYear - 1 : documentYear;
    return { label: String(year), sortKey: year * 100 + 12 };
  }
  const years = [...label.matchAll(YEAR)].map((m) => Number(m[1]));
  const year = years.at(-1);
  if (year === undefined) return null;
  // "R12 2023–12", "2023-06": a month right after the (last) year.
  const month = new RegExp(`${year}–(\\d{1,2})(?!\\d)`, "u").exec(label);
  const m = month ? Number(month[1]) : 12;
  return { label, sortKey: year * 100 + (m >= 1 && m <= 12 ? m : 12) };
}

export interface KeyFigureValue {
  statistic: StatisticRecord;
  document: DocumentRecord;
}

export interface KeyFigureRow {
  organisation: string | null;
  type: DocumentType;
  table: string;
  row: string;
  unit: string | null;
  /** Period label -> the value shown: the one from the latest document that gives it. */
  values: Map<string, KeyFigureValue>;
  /** Periods for which documents disagree, with every distinct value, latest first. */
  conflicts: { period: string; values: KeyFigureValue[] }[];
  /** Where the latest value of the row is (for the source link). */
  source: KeyFigureValue;
}

export interface KeyFigurePivot {
  periods: Period[];
  rows: KeyFigureRow[];
}

/**
 * Numeric statistics of the documents that count (renditions once, failed files never),
 * pivoted by period. Rows are grouped by series and ordered as the latest document has them.
 */
export function pivotKeyFigures(records: RecordsFile): KeyFigurePivot {
  const canonical = canonicalIds(records.documents);
  const documents = new Map(records.documents.map((d) => [d.id, d]));
  const entries: { value: KeyFigureValue; period: Period }[] = [];
  for (const statistic of records.statistics) {
    const document = documents.get(statistic.documentId);
    if (!document || !canonical.has(document.id) || document.status === "failed") continue;
    if (statistic.value === null || !Number.isFinite(statistic.value)) continue;
    const period = periodOf(statistic.column, document.year);
    if (period) entries.push({ value: { statistic, document }, period });
  }
  // Series, then latest document first, then reading order.
  entries.sort((a, b) => {
    const da = a.value.document;
    const db = b.value.document;
    return (
      compareNullsLast(da.organisation, db.organisation, compareText) ||
      compareText(da.type, db.type) ||
      compareNullsLast(db.year, da.year, (x, y) => x - y) ||
      compareLocation(locationOf(a.value), locationOf(b.value))
    );
  });

  const rows = new Map<string, KeyFigureRow>();
  const periods = new Map<string, Period>();
  for (const { value, period } of entries) {
    const { statistic, document } = value;
    const table = normaliseLabel(statistic.table);
    const row = normaliseLabel(statistic.row);
    const key = [document.organisation ?? "", document.type, table, row].join("\u0000");
    let pivotRow = rows.get(key);
    if (!pivotRow) {
      pivotRow = {
        organisation: document.organisation,
        type: document.type,
        table,
        row,
        unit: null,
        values: new Map(),
        conflicts: [],
        source: value,
      };
      rows.set(key, pivotRow);
    }
    pivotRow.unit ??= statistic.unit;
    periods.set(period.label, period);
    const shown = pivotRow.values.get(period.label);
    if (!shown) {
      pivotRow.values.set(period.label, value);
      continue;
    }
    if (sameNumber(shown.statistic.value, statistic.value)) continue;
    let conflict = pivotRow.conflicts.find((c) => c.period === period.label);
    if (!conflict) {
      conflict = { period: period.label, values: [shown] };
      pivotRow.conflicts.push(conflict);
    }
    if (!conflict.values.some((v) => sameNumber(v.statistic.value, statistic.value))) {
      conflict.values.push(value);
    }
  }
  const sortedPeriods = [...periods.values()].sort(
    (a, b) => a.sortKey - b.sortKey || compareText(a.label, b.label),
  );
  for (const row of rows.values()) {
    row.conflicts.sort(
      (a, b) =>
        (periods.get(a.period)?.sortKey ?? 0) - (periods.get(b.period)?.sortKey ?? 0) ||
        compareText(a.period, b.period),
    );
  }
  return { periods: sortedPeriods, rows: [...rows.values()] };
}

function locationOf(v: KeyFigureValue) {
  return {
    file: v.document.file,
    page: v.statistic.page,
    bbox: v.statistic.bbox,
    id: v.statistic.id,
  };
}

function sameNumber(a: number | null, b: number | null): boolean {
  return a !== null && b !== null && Math.abs(a - b) < 1e-9;
}
