import type { StatisticRecord } from "../../model/records.js";
import { type DocumentRule, type DraftFinding, messagesFor } from "../rule.js";
import {
  labelParts,
  precisionOf,
  type StatLine,
  type StatTable,
  statTables,
  transpose,
} from "../stat-tables.js";

/** Figures that are rates or levels: a total of them is an average, never a sum. */
const NON_ADDITIVE =
  /procent|%|‰|andel|sjukfrånvaro|omsättning|genomsnitt|snitt|medel|median|index|kvot|(?<!\p{L})per(?!\p{L})|nki|betyg|nivå|frekvens|(?<!\p{L})grad(?!\p{L})|ranking|poäng/iu;
/** Quantities that add up: counts, hours, money, days. */
const ADDITIVE_HINT =
  /timmar|timme|antal|kronor|(?<!\p{L})(?:kr|tkr|mnkr|st|stycken)(?!\p{L})|dagar|personer|årsarbetare|ärenden|anmälningar|händelser/iu;
/** A line that only ever means the sum of the lines above it. */
const SUM_WORD = /^(?:summa|totalsumma|sammanlagt)(?!\p{L})/iu;
/** Sub-items of a part, already counted in it. */
const SUB_ITEM = /^(?:[-–•]\s*)?(?:varav|därav|varav:)(?!\p{L})/iu;

function groupKey(line: StatLine): string {
  return line.parts.slice(0, -1).join(" / ");
}

function lastPart(line: StatLine): string {
  return line.parts[line.parts.length - 1] ?? line.label;
}

/**
 * Whether the lines of a group add up: "Summa" always does unless the figures are rates;
 * "Totalt"/"Total" only for whole numbers or quantities named as such (hours, counts, money),
 * since a "Totalt" sick-leave or turnover figure is a rate over everyone, not a sum.
 */
export function addsUp(
  table: StatTable,
  total: StatLine,
  parts: readonly StatLine[],
  column: StatLine,
  stats: readonly StatisticRecord[],
): boolean {
  const words = [table.name, total.label, column.label, ...parts.map((p) => p.label)].join(" ");
  if (NON_ADDITIVE.test(words)) return false;
  if (stats.some((s) => s.unit !== null && NON_ADDITIVE.test(s.unit))) return false;
  if (SUM_WORD.test(lastPart(total))) return true;
  if (ADDITIVE_HINT.test(words)) return true;
  return precisionOf(stats) === 0;
}

interface SumMismatch {
  total: StatisticRecord;
  parts: StatisticRecord[];
  expected: number;
  decimals: number;
  totalLine: StatLine;
}

/** Most parts for which every combination is tried; beyond it, runs next to the total. */
const MAX_SUBSET_PARTS = 10;

/**
 * The part combinations a total may be the sum of: any two or more of its group (a table may
 * list a count beside the parts, "Antal klarmarkerade händelser" under "arbetsskador" and
 * "tillbud"), or for a long group the contiguous runs next to the total.
 */
function partCombinations(before: StatLine[], after: StatLine[]): StatLine[][] {
  const all = [...before, ...after];
  if (all.length <= MAX_SUBSET_PARTS) {
    const out: StatLine[][] = [];
    for (let mask = 1; mask < 1 << all.length; mask++) {
      const subset = all.filter((_, i) => mask & (1 << i));
      if (subset.length >= 2) out.push(subset);
    }
    return out;
  }
  const runs: StatLine[][] = [];
  for (let n = 2; n <= before.length; n++) runs.push(before.slice(before.length - n));
  for (let n = 2; n <= after.length; n++) runs.push(after.slice(0, n));
  return runs;
}

function sumMismatches(table: StatTable): SumMismatch[] {
  const out: SumMismatch[] = [];
  const groups = new Map<string, StatLine[]>();
  for (const row of table.rows) {
    if (row.isDifference) continue;
    const list = groups.get(groupKey(row)) ?? [];
    list.push(row);
    groups.set(groupKey(row), list);
  }
  for (const lines of groups.values()) {
    lines.forEach((total, index) => {
      if (!total.isTotal) return;
      // Parts run from the total to the nearest other total (or the group's end); sub-items
      // ("varav chefer") are already counted in the part above them.
      const isSubItem = (l: StatLine) => SUB_ITEM.test(lastPart(l));
      const before: StatLine[] = [];
      for (let i = index - 1; i >= 0 && !lines[i]!.isTotal; i--)
        if (!isSubItem(lines[i]!)) before.unshift(lines[i]!);
      const after: StatLine[] = [];
      for (let i = index + 1; i < lines.length && !lines[i]!.isTotal; i++)
        if (!isSubItem(lines[i]!)) after.push(lines[i]!);
      const runs = partCombinations(before, after);
      if (runs.length === 0) return;
      const main = before.length >= after.length ? before : after;
      for (const column of table.columns) {
        // A difference column adds up whenever its value columns and differences do; an error
        // there is reported once, by stat-sum on the values or stat-difference on the row.
        if (column.isDifference) continue;
        const t = table.cell(total.label, column.label);
        if (!t || t.value === null) continue;
        const cells = (run: StatLine[]) => run.map((l) => table.cell(l.label, column.label));
        const complete = (run: StatLine[]) =>
          cells(run).every((c) => c !== undefined && c.value !== null);
        const mainCells = cells(main) as StatisticRecord[];
        if (!complete(main)) continue;
        if (!addsUp(table, total, main, column, [t, ...mainCells])) continue;
        const consistent = runs.filter(complete).some((run) => {
          const parts = cells(run) as StatisticRecord[];
          const decimals = precisionOf([t, ...parts]);
          const sum = parts.reduce((s, p) => s + p.value!, 0);
          // Each rounded part may be off by half a unit; whole numbers must add up exactly.
          const tolerance =
            decimals === 0 ? 0.5 : Math.max(1, parts.length) * 0.5 * 10 ** -decimals;
          return Math.abs(t.value! - sum) < tolerance + 1e-9;
        });
        if (consistent) continue;
        out.push({
          total: t,
          parts: mainCells,
          expected: mainCells.reduce((s, p) => s + p.value!, 0),
          decimals: precisionOf([t, ...mainCells]),
          totalLine: total,
        });
      }
    });
  }
  return out;
}

/** Ids of total figures that are not the sum of their parts, in either orientation. */
export function wrongTotals(table: StatTable): Set<string> {
  return new Set([table, transpose(table)].flatMap((t) => sumMismatches(t).map((m) => m.total.id)));
}

/** A Summa/Totalt row (or column) that is not the sum of its parts, where parts add up. */
export const statSum: DocumentRule = ({ document, statistics }, options) => {
  const msg = messagesFor(options);
  const findings: DraftFinding[] = [];
  for (const table of statTables(statistics)) {
    for (const oriented of [table, transpose(table)]) {
      for (const m of sumMismatches(oriented)) {
        const { total, parts, expected, decimals, totalLine } = m;
        const otherLabel = oriented === table ? total.column : total.row;
        findings.push({
          rule: "stat-sum",
          severity: "error",
          documentId: document.id,
          page: total.page,
          message: msg.statSum({
            label: lastPart(totalLine),
            stated: msg.number(total.value!, decimals),
            parts: parts.map((p) => msg.number(p.value!, decimals)),
            expected: msg.number(expected, decimals),
            where: msg.where({
              parts: [table.name, ...labelParts(totalLine.label), ...labelParts(otherLabel)],
              page: total.page,
            }),
          }),
          refs: [total.id, ...parts.map((p) => p.id)],
        });
      }
    }
  }
  return findings;
};
