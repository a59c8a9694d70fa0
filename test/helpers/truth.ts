// Compare one document's records with its sample truth file and list every difference in
// words a reader can act on.
import { readFileSync } from "node:fs";
import type {
  ActivityRecord,
  RecordsFile,
  RiskRecord,
  StatisticRecord,
} from "../../src/model/records.js";

export interface Truth {
  documents: {
    file: string;
    format: "pdf" | "docx";
    pageCount: number | null;
    type: string;
    title: string | null;
    organisation: string | null;
    year: number | null;
    unscoredFields?: string[];
  }[];
  activities: Record<string, unknown>[];
  risks: (Record<string, unknown> & { measures: Record<string, unknown>[] })[];
  statistics: Record<string, unknown>[];
  expectedFindings: {
    rule: string;
    page: number | null;
    anyOf?: string[];
    alsoAcceptOn?: string[];
  }[];
  tables: { page: number | null; rows: number; cols: number; cells: Record<string, unknown>[] }[];
}

export function readTruth(path: string): Truth {
  return JSON.parse(readFileSync(path, "utf8")) as Truth;
}

const ws = (v: unknown): unknown =>
  typeof v === "string" ? v.replace(/\s+/g, " ").trim() : Array.isArray(v) ? v.map(ws) : v;

function diffFields(
  label: string,
  got: Record<string, unknown>,
  want: Record<string, unknown>,
  fields: string[],
): string[] {
  const out: string[] = [];
  for (const f of fields) {
    const g = JSON.stringify(ws(got[f]) ?? null);
    const w = JSON.stringify(ws(want[f]) ?? null);
    if (g !== w) out.push(`${label} ${f}: got ${g}, want ${w}`);
  }
  return out;
}

const ACTIVITY_FIELDS = [
  "page",
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
];
const RISK_FIELDS = ["page", "section", "risk", "level"];
const MEASURE_FIELDS = ["measure", "status", "endDate", "owner", "desiredEffect", "page"];
const STAT_FIELDS = ["page", "table", "row", "column", "value", "raw"];
const DOC_FIELDS = ["format", "pageCount", "type", "title", "organisation", "year"];

function listDiff<T>(
  kind: string,
  got: T[],
  want: Record<string, unknown>[],
  compare: (g: T, w: Record<string, unknown>, label: string) => string[],
): string[] {
  const out: string[] = [];
  if (got.length !== want.length) out.push(`${kind}: got ${got.length}, want ${want.length}`);
  const n = Math.max(got.length, want.length);
  for (let i = 0; i < n; i++) {
    const g = got[i];
    const w = want[i];
    if (g === undefined) out.push(`${kind} #${i + 1} missing: ${JSON.stringify(w).slice(0, 160)}`);
    else if (w === undefined)
      out.push(`${kind} #${i + 1} extra: ${JSON.stringify(g).slice(0, 160)}`);
    else out.push(...compare(g, w, `${kind} #${i + 1}`));
  }
  return out;
}

/** Every difference between the records of `file` in `records` and its truth. */
export function compareWithTruth(records: RecordsFile, file: string, truth: Truth): string[] {
  const doc = records.documents.find((d) => d.file === file);
  const wantDoc = truth.documents[0];
  if (!doc || !wantDoc) return [`document ${file} not found`];
  const scored = DOC_FIELDS.filter((f) => !(wantDoc.unscoredFields ?? []).includes(f));
  const out = diffFields("document", doc as unknown as Record<string, unknown>, wantDoc, scored);
  const activities: ActivityRecord[] = records.activities.filter((a) => a.documentId === doc.id);
  out.push(
    ...listDiff("activity", activities, truth.activities, (g, w, label) =>
      diffFields(label, g as unknown as Record<string, unknown>, w, ACTIVITY_FIELDS),
    ),
  );
  const risks: RiskRecord[] = records.risks.filter((r) => r.documentId === doc.id);
  out.push(
    ...listDiff("risk", risks, truth.risks, (g, w, label) => [
      ...diffFields(label, g as unknown as Record<string, unknown>, w, RISK_FIELDS),
      ...listDiff(
        `${label} measure`,
        g.measures,
        (w.measures ?? []) as Record<string, unknown>[],
        (gm, wm, l) => diffFields(l, gm as unknown as Record<string, unknown>, wm, MEASURE_FIELDS),
      ),
    ]),
  );
  const stats: StatisticRecord[] = records.statistics.filter((s) => s.documentId === doc.id);
  out.push(
    ...listDiff("statistic", stats, truth.statistics, (g, w, label) => {
      const aliases = [w.table, ...((w.tableAliases as string[] | undefined) ?? [])];
      const rest = diffFields(
        label,
        g as unknown as Record<string, unknown>,
        w,
        STAT_FIELDS.filter((f) => f !== "table"),
      );
      return aliases.includes(g.table)
        ? rest
        : [`${label} table: got "${g.table}", want "${w.table}"`, ...rest];
    }),
  );
  return out;
}
