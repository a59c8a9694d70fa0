// The one definition of every record planpipe writes (CONTRACT.md). Types are inferred from
// these schemas; records.json is validated against them before it is written.
import { z } from "zod";

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const bbox = z.tuple([z.number(), z.number(), z.number(), z.number()]);

export const documentType = z.enum([
  "kommunikationsplan",
  "arbetsmiljorapport",
  "policy",
  "program",
  "annat",
]);

export const problem = z.object({
  code: z.string(),
  message: z.string(),
});

export const documentRecord = z.object({
  id: z.string(),
  file: z.string(),
  format: z.enum(["pdf", "docx"]),
  pageCount: z.number().int().nullable(),
  type: documentType,
  title: z.string().nullable(),
  organisation: z.string().nullable(),
  year: z.number().int().nullable(),
  /** Date the document states it was written/decided, where it says so. */
  reportDate: isoDate.nullable(),
  status: z.enum(["ok", "warning", "failed"]),
  problems: z.array(problem),
  /** Other files that are renditions of the same document (same type, organisation, year, title). */
  renditionOf: z.string().nullable(),
});

export const activityRecord = z.object({
  id: z.string(),
  documentId: z.string(),
  page: z.number().int().nullable(),
  bbox: bbox.nullable(),
  section: z.string().nullable(),
  when: z.string(),
  start: isoDate.nullable(),
  end: isoDate.nullable(),
  activity: z.string(),
  purpose: z.string().nullable(),
  targetGroups: z.array(z.string()),
  responsible: z.string().nullable(),
  responsibleInitials: z.array(z.string()),
  channel: z.string().nullable(),
});

export const measureRecord = z.object({
  id: z.string(),
  measure: z.string(),
  status: z.string().nullable(),
  endDate: isoDate.nullable(),
  owner: z.string().nullable(),
  desiredEffect: z.string().nullable(),
  page: z.number().int().nullable(),
  bbox: bbox.nullable(),
});

export const riskRecord = z.object({
  id: z.string(),
  documentId: z.string(),
  page: z.number().int().nullable(),
  bbox: bbox.nullable(),
  section: z.enum(["evaluation", "reported", "other"]),
  risk: z.string(),
  level: z.number().nullable(),
  measures: z.array(measureRecord),
});

export const statisticRecord = z.object({
  id: z.string(),
  documentId: z.string(),
  page: z.number().int().nullable(),
  bbox: bbox.nullable(),
  table: z.string(),
  row: z.string(),
  column: z.string(),
  value: z.number().nullable(),
  raw: z.string(),
  unit: z.string().nullable(),
});

export const findingRecord = z.object({
  id: z.string(),
  rule: z.string(),
  severity: z.enum(["error", "warning", "info"]),
  documentId: z.string().nullable(),
  page: z.number().int().nullable(),
  message: z.string(),
  refs: z.array(z.string()),
});

export const followUpRecord = z.object({
  kind: z.enum(["measure", "activity"]),
  fromDocumentId: z.string(),
  fromId: z.string(),
  fromText: z.string(),
  toDocumentId: z.string().nullable(),
  toId: z.string().nullable(),
  toText: z.string().nullable(),
  toStatus: z.string().nullable(),
  outcome: z.enum(["followed-up", "carried-over", "missing"]),
  score: z.number().min(0).max(1),
});

export const recordsFile = z.object({
  schemaVersion: z.literal(1),
  generatedAt: z.string(),
  documents: z.array(documentRecord),
  activities: z.array(activityRecord),
  risks: z.array(riskRecord),
  statistics: z.array(statisticRecord),
  findings: z.array(findingRecord),
  followUp: z.array(followUpRecord),
});

export const runLogFile = z.object({
  schemaVersion: z.literal(1),
  startedAt: z.string(),
  finishedAt: z.string(),
  inputFolder: z.string(),
  planpipeVersion: z.string(),
  files: z.array(
    z.object({
      file: z.string(),
      documentId: z.string().nullable(),
      status: z.enum(["ok", "warning", "failed"]),
      durationMs: z.number(),
      pageCount: z.number().int().nullable(),
      problems: z.array(problem),
    }),
  ),
  totals: z.object({
    files: z.number().int(),
    ok: z.number().int(),
    warning: z.number().int(),
    failed: z.number().int(),
    activities: z.number().int(),
    risks: z.number().int(),
    measures: z.number().int(),
    statistics: z.number().int(),
    findings: z.number().int(),
    durationMs: z.number(),
  }),
});

export type DocumentType = z.infer<typeof documentType>;
export type Problem = z.infer<typeof problem>;
export type DocumentRecord = z.infer<typeof documentRecord>;
export type ActivityRecord = z.infer<typeof activityRecord>;
export type MeasureRecord = z.infer<typeof measureRecord>;
export type RiskRecord = z.infer<typeof riskRecord>;
export type StatisticRecord = z.infer<typeof statisticRecord>;
export type FindingRecord = z.infer<typeof findingRecord>;
export type FollowUpRecord = z.infer<typeof followUpRecord>;
export type RecordsFile = z.infer<typeof recordsFile>;
export type RunLogFile = z.infer<typeof runLogFile>;

/** A heading or paragraph of running text, kept for rules that compare prose with tables. */
export interface ProseBlock {
  kind: "heading" | "paragraph";
  text: string;
  page: number | null;
  bbox: [number, number, number, number] | null;
}

/** What parsing one file yields, before checks and cross-document work. */
export interface FileRecords {
  document: DocumentRecord;
  activities: ActivityRecord[];
  risks: RiskRecord[];
  statistics: StatisticRecord[];
  /** The document's prose in reading order; not written to records.json. */
  prose?: ProseBlock[];
}
