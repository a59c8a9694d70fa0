// Scores records against hand-made truth the way the held-out evaluation does: activities and
// measures matched by text similarity (precision, recall, F1), per-field accuracy over matched
// records, key figures matched by table/row/column/value, and document type and year per file.
// Files: fixtures/samples/* and fixtures/records/* that have a <file>.truth.json.
// Usage: npx tsx scripts/score-records.ts [--verbose] [--json] [--truth DIR] [file ...]
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ActivityRecord, FileRecords, StatisticRecord } from "../src/model/records.js";
import { textSimilarity } from "../src/parse/swedish/text.js";
import { processFile } from "../src/pipeline/process-file.js";

const ROOT = path.join(import.meta.dirname, "..");
const FOLDERS = ["fixtures/samples", "fixtures/records"];

/** Two texts are the same record above this similarity (rewordings, extraction noise). */
export const MATCH_THRESHOLD = 0.6;

type Row = Record<string, unknown>;

export interface TruthFile {
  documents: Row[];
  activities: Row[];
  risks: (Row & { measures: Row[] })[];
  statistics: (Row & { tableAliases?: string[] })[];
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
] as const;
const MEASURE_FIELDS = [
  "page",
  "measure",
  "status",
  "endDate",
  "owner",
  "desiredEffect",
  "risk",
  "level",
  "section",
] as const;
const DOCUMENT_FIELDS = ["type", "year", "title", "organisation", "reportDate"] as const;

function norm(v: unknown): string {
  const clean = (x: unknown): unknown =>
    typeof x === "string"
      ? x
          .replace(/\u00ad/g, "")
          .replace(/\s+/g, " ")
          .trim()
      : Array.isArray(x)
        ? x.map(clean)
        : x;
  return JSON.stringify(clean(v) ?? null);
}

/** Best-first one-to-one matching of got and want by the similarity of one text field. */
export function matchByText<G, W>(
  got: readonly G[],
  want: readonly W[],
  textOfGot: (g: G) => string,
  textOfWant: (w: W) => string,
): [G, W][] {
  const pairs: { g: number; w: number; score: number }[] = [];
  got.forEach((g, gi) => {
    want.forEach((w, wi) => {
      const score = textSimilarity(textOfGot(g), textOfWant(w));
      if (score >= MATCH_THRESHOLD) pairs.push({ g: gi, w: wi, score });
    });
  });
  // Ties (the same activity twice in a plan) go to the nearest position.
  pairs.sort((a, b) => b.score - a.score || Math.abs(a.g - a.w) - Math.abs(b.g - b.w));
  const usedG = new Set<number>();
  const usedW = new Set<number>();
  const out: [G, W][] = [];
  for (const p of pairs) {
    if (usedG.has(p.g) || usedW.has(p.w)) continue;
    usedG.add(p.g);
    usedW.add(p.w);
    out.push([got[p.g] as G, want[p.w] as W]);
  }
  return out;
}

