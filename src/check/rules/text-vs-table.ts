import type { StatisticRecord } from "../../model/records.js";
import {
  type Claim,
  proseClaims,
  type Qualifiers,
  qualifiersOf,
  subjectTokens,
} from "../prose-claims.js";
import { type DocumentRule, type DraftFinding, messagesFor } from "../rule.js";
import { stemsMatch } from "../similarity.js";
import {
  decimalsOf,
  labelParts,
  type StatLine,
  type StatTable,
  statTables,
  TOTAL_WORD,
} from "../stat-tables.js";
import { shorten } from "../text.js";

/** Stems related as the same word, a compound part, or a word inside a long compound. */
function related(a: string, b: string): boolean {
  if (stemsMatch(a, b)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 6 && long.includes(short);
}

function matchedCount(wanted: readonly string[], have: readonly string[]): number {
  return wanted.filter((w) => have.some((h) => related(w, h))).length;
}

interface LineInfo {
  line: StatLine;
  qualifiers: Qualifiers;
  subject: string[];
}

function lineInfo(line: StatLine, text: string): LineInfo {
  return { line, qualifiers: qualifiersOf(text), subject: subjectTokens(text) };
}

type Dim = "gender" | "duration";

/** "både kvinnor och män" is everyone: the same as naming no gender. */
function dim(q: Qualifiers, d: Dim): string | null {
  const v = q[d];
  return v === "both" ? null : v;
}

/** Row and column qualifiers together; null when they contradict each other. */
function merge(a: Qualifiers, b: Qualifiers): Qualifiers | null {
  const out: Qualifiers = { gender: null, duration: null, total: a.total || b.total };
  for (const d of ["gender", "duration"] as const) {
    const x = dim(a, d);
    const y = dim(b, d);
    if (x !== null && y !== null && x !== y) return null;
    (out as Record<Dim, string | null>)[d] = x ?? y;
  }
  return out;
}

const HOURS_OR_COUNT = /timmar|timme|(?<!\p{L})tim(?!\p{L})|(?<!\p{L})antal/iu;
const RATE = /procent|sjukfrånvaro|omsättning|andel/iu;

/** A figure in per cent is not compared with hours or counts, nor hours with a rate. */
function unitsFit(
  claim: Claim,
  table: StatTable,
  row: StatLine,
  cells: StatisticRecord[],
): boolean {
  const text = `${table.name} ${row.label}`;
  const percentCells = cells.some((c) => c.unit === "%");
  if (claim.unit === "percent" || claim.unit === "points") return !HOURS_OR_COUNT.test(row.label);
  if (claim.unit === "hours" || claim.unit === "count") return !percentCells && !RATE.test(text);
  return true;
}

export interface Target {
  table: StatTable;
  row: LineInfo;
  /** The figure the text states, or the two figures its change is computed from. */
  cell: StatisticRecord | null;
  current: StatisticRecord | null;
  previous: StatisticRecord | null;
  columnLabel: string;
}

function valueColumns(table: StatTable): StatLine[] {
  return table.columns.filter((c) => !c.isDifference && (c.year !== null || c.relative !== null));
}

/** Current and previous value columns (same sub-header), latest year first. */
function currentAndPrevious(columns: StatLine[]): [StatLine | null, StatLine | null] {
  const withYear = columns.filter((c) => c.year !== null).sort((a, b) => b.year! - a.year!);
  if (withYear.length >= 2) return [withYear[0]!, withYear[1]!];
  const cur = columns.find((c) => c.relative === "current") ?? null;
  const prev = columns.find((c) => c.relative === "previous") ?? null;
  return [cur, prev];
}

/** How many of a row's own words the claim names; null when the row cannot be meant. */
function rowMatch(claim: Claim, row: LineInfo, tableNamed: boolean): number | null {
  const n = row.subject.length;
  const matched = matchedCount(row.subject, claim.subject);
  if (tableNamed) return n === 0 || (matched >= 1 && matched / n >= 0.5) ? matched : null;
  // A table the sentence does not name: the row's own words must be there in full.
  return n >= 2 && matched / n >= 0.67 ? matched : null;
}

interface Scored extends Target {
  matched: number;
}

/**
 * The table cells a claim is about. The claim's own words first; when they name no row, the
 * words of earlier figures in the sentence ("… och männens med 0,1 procentenheter").
 */
export function claimTargets(claim: Claim, tables: readonly StatTable[]): Target[] {
  const own = targetsWithSubject(claim, tables);
  if (own.length > 0 || claim.inheritedSubject.length === 0) return own;
  return targetsWithSubject(
    { ...claim, subject: [...claim.subject, ...claim.inheritedSubject] },
    tables,
  );
}

function targetsWithSubject(claim: Claim, tables: readonly StatTable[]): Target[] {
  const out: Scored[] = [];
  for (const table of tables) {
    const nameTokens = subjectTokens(table.name).filter((t) => t !== "tabell");
    const tableNamed = matchedCount(nameTokens, claim.sentenceTokens) > 0;
    const columns = valueColumns(table).map((c) => lineInfo(c, c.rest));
    const diffs = table.columns.filter((c) => c.isDifference).map((c) => lineInfo(c, c.rest));
    for (const line of table.rows) {
      if (line.isDifference) continue;
      const row = lineInfo(line, line.label);
      const matched = rowMatch(claim, row, tableNamed);
      if (matched === null) continue;
      for (const col of claim.kind === "change" && diffs.length > 0 ? diffs : columns) {
        const q = merge(row.qualifiers, col.qualifiers);
        if (q === null) continue;
        if (dim(q, "gender") !== dim(claim.qualifiers, "gender")) continue;
        if (dim(q, "duration") !== dim(claim.qualifiers, "duration")) continue;
        if (claim.kind === "change" && diffs.length === 0) {
          // No Skillnad column: the change is computed from the two latest years.
          const sameRest = valueColumns(table).filter((c) => c.rest === col.line.rest);
          const [cur, prev] = currentAndPrevious(sameRest);
          if (col.line !== cur || !prev || !claimYearsFit(claim, table)) continue;
          const current = table.cell(line.label, cur.label) ?? null;
          const previous = table.cell(line.label, prev.label) ?? null;
          if (!current || !previous) continue;
          out.push({ table, row, cell: null, current, previous, columnLabel: "", matched });
          continue;
        }
        for (const t of targetCells(claim, table, row, col.line)) out.push({ ...t, matched });
      }
    }
  }
  // "totalt"/"summa" in the text means the total row when there is one.
  const totals = out.filter(
    (t) => TOTAL_WORD.test(t.row.line.parts.at(-1) ?? "") || t.row.qualifiers.total,
  );
  const pool = claim.qualifiers.total && totals.length > 0 ? totals : out;
  if (pool.length === 0) return [];
  const best = Math.max(...pool.map((t) => t.matched));
  return pool.filter((t) => t.matched === best);
}

/** A change "jämfört med 2022" is only about a table whose years include 2022. */
function claimYearsFit(claim: Claim, table: StatTable): boolean {
  const years = new Set(table.columns.map((c) => c.year).filter((y) => y !== null));
  return claim.years.every((y) => years.has(y));
}

function targetCells(claim: Claim, table: StatTable, row: LineInfo, column: StatLine): Target[] {
  const cell = table.cell(row.line.label, column.label);
  if (!cell || cell.value === null) return [];
  if (claim.kind === "change") {
    if (!claimYearsFit(claim, table)) return [];
    const sameRest = valueColumns(table).filter((c) => c.rest === column.rest);
    const [cur, prev] = currentAndPrevious(sameRest);
    const current = cur ? (table.cell(row.line.label, cur.label) ?? null) : null;
    const previous = prev ? (table.cell(row.line.label, prev.label) ?? null) : null;
    return [{ table, row, cell, current, previous, columnLabel: column.label }];
  }
  const time = claim.time;
  if (time === null) return [];
  const sameRest = valueColumns(table).filter((c) => c.rest === column.rest);
  const [cur, prev] = currentAndPrevious(sameRest);
  const fits =
    time.kind === "year"
      ? column.year === time.year
      : time.kind === "current"
        ? column === cur
        : column === prev;
  return fits
    ? [{ table, row, cell, current: null, previous: null, columnLabel: column.label }]
    : [];
}

function agrees(
  stated: number,
  statedDecimals: number,
  actual: number,
  actualRaw: string,
): boolean {
  const decimals = Math.min(statedDecimals, decimalsOf(actualRaw));
  return Math.abs(stated - actual) < 0.5 * 10 ** -decimals + 1e-9;
}

/** The figures a change claim may be checked against: the Skillnad cell and the computed change. */
function changeValues(t: Target): { value: number; raw: string }[] {
  const out: { value: number; raw: string }[] = [];
  if (t.cell?.value != null) out.push({ value: t.cell.value, raw: t.cell.raw });
  if (t.current?.value != null && t.previous?.value != null) {
    const decimals = Math.max(decimalsOf(t.current.raw), decimalsOf(t.previous.raw));
    out.push({ value: t.current.value - t.previous.value, raw: (0).toFixed(decimals) });
  }
  return out;
}

/** "minskade med 35 procent": a change in per cent of the earlier figure. */
function relativeChange(t: Target): { value: number; raw: string }[] {
  if (t.current?.value == null || !t.previous?.value) return [];
  const value = ((t.current.value - t.previous.value) / Math.abs(t.previous.value)) * 100;
  return [{ value, raw: "0" }];
}

function claimAgrees(claim: Claim, t: Target): boolean {
  if (claim.kind === "change") {
    // "procent" for a change is read both ways: sloppy for procentenheter, or relative.
    const candidates = [...changeValues(t), ...(claim.unit === "percent" ? relativeChange(t) : [])];
    return candidates.some(({ value, raw }) =>
      claim.direction === 0
        ? agrees(claim.value, claim.decimals, Math.abs(value), raw)
        : agrees(claim.direction * claim.value, claim.decimals, value, raw),
    );
  }
  const cell = t.cell!;
  if (agrees(claim.value, claim.decimals, cell.value!, cell.raw)) return true;
  // A year read from the sentence rather than next to the figure may be the wrong one: only a
  // figure that is no year's value of that row is a contradiction.
  if (claim.timeSource === "inferred") {
    return valueColumns(t.table).some((c) => {
      const other = t.table.cell(t.row.line.label, c.label);
      return other?.value != null && agrees(claim.value, claim.decimals, other.value, other.raw);
    });
  }
  return false;
}

/**
 * A figure stated in the prose that contradicts the same row, column and year of the
 * document's own key-figure table. Silent when the figure cannot be tied to exactly one cell.
 */
export const textVsTable: DocumentRule = ({ document, statistics, prose }, options) => {
  if (!prose || prose.length === 0 || statistics.length === 0) return [];
  const msg = messagesFor(options);
  const tables = statTables(statistics);
  const findings: DraftFinding[] = [];
  for (const claim of proseClaims(prose)) {
    const targets = claimTargets(claim, tables).filter((t) =>
      unitsFit(
        claim,
        t.table,
        t.row.line,
        [t.cell, t.current, t.previous].filter((c) => c !== null),
      ),
    );
    if (targets.length !== 1) continue;
    const t = targets[0]!;
    if (claimAgrees(claim, t)) continue;
    const shown =
      claim.kind === "change" ? changeValues(t)[0] : { value: t.cell!.value!, raw: t.cell!.raw };
    if (!shown) continue;
    const refs = [t.cell, t.current, t.previous].filter((c) => c !== null).map((c) => c.id);
    const column =
      t.columnLabel ||
      msg.computedChange({ current: t.current!.column, previous: t.previous!.column });
    const claimed =
      claim.kind === "level"
        ? claim.text
        : claim.direction > 0
          ? msg.claimIncrease({ amount: claim.text })
          : claim.direction < 0
            ? msg.claimDecrease({ amount: claim.text })
            : msg.claimChange({ amount: claim.text });
    const page = (t.cell ?? t.current)?.page ?? null;
    findings.push({
      rule: "text-vs-table",
      severity: "warning",
      documentId: document.id,
      page: claim.page,
      message: msg.textVsTable({
        claimed,
        tableValue: msg.number(shown.value, decimalsOf(shown.raw)),
        quote: shorten(claim.sentence, 140),
        where: msg.where({ parts: [t.table.name, ...labelParts(t.row.line.label), column], page }),
        page: claim.page,
      }),
      refs: [...new Set(refs)],
    });
  }
  return findings;
};
