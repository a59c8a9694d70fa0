// Key-figure tables rebuilt from statistic records (one record per figure), with what each
// column and row means: a year, the current or previous year, a difference, a total.
// Shared by stat-difference, stat-sum and text-vs-table.
import type { StatisticRecord } from "../model/records.js";

export interface StatLine {
  /** Row label or column header as written ("Kort sjukfrånvaro (0–14 dagar) / Kvinnor"). */
  label: string;
  /** Label parts split at " / " (section / label, or two header levels). */
  parts: string[];
  /** The year the line is about, from its own text ("R12 2023–12" → 2023). */
  year: number | null;
  /** "current"/"previous" when the header says so without a year ("Föregående år"). */
  relative: "current" | "previous" | null;
  /** A difference line: Skillnad, Förändring, Differens. */
  isDifference: boolean;
  /** A difference given in per cent of the earlier value ("Förändring %"), not in units. */
  relativeDifference: boolean;
  /** A total line: Summa, Totalt, Total …, Sammanlagt. */
  isTotal: boolean;
  /** The label without its year or difference word: pairs "2023 / Kvinnor" with "Skillnad / Kvinnor". */
  rest: string;
}

export interface StatTable {
  documentId: string;
  name: string;
  rows: StatLine[];
  columns: StatLine[];
  /** Figure at row label × column header. */
  cell(row: string, column: string): StatisticRecord | undefined;
  /** All figures in reading order. */
  stats: StatisticRecord[];
}

const YEAR = /(?<![\d])(19[5-9]\d|20\d\d)(?![\d])/g;
const DIFFERENCE =
  /^(?:skillnad|förändring|förändr\.?|differens|diff\.?|avvikelse|ökning\/minskning|förändring i procentenheter|[+±]\s*\/?\s*[-−–])/iu;
const RELATIVE_DIFFERENCE = /(?:%|procent(?!enhet))/iu;
const PREVIOUS = /^(?:föregående år|fg år|fg\. år|förra året|föregående period|föreg\. år)/iu;
const CURRENT = /^(?:innevarande år|i år|aktuellt år|nuvarande år|aktuell period|utfall)/iu;
/** First word of a total line. "Total sjukfrånvaro" is a total line too. */
export const TOTAL_WORD =
  /^(?:summa|totalt|total|totala|totalsumma|sammanlagt|sammantaget|samtliga)(?!\p{L})/iu;

function yearOf(text: string): number | null {
  const years = [...new Set([...text.matchAll(YEAR)].map((m) => Number(m[1])))];
  return years.length === 1 ? (years[0] ?? null) : null;
}

export function describeLine(label: string): StatLine {
  const parts = label.split(" / ").map((p) => p.trim());
  const last = parts[parts.length - 1] ?? label;
  const diffPart = parts.find((p) => DIFFERENCE.test(p));
  const isDifference = diffPart !== undefined;
  const yearPart = parts.find((p) => yearOf(p) !== null);
  const relPart = parts.find((p) => PREVIOUS.test(p) || CURRENT.test(p));
  const rest = parts
    .filter((p) => p !== diffPart && p !== yearPart && p !== relPart)
    .join(" / ")
    .toLowerCase();
  return {
    label,
    parts,
    year: isDifference ? null : yearPart ? yearOf(yearPart) : null,
    relative: relPart ? (PREVIOUS.test(relPart) ? "previous" : "current") : null,
    isDifference,
    relativeDifference: isDifference && RELATIVE_DIFFERENCE.test(diffPart ?? ""),
    isTotal: TOTAL_WORD.test(last),
    rest,
  };
}

/** Group a document's statistics by table name, keeping reading order of rows and columns. */
export function statTables(stats: readonly StatisticRecord[]): StatTable[] {
  const byTable = new Map<string, StatisticRecord[]>();
  for (const s of stats) {
    const key = `${s.documentId}\u0000${s.table}`;
    const list = byTable.get(key) ?? [];
    list.push(s);
    byTable.set(key, list);
  }
  return [...byTable.values()].map((list) => {
    const rows = [...new Set(list.map((s) => s.row))];
    const columns = [...new Set(list.map((s) => s.column))];
    const index = new Map(list.map((s) => [`${s.row}\u0000${s.column}`, s]));
    const first = list[0]!;
    return {
      documentId: first.documentId,
      name: first.table,
      rows: rows.map(describeLine),
      columns: columns.map(describeLine),
      cell: (row: string, column: string) => index.get(`${row}\u0000${column}`),
      stats: list,
    };
  });
}

/** The same table with rows and columns swapped (years as rows, a Skillnad row …). */
export function transpose(t: StatTable): StatTable {
  return {
    ...t,
    rows: t.columns,
    columns: t.rows,
    cell: (row, column) => t.cell(column, row),
  };
}

/** Digits after the decimal comma of a raw figure ("4,2" → 1, "12,0 %" → 1, "-424" → 0). */
export function decimalsOf(raw: string): number {
  const m = /\d[,.](\d+)(?!.*\d)/u.exec(raw.replace(/\s+/g, ""));
  if (!m?.[1]) return 0;
  // "12.717" groups thousands with a dot: three digits after a dot are not decimals.
  if (raw.includes(".") && !raw.includes(",") && m[1].length === 3) return 0;
  return m[1].length;
}

/** The precision a set of figures is written to: the most decimals among them. */
export function precisionOf(stats: readonly StatisticRecord[]): number {
  return Math.max(0, ...stats.map((s) => decimalsOf(s.raw)));
}

/** True when two figures are equal at `decimals` places (after rounding both). */
export function equalAt(a: number, b: number, decimals: number): boolean {
  return Math.abs(a - b) < 0.5 * 10 ** -decimals + 1e-9;
}

/** Row label parts for a message: "Kort sjukfrånvaro (0–14 dagar) / Män" → two parts. */
export function labelParts(label: string): string[] {
  return label.split(" / ").map((p) => p.trim());
}