export interface Counts {
  got: number;
  want: number;
  matched: number;
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.got === 0 ? (c.want === 0 ? 1 : 0) : c.matched / c.got;
  const recall = c.want === 0 ? 1 : c.matched / c.want;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

interface FieldTally {
  right: number;
  total: number;
}

export interface Score {
  activities: Counts;
  measures: Counts;
  activityFields: Record<string, FieldTally>;
  measureFields: Record<string, FieldTally>;
  statistics: Counts;
  documents: Record<string, FieldTally>;
  problems: string[];
}

export function emptyScore(): Score {
  const tallies = (fields: readonly string[]) =>
    Object.fromEntries(fields.map((f) => [f, { right: 0, total: 0 }]));
  return {
    activities: { got: 0, want: 0, matched: 0 },
    measures: { got: 0, want: 0, matched: 0 },
    activityFields: tallies(ACTIVITY_FIELDS),
    measureFields: tallies(MEASURE_FIELDS),
    statistics: { got: 0, want: 0, matched: 0 },
    documents: tallies(DOCUMENT_FIELDS),
    problems: [],
  };
}

function tally(
  into: Record<string, FieldTally>,
  fields: readonly string[],
  got: Row,
  want: Row,
  label: string,
  problems: string[],
): void {
  for (const f of fields) {
    if (!(f in want)) continue;
    const t = into[f];
    if (!t) continue;
    t.total++;
    if (norm(got[f]) === norm(want[f])) t.right++;
    else problems.push(`${label} ${f}: got ${norm(got[f])}, want ${norm(want[f])}`);
  }
}

type Measure = Row & { measure: string };

function flatMeasures(risks: readonly (Row & { measures: readonly Row[] })[]): Measure[] {
  return risks.flatMap((r) =>
    r.measures.map(
      (m) => ({ ...m, risk: r.risk, level: r.level, section: r.section }) as unknown as Measure,
    ),
  );
}

function statKey(s: Row, table: string): string {
  return norm([table, s.row, s.column, s.value, s.raw]);
}

/** Scores one file's records against its truth, adding into `score`. */
export function scoreFile(
  records: FileRecords,
  truth: TruthFile,
  file: string,
  score: Score,
): void {
  const p = score.problems;
  const wantDoc = truth.documents[0] ?? {};
  const unscored = new Set((wantDoc.unscoredFields as string[] | undefined) ?? []);
  tally(
    score.documents,
    DOCUMENT_FIELDS.filter((f) => !unscored.has(f)),
    records.document as unknown as Row,
    { reportDate: null, ...wantDoc },
    `${file} document`,
    p,
  );

  const acts = matchByText(
    records.activities,
    truth.activities,
    (a: ActivityRecord) => a.activity,
    (w) => String(w.activity ?? ""),
  );
  score.activities.got += records.activities.length;
  score.activities.want += truth.activities.length;
  score.activities.matched += acts.length;
  for (const [g, w] of acts)
    tally(score.activityFields, ACTIVITY_FIELDS, g as unknown as Row, w, `${file} activity`, p);
  const matchedActs = new Set(acts.map(([, w]) => w));
  for (const w of truth.activities)
    if (!matchedActs.has(w)) p.push(`${file} activity missing: ${String(w.activity)}`);
  const gotActs = new Set(acts.map(([g]) => g));
  for (const g of records.activities)
    if (!gotActs.has(g)) p.push(`${file} activity extra: ${g.activity}`);

  const gotMeasures = flatMeasures(records.risks as unknown as (Row & { measures: Row[] })[]);
  const wantMeasures = flatMeasures(truth.risks);
  const measures = matchByText(
    gotMeasures,
    wantMeasures,
    (m) => m.measure,
    (m) => m.measure,
  );
  score.measures.got += gotMeasures.length;
  score.measures.want += wantMeasures.length;
  score.measures.matched += measures.length;
  for (const [g, w] of measures)
    tally(score.measureFields, MEASURE_FIELDS, g, w, `${file} measure`, p);
  const matchedMeasures = new Set(measures.map(([, w]) => w));
  for (const w of wantMeasures)
    if (!matchedMeasures.has(w)) p.push(`${file} measure missing: ${w.measure}`);
  const gotMatched = new Set(measures.map(([g]) => g));
  for (const g of gotMeasures)
    if (!gotMatched.has(g)) p.push(`${file} measure extra: ${g.measure}`);

  // A key figure is right when its table (any of the truth's names), row, column, value and raw
  // text all agree; each truth figure is used once.
  const wanted = new Map<string, number>();
  for (const s of truth.statistics) {
    for (const table of [s.table, ...(s.tableAliases ?? [])]) {
      const k = statKey(s, String(table));
      wanted.set(k, (wanted.get(k) ?? 0) + 1);
    }
  }
  let right = 0;
  const used = new Set<Row>();
  for (const g of records.statistics as StatisticRecord[]) {
    const want = truth.statistics.find(
      (s) =>
        !used.has(s) &&
        [s.table, ...(s.tableAliases ?? [])].some(
          (t) => statKey(s, String(t)) === statKey(g as unknown as Row, g.table),
        ),
    );
    if (want) {
      used.add(want);
      right++;
    } else p.push(`${file} statistic extra/wrong: ${g.table} / ${g.row} / ${g.column} = ${g.raw}`);
  }
  for (const s of truth.statistics)
    if (!used.has(s))
      p.push(
        `${file} statistic missing: ${String(s.table)} / ${String(s.row)} / ${String(s.column)}`,
      );
  score.statistics.got += records.statistics.length;
  score.statistics.want += truth.statistics.length;
  score.statistics.matched += right;
}

function defaultFiles(): string[] {
  return FOLDERS.flatMap((folder) => {
    const dir = path.join(ROOT, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => /\.(pdf|docx)$/.test(f) && existsSync(path.join(dir, `${f}.truth.json`)))
      .sort()
      .map((f) => path.join(dir, f));
  });
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const verbose = args.includes("--verbose");
  const asJson = args.includes("--json");
  // --truth DIR: the truth of <name>.pdf is DIR/<name>.pdf.truth.json or, failing that, its
  // Word original's, DIR/<name>.docx.truth.json (prints of the record fixtures).
  const truthAt = args.indexOf("--truth");
  const truthDir = truthAt >= 0 ? path.resolve(args[truthAt + 1] ?? ".") : null;
  const named = args
    .filter((a, i) => !a.startsWith("--") && (truthAt < 0 || i !== truthAt + 1))
    .map((a) => path.resolve(a));
  const truthOf = (file: string): string => {
    if (truthDir === null) return `${file}.truth.json`;
    const own = path.join(truthDir, `${path.basename(file)}.truth.json`);
    return existsSync(own)
      ? own
      : path.join(truthDir, `${path.basename(file).replace(/\.pdf$/, "")}.docx.truth.json`);
  };
  const files = named.length > 0 ? named : defaultFiles();
  const score = emptyScore();
  for (const file of files) {
    const truth = JSON.parse(readFileSync(truthOf(file), "utf8")) as TruthFile;
    const { records } = await processFile(path.dirname(file), path.basename(file));
    scoreFile(records, truth, path.relative(ROOT, file), score);
  }
  const summary = {
    files: files.length,
    activities: { ...score.activities, ...prf(score.activities) },
    measures: { ...score.measures, ...prf(score.measures) },
    statistics: { ...score.statistics, ...prf(score.statistics) },
    activityFields: Object.fromEntries(
      Object.entries(score.activityFields).map(([f, t]) => [f, t.total ? t.right / t.total : 1]),
    ),
    measureFields: Object.fromEntries(
      Object.entries(score.measureFields).map(([f, t]) => [f, t.total ? t.right / t.total : 1]),
    ),
    documents: Object.fromEntries(
      Object.entries(score.documents).map(([f, t]) => [f, t.total ? t.right / t.total : 1]),
    ),
  };
  if (asJson) {
    console.log(JSON.stringify({ ...summary, problems: score.problems }, null, 2));
    return;
  }
  const line = (name: string, c: Counts) => {
    const r = prf(c);
    console.log(
      `${name.padEnd(12)} got ${String(c.got).padStart(4)}  want ${String(c.want).padStart(4)}  ` +
        `matched ${String(c.matched).padStart(4)}  P ${pct(r.precision)}  R ${pct(r.recall)}  F1 ${pct(r.f1)}`,
    );
  };
  console.log(`${files.length} files`);
  line("activities", score.activities);
  line("measures", score.measures);
  line("key figures", score.statistics);
  const fields = (title: string, tallies: Record<string, FieldTally>) => {
    console.log(title);
    for (const [f, t] of Object.entries(tallies))
      console.log(
        `  ${f.padEnd(20)} ${pct(t.total ? t.right / t.total : 1).padStart(8)}  (${t.right}/${t.total})`,
      );
  };
  fields("activity fields (matched)", score.activityFields);
  fields("measure fields (matched)", score.measureFields);
  fields("documents", score.documents);
  if (verbose || score.problems.length <= 40)
    for (const p of score.problems) console.log(`  - ${p}`);
  else console.log(`${score.problems.length} differences (--verbose lists them)`);
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) await main();
