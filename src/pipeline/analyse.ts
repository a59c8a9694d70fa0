// A document's analysis: what reading its bytes yields, before the file's path is known. It
// depends on the bytes alone, so it is computed in a reading process (analyse-document.ts) and
// cached by content hash (cache.ts); `finalise` adds what depends on where the file lies (its
// path, whether its extension fits). This module stays light (no pdf.js, no mammoth): the main
// process of a run needs it, the readers only run in the reading processes.
import { createHash } from "node:crypto";
import { ExtractError } from "../extract/errors.js";
import type { DocumentRecord, FileRecords, Problem } from "../model/records.js";
import { inLanguage, type ProblemLang, problem } from "./problems.js";
import { formatFromName, sniffFormat } from "./sniff.js";

export interface Analysis {
  /** The format the bytes are in; null when they are neither PDF nor an Office file. */
  format: "pdf" | "docx" | null;
  /** Records with an empty `document.file`; `finalise` fills it in. */
  records: FileRecords;
  /** The document opened but has no text layer (a scan). */
  noText: boolean;
}

export function documentId(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Problems that depend on the bytes and on nothing else: safe to cache by content. */
const DETERMINISTIC_FAILURES: ReadonlySet<string> = new Set([
  "empty",
  "corrupt",
  "encrypted",
  "unsupported",
]);

/**
 * Whether an analysis may be cached. Failures from limits (too-large), the time and memory
 * guards or unexpected errors are tried again on the next run.
 */
export function isCacheable(analysis: Analysis): boolean {
  const d = analysis.records.document;
  return d.status !== "failed" || d.problems.every((p) => DETERMINISTIC_FAILURES.has(p.code));
}

export function failedDocument(
  id: string,
  file: string,
  problems: Problem[],
  format: "pdf" | "docx",
): DocumentRecord {
  return {
    id,
    file,
    format,
    pageCount: null,
    type: "annat",
    title: null,
    organisation: null,
    year: null,
    reportDate: null,
    status: "failed",
    problems,
    renditionOf: null,
  };
}

/** An analysis for bytes that could not be read; the format comes from the bytes if known. */
export function failedAnalysis(bytes: Uint8Array | null, id: string, p: Problem): Analysis {
  const sniffed = bytes ? sniffFormat(bytes) : "unknown";
  const format = sniffed === "pdf" ? "pdf" : sniffed === "zip" || sniffed === "ole" ? "docx" : null;
  return {
    format,
    records: {
      document: failedDocument(id, "", [p], format ?? "pdf"),
      activities: [],
      risks: [],
      statistics: [],
    },
    noText: false,
  };
}

/** The id of a file refused unread: its bytes are never hashed. */
export function unreadId(file: string, size: number): string {
  return createHash("sha256").update(`${file}:${size}`).digest("hex");
}

/** An analysis for a file refused because of its size. */
export function tooLargeAnalysis(file: string, size: number): Analysis {
  return failedAnalysis(null, unreadId(file, size), problem("too-large", `${size} byte`));
}

/** Bytes that are no known format: a damaged PDF if the name says PDF, else not a document. */
export function unrecognisedBytesError(fileName: string): ExtractError {
  const byName = formatFromName(fileName) ?? "docx";
  return new ExtractError(
    byName === "pdf" ? "corrupt" : "unsupported",
    `not a ${byName === "pdf" ? "PDF" : "Word document"}: unrecognised bytes`,
  );
}

/**
 * What can be decided without reading the document: empty files and bytes that are no known
 * format. Their problem depends on the file name (a .pdf with junk is "corrupt", a .docx
 * "unsupported"), so they are never cached and never sent to a worker.
 */
export function triage(bytes: Uint8Array, id: string, file: string): Analysis | null {
  const sniffed = sniffFormat(bytes);
  if (sniffed === "empty") return failedAnalysis(bytes, id, problem("empty", "file is empty"));
  if (sniffed === "unknown") {
    const error = unrecognisedBytesError(file);
    return failedAnalysis(bytes, id, problem(error.code, error.message));
  }
  return null;
}

/**
 * The analysis as records of the file at `file`: path, format, name-dependent problems, and
 * problem messages in the run's language.
 */
export function finalise(analysis: Analysis, file: string, lang: ProblemLang = "sv"): FileRecords {
  const { records } = analysis;
  const byName = formatFromName(file);
  const format = analysis.format ?? byName ?? "pdf";
  const failed = records.document.status === "failed";
  const problems = records.document.problems.map((p) => inLanguage(p, lang));
  if (!failed && byName !== null && analysis.format !== null && byName !== analysis.format)
    problems.push(problem("wrong-extension", analysis.format, lang));
  if (!failed && analysis.noText) problems.push(problem("no-text", undefined, lang));
  const status = failed ? "failed" : problems.length > 0 ? "warning" : records.document.status;
  return { ...records, document: { ...records.document, file, format, problems, status } };
}
