// Documents of one organisation and type over the years (a series), and the year pairs whose
// promises are followed up: year N+1 against year N.
import type { DocumentRecord, DocumentType, FileRecords } from "../model/records.js";

export interface SeriesMember {
  records: FileRecords;
  /** The document as the run marked it (renditionOf set for a second rendition). */
  document: DocumentRecord;
}

export interface Series {
  type: DocumentType;
  organisation: string;
  /** Every file of the series, by year, Word before PDF, then by file name. */
  members: SeriesMember[];
  /** Distinct documents (renditions counted once), by year. */
  documents: SeriesMember[];
}

export interface FollowUpPair {
  from: SeriesMember;
  to: SeriesMember;
}

/** "Kommunstyrelsens förvaltning" and "kommunstyrelsens  förvaltning," are one organisation. */
function organisationKey(org: string): string {
  return org
    .toLocaleLowerCase("sv-SE")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const FORMAT_ORDER = { docx: 0, pdf: 1 } as const;

/** Code-point order: the same on every machine, unlike localeCompare. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byYearFormatFile(a: SeriesMember, b: SeriesMember): number {
  return (
    a.document.year! - b.document.year! ||
    FORMAT_ORDER[a.document.format] - FORMAT_ORDER[b.document.format] ||
    compareText(a.document.file, b.document.file)
  );
}

/** Group readable documents with an organisation and a year by organisation and type. */
export function buildSeries(
  files: readonly FileRecords[],
  documents: readonly DocumentRecord[],
): Series[] {
  const marked = new Map(documents.map((d) => [d.id, d]));
  const groups = new Map<string, Series>();
  for (const records of files) {
    const document = marked.get(records.document.id) ?? records.document;
    if (document.status === "failed" || document.year === null || !document.organisation) continue;
    const key = `${document.type}|${organisationKey(document.organisation)}`;
    let series = groups.get(key);
    if (!series) {
      series = {
        type: document.type,
        organisation: document.organisation,
        members: [],
        documents: [],
      };
      groups.set(key, series);
    }
    series.members.push({ records, document });
  }
  const out = [...groups.values()];
  for (const s of out) {
    s.members.sort(byYearFormatFile);
    s.documents = s.members.filter((m) => m.document.renditionOf === null);
  }
  return out.sort(
    (a, b) => compareText(a.type, b.type) || compareText(a.organisation, b.organisation),
  );
}

/** "_chromium" in "003_arbetsmiljorapport-2024_chromium.pdf": which producer made the file. */
function producerSuffix(file: string): string | null {
  const base = file.replace(/^.*\//, "").replace(/\.[^.]+$/, "");
  const m = /_([\p{L}]+)$/u.exec(base);
  return m?.[1]?.toLowerCase() ?? null;
}

/**
 * Year pairs to follow up. Every file of year N+1 follows one file of year N, of the same
 * format where there is one (Word after Word, PDF after PDF), so that each rendition's
 * follow-up can be read on its own; among several candidates the one from the same producer,
 * else the original over a rendition, else by file name. Only consecutive years pair: a
 * report two years later does not evaluate the intervening year's promises.
 */
export function followUpPairs(series: Series): FollowUpPair[] {
  const pairs: FollowUpPair[] = [];
  for (const to of series.members) {
    const year = to.document.year!;
    const previous = series.members.filter((m) => m.document.year === year - 1);
    if (previous.length === 0) continue;
    const sameFormat = previous.filter((m) => m.document.format === to.document.format);
    const candidates = sameFormat.length > 0 ? sameFormat : previous;
    const suffix = producerSuffix(to.document.file);
    const ranked = [...candidates].sort(
      (a, b) =>
        Number(producerSuffix(b.document.file) === suffix) -
          Number(producerSuffix(a.document.file) === suffix) ||
        Number(a.document.renditionOf !== null) - Number(b.document.renditionOf !== null) ||
        compareText(a.document.file, b.document.file),
    );
    pairs.push({ from: ranked[0]!, to });
  }
  return pairs;
}
