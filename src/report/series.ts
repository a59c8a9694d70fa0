// Documents grouped the way an auditor follows them over time: a series is one organisation's
// documents of one type (Kommunstyrelsens förvaltning's arbetsmiljörapporter 2023, 2024 ...).
// A rendition (the Word original's PDF) is shown but counted once.
import type { DocumentRecord, DocumentType, RecordsFile } from "../model/records.js";
import { compareNullsLast, compareText } from "./order.js";

export interface Series {
  key: string;
  organisation: string | null;
  type: DocumentType;
  /** One document per rendition group, by year then file. */
  documents: DocumentRecord[];
  /** The other renditions of those documents. */
  renditions: DocumentRecord[];
  years: number[];
  /** Years between the first and the latest with no document. */
  missingYears: number[];
}

/** Ids of the documents that count: not a rendition of another document in the run. */
export function canonicalIds(documents: readonly DocumentRecord[]): Set<string> {
  const ids = new Set(documents.map((d) => d.id));
  return new Set(
    documents.filter((d) => d.renditionOf === null || !ids.has(d.renditionOf)).map((d) => d.id),
  );
}

export function seriesKey(doc: Pick<DocumentRecord, "organisation" | "type">): string {
  return `${doc.organisation ?? ""}\u0000${doc.type}`;
}

/** Series of the documents that were read (failed files belong to none), sorted by name. */
export function buildSeries(documents: readonly DocumentRecord[]): Series[] {
  const canonical = canonicalIds(documents);
  const byId = new Map(documents.map((d) => [d.id, d]));
  const groups = new Map<string, Series>();
  const read = documents.filter((d) => d.status !== "failed");
  for (const doc of read.filter((d) => canonical.has(d.id))) {
    const key = seriesKey(doc);
    let series = groups.get(key);
    if (!series) {
      series = {
        key,
        organisation: doc.organisation,
        type: doc.type,
        documents: [],
        renditions: [],
        years: [],
        missingYears: [],
      };
      groups.set(key, series);
    }
    series.documents.push(doc);
  }
  for (const doc of read.filter((d) => !canonical.has(d.id))) {
    const original = byId.get(doc.renditionOf ?? "");
    if (original) groups.get(seriesKey(original))?.renditions.push(doc);
  }
  const byYearThenFile = (a: DocumentRecord, b: DocumentRecord) =>
    compareNullsLast(a.year, b.year, (x, y) => x - y) || compareText(a.file, b.file);
  for (const series of groups.values()) {
    series.documents.sort(byYearThenFile);
    series.renditions.sort(byYearThenFile);
    series.years = [
      ...new Set(series.documents.map((d) => d.year).filter((y): y is number => y !== null)),
    ].sort((a, b) => a - b);
    const first = series.years[0];
    const last = series.years.at(-1);
    if (first !== undefined && last !== undefined) {
      for (let y = first + 1; y < last; y++) {
        if (!series.years.includes(y)) series.missingYears.push(y);
      }
    }
  }
  return [...groups.values()].sort(
    (a, b) =>
      compareNullsLast(a.organisation, b.organisation, compareText) || compareText(a.type, b.type),
  );
}

/** The records of the documents that count, so that a Word original and its PDF count once. */
export function canonicalRecords(records: RecordsFile): RecordsFile {
  const ids = canonicalIds(records.documents);
  const keep = (id: string | null) => id === null || ids.has(id);
  return {
    ...records,
    documents: records.documents.filter((d) => ids.has(d.id)),
    activities: records.activities.filter((a) => keep(a.documentId)),
    risks: records.risks.filter((r) => keep(r.documentId)),
    statistics: records.statistics.filter((s) => keep(s.documentId)),
    findings: records.findings.filter((f) => keep(f.documentId)),
    followUp: records.followUp.filter((f) => keep(f.fromDocumentId) && keep(f.toDocumentId)),
  };
}

export interface Quarter {
  year: number;
  quarter: number;
}

/** Longest span counted quarter by quarter; a programme's "2017–2022" is not 24 activities. */
const MAX_QUARTERS = 8;

/** Calendar quarters from `start` to `end` (ISO dates); only the first when `end` is missing. */
export function quartersBetween(start: string, end: string | null): Quarter[] {
  const from = quarterOf(start);
  if (from === null) return [];
  const to = (end === null ? null : quarterOf(end)) ?? from;
  const out: Quarter[] = [];
  let { year, quarter } = from;
  while (
    (year < to.year || (year === to.year && quarter <= to.quarter)) &&
    out.length < MAX_QUARTERS
  ) {
    out.push({ year, quarter });
    quarter += 1;
    if (quarter > 4) {
      quarter = 1;
      year += 1;
    }
  }
  return out.length > 0 ? out : [from];
}

export function quarterOf(iso: string): Quarter | null {
  const match = /^(\d{4})-(\d{2})-\d{2}$/.exec(iso);
  if (!match) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  return { year: Number(match[1]), quarter: Math.ceil(month / 3) };
}
