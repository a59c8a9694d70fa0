import type { StatisticRecord } from "../../model/records.js";
import { type DocumentRule, type DraftFinding, messagesFor } from "../rule.js";
import {
  decimalsOf,
  equalAt,
  labelParts,
  precisionOf,
  type StatLine,
  type StatTable,
  statTables,
  transpose,
} from "../stat-tables.js";
import { wrongTotals } from "./stat-sum.js";

interface YearColumn {
  line: StatLine;
  /** Higher is later; relative headers rank around the years. */
  rank: number;
}

/** Value columns a difference column can be computed from, latest first. */
function yearColumns(columns: readonly StatLine[], rest: string): YearColumn[] {
  const out: YearColumn[] = [];
  for (const line of columns) {
    if (line.isDifference || line.rest !== rest) continue;
    if (line.year !== null) out.push({ line, rank: line.year });
    else if (line.relative === "current") out.push({ line, rank: Number.MAX_SAFE_INTEGER });
    else if (line.relative === "previous") out.push({ line, rank: Number.MAX_SAFE_INTEGER - 1 });
  }
  // Relative headers only make a pair among themselves; mixing with years would guess.
  const years = out.filter((c) => c.line.year !== null);
  const chosen = years.length >= 2 ? years : out.filter((c) => c.line.year === null);
  return chosen.sort((a, b) => b.rank - a.rank);
}

interface Mismatch {
  /** The difference line's label and the other line's label, in this orientation. */
  diffLabel: string;
  rowLabel: string;
  diff: StatisticRecord;
  current: StatisticRecord;
  previous: StatisticRecord;
  expected: number;
  decimals: number;
}

/**
 * Differences in one orientation: every difference column against the latest value column
 * minus an earlier one. Accepted when it equals the change from any earlier column (a
 * three-year table may give the change since the first year), or the change in per cent
 * when the header says %.
 */
function differenceMismatches(table: StatTable): Mismatch[] {
  const out: Mismatch[] = [];
  for (const d of table.columns.filter((c) => c.isDifference)) {
    const values = yearColumns(table.columns, d.rest);
    const [current, ...earlier] = values;
    if (!current || earlier.length === 0) continue;
    for (const row of table.rows) {
      if (row.isDifference) continue;
      const diff = table.cell(row.label, d.label);
      const cur = table.cell(row.label, current.line.label);
      if (!diff || !cur || diff.value === null || cur.value === null) continue;
      const candidates = earlier
        .map((e) => table.cell(row.label, e.line.label))
        .filter((s): s is StatisticRecord => s !== undefined && s.value !== null);
      const previous = candidates[0];
      if (!previous) continue;
      const decimals = precisionOf([diff, cur, previous]);
      const consistent = candidates.some((p) => {
        const absolute = cur.value! - p.value!;
        if (equalAt(diff.value!, absolute, decimals)) return true;
        // "Förändring %", or a "-35 %" beside figures that are no percentages: a change in per cent.
        const relativeAllowed = d.relativeDifference || (diff.unit === "%" && cur.unit !== "%");
        if (!relativeAllowed || p.value === 0) return false;
        const relative = (absolute / Math.abs(p.value!)) * 100;
        return equalAt(diff.value!, relative, decimalsOf(diff.raw));
      });
      if (consistent) continue;
      out.push({
        diffLabel: d.label,
        rowLabel: row.label,
        diff,
        current: cur,
        previous,
        expected: cur.value - previous.value!,
        decimals,
      });
    }
  }
  return out;
}

/** A Skillnad/Förändring column (or row) that is not current minus previous at the table's precision. */
export const statDifference: DocumentRule = ({ document, statistics }, options) => {
  const msg = messagesFor(options);
  const findings: DraftFinding[] = [];
  for (const table of statTables(statistics)) {
    // A wrong Summa makes its row's difference wrong too; stat-sum reports that one error.
    const wrong = wrongTotals(table);
    for (const oriented of [table, transpose(table)]) {
      for (const m of differenceMismatches(oriented)) {
        const { diff, current, previous, expected, decimals, diffLabel, rowLabel } = m;
        if (wrong.has(current.id) || wrong.has(previous.id)) continue;
        const off = Math.abs(diff.value! - expected);
        findings.push({
          rule: "stat-difference",
          // One unit of the last decimal can be rounding of unrounded source figures.
          severity: off <= 10 ** -decimals + 1e-9 ? "warning" : "error",
          documentId: document.id,
          page: diff.page,
          message: msg.statDifference({
            label: diffLabel,
            stated: msg.number(diff.value!, decimals),
            current: msg.number(current.value!, decimals),
            previous: msg.number(previous.value!, decimals),
            expected: msg.number(expected, decimals),
            where: msg.where({
              parts: [table.name, ...labelParts(rowLabel)],
              page: diff.page,
            }),
          }),
          refs: [diff.id, current.id, previous.id],
        });
      }
    }
  }
  return findings;
};
