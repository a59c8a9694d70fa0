// Compare a run's findings and follow-up with the truth files next to the documents: the
// findings must be exactly the expected ones (rule, and page where the truth gives one), and
// the follow-up of each year-N+1 file exactly its truth's followUp.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { FindingRecord, FollowUpRecord, RecordsFile } from "../../src/model/records.js";

export interface ExpectedFinding {
  rule: string;
  page: number | null;
  note?: string;
  /** Other rule ids that are accepted for the same finding. */
  anyOf?: string[];
  /** Other files where the finding is accepted too. */
  alsoAcceptOn?: string[];
}

export interface ExpectedFollowUp {
  kind: "measure" | "activity";
  fromFile: string;
  fromText: string;
  toText: string | null;
  toStatus?: string | null;
  outcome: string;
}

export interface CheckTruth {
  expectedFindings: ExpectedFinding[];
  followUp?: ExpectedFollowUp[];
}

/** Truth files of a folder by document file name. */
export function readTruths(folder: string): Map<string, CheckTruth> {
  return new Map(
    readdirSync(folder)
      .filter((f) => f.endsWith(".truth.json"))
      .map((f) => [
        f.replace(/\.truth\.json$/, ""),
        JSON.parse(readFileSync(join(folder, f), "utf8")) as CheckTruth,
      ]),
  );
}

const ws = (s: string | null | undefined) => (s == null ? null : s.replace(/\s+/g, " ").trim());

function describeFinding(file: string, f: FindingRecord): string {
  return `${file}: ${f.rule} p${f.page} "${f.message.slice(0, 140)}"`;
}

/** Every expected finding not found, and every finding not expected. */
export function findingDifferences(
  records: RecordsFile,
  truths: Map<string, CheckTruth>,
): string[] {
  const fileOf = new Map(records.documents.map((d) => [d.id, d.file]));
  const actual = records.findings.map((f) => ({ f, file: fileOf.get(f.documentId ?? "") ?? "?" }));
  const used = new Set<number>();
  const out: string[] = [];
  // Findings with a page first: they are the stricter ones.
  const expected = [...truths].flatMap(([file, t]) => t.expectedFindings.map((e) => ({ file, e })));
  expected.sort((a, b) => Number(a.e.page === null) - Number(b.e.page === null));
  for (const { file, e } of expected) {
    const rules = [e.rule, ...(e.anyOf ?? [])];
    const where = [file, ...(e.alsoAcceptOn ?? [])];
    const candidates = actual
      .map((a, i) => ({ a, i }))
      .filter(
        ({ a, i }) =>
          !used.has(i) &&
          where.includes(a.file) &&
          rules.includes(a.f.rule) &&
          (e.page === null || a.f.page === e.page),
      )
      .sort((x, y) => Number(x.a.file !== file) - Number(y.a.file !== file));
    const hit = candidates[0];
    if (hit) used.add(hit.i);
    else out.push(`missing ${file}: ${e.rule} p${e.page} (${e.note ?? ""})`);
  }
  actual.forEach((a, i) => {
    if (!used.has(i)) out.push(`unexpected ${describeFinding(a.file, a.f)}`);
  });
  return out;
}

function followUpKey(f: {
  kind: string;
  fromFile: string;
  fromText: string;
  toText: string | null;
  toStatus?: string | null;
  outcome: string;
}): string {
  return JSON.stringify([
    f.kind,
    f.fromFile,
    ws(f.fromText),
    ws(f.toText),
    f.kind === "measure" ? ws(f.toStatus ?? null) : null,
    f.outcome,
  ]);
}

/** Differences between each year-N+1 file's follow-up and its truth (as multisets). */
export function followUpDifferences(
  records: RecordsFile,
  truths: Map<string, CheckTruth>,
): string[] {
  const fileOf = new Map(records.documents.map((d) => [d.id, d.file]));
  const byTo = new Map<string, FollowUpRecord[]>();
  for (const f of records.followUp) {
    const to = fileOf.get(f.toDocumentId ?? "") ?? "?";
    byTo.set(to, [...(byTo.get(to) ?? []), f]);
  }
  const out: string[] = [];
  const files = new Set([...truths.keys(), ...byTo.keys()]);
  for (const file of [...files].sort()) {
    const want = (truths.get(file)?.followUp ?? []).map(followUpKey);
    const got = (byTo.get(file) ?? []).map((f) =>
      followUpKey({ ...f, fromFile: fileOf.get(f.fromDocumentId) ?? "?" }),
    );
    const left = [...got];
    for (const w of want) {
      const i = left.indexOf(w);
      if (i >= 0) left.splice(i, 1);
      else out.push(`${file}: missing follow-up ${w}`);
    }
    for (const g of left) out.push(`${file}: unexpected follow-up ${g}`);
  }
  return out;
}
