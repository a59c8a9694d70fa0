// DocumentContent → the records of one file: the document, its activities, risks with
// measures, and statistics, each with page and box provenance and a deterministic id.
import type { DocumentContent } from "../../model/content.js";
import type { FileRecords } from "../../model/records.js";
import { extractActivities } from "./activities.js";
import { documentMeta } from "./document-meta.js";
import { extractRisks } from "./risks.js";
import { extractStatistics } from "./statistics.js";
import { classifyTables } from "./table-kind.js";

export interface FileInfo {
  /** Stable id derived from the file's bytes. */
  id: string;
  /** Path relative to the input folder. */
  file: string;
  format: "pdf" | "docx";
}

/** Record ids start with this much of the document id: short, yet unique across a run. */
const ID_PREFIX_LENGTH = 12;

export function buildRecords(content: DocumentContent, file: FileInfo): FileRecords {
  const meta = documentMeta(content);
  const titleBlocks = new Set(meta.titleBlocks);
  const prefix = file.id.slice(0, ID_PREFIX_LENGTH);
  const documentId = file.id;

  // Activities, risks and statistics each need every table's kind: classify once.
  const tables = classifyTables(content.blocks);

  const activities = extractActivities(content.blocks, {
    format: content.format,
    year: meta.year,
    titleBlocks,
    tables,
  }).map((a, i) => ({ id: `${prefix}-a${i + 1}`, documentId, ...a }));
  const risks = extractRisks(content.blocks, { titleBlocks, type: meta.type, tables }).map(
    (r, i) => {
      const riskId = `${prefix}-r${i + 1}`;
      return {
        id: riskId,
        documentId,
        ...r,
        measures: r.measures.map((m, k) => ({ id: `${riskId}m${k + 1}`, ...m })),
      };
    },
  );
  const statistics = extractStatistics(content.blocks, { titleBlocks, tables }).map((s, i) => ({
    id: `${prefix}-s${i + 1}`,
    documentId,
    ...s,
  }));

  return {
    document: {
      id: documentId,
      file: file.file,
      format: file.format,
      pageCount: content.pageCount,
      type: meta.type,
      title: meta.title,
      organisation: meta.organisation,
      year: meta.year,
      reportDate: meta.reportDate,
      status: "ok",
      problems: [],
      renditionOf: null,
    },
    activities,
    risks,
    statistics,
  };
}

export { extractActivities } from "./activities.js";
export { type DocumentMeta, documentMeta } from "./document-meta.js";
export { extractRisks } from "./risks.js";
export { extractStatistics } from "./statistics.js";
