// One file to its records. Never throws: whatever goes wrong becomes a problem on a
// failed document, so one bad file costs one row, not the run.
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { ExtractError } from "../extract/errors.js";
import type { DocumentContent } from "../model/content.js";
import type { DocumentRecord, FileRecords, Problem, ProseBlock } from "../model/records.js";
import { buildRecords } from "../parse/records/index.js";
import { loadDocument } from "./load-content.js";
import { problem } from "./problems.js";

export interface FileResult {
  records: FileRecords;
  durationMs: number;
}

export interface ProcessOptions {
  /** Files larger than this are refused unread. */
  maxBytes: number;
}

export const DEFAULT_PROCESS_OPTIONS: ProcessOptions = { maxBytes: 200 * 1024 * 1024 };

export function documentId(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

function formatFromName(file: string): "pdf" | "docx" {
  return file.toLowerCase().endsWith(".pdf") ? "pdf" : "docx";
}

export function failedDocument(
  id: string,
  file: string,
  problems: Problem[],
  format: "pdf" | "docx" = formatFromName(file),
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

function emptyRecords(document: DocumentRecord): FileRecords {
  return { document, activities: [], risks: [], statistics: [] };
}

export async function processFile(
  root: string,
  file: string,
  options: ProcessOptions = DEFAULT_PROCESS_OPTIONS,
): Promise<FileResult> {
  const started = performance.now();
  const done = (records: FileRecords): FileResult => ({
    records,
    durationMs: Math.round(performance.now() - started),
  });
  const path = join(root, file);
  const size = (await stat(path)).size;
  if (size > options.maxBytes) {
    const id = createHash("sha256").update(`${file}:${size}`).digest("hex");
    return done(emptyRecords(failedDocument(id, file, [problem("too-large", `${size} byte`)])));
  }
  const bytes = new Uint8Array(await readFile(path));
  const id = documentId(bytes);
  try {
    const loaded = await loadDocument(bytes, file);
    const records: FileRecords = {
      ...buildRecords(loaded.content, { id, file, format: loaded.format }),
      prose: proseOf(loaded.content),
    };
    const problems = [...records.document.problems];
    if (loaded.extensionMismatch) problems.push(problem("wrong-extension", loaded.format));
    if (!hasText(loaded.content)) problems.push(problem("no-text"));
    const status = problems.length > 0 ? "warning" : records.document.status;
    return done({ ...records, document: { ...records.document, problems, status } });
  } catch (error) {
    const p =
      error instanceof ExtractError
        ? problem(error.code, error.message)
        : problem("parse-error", error instanceof Error ? error.message : String(error));
    return done(emptyRecords(failedDocument(id, file, [p])));
  }
}

function proseOf(content: DocumentContent): ProseBlock[] {
  return content.blocks.flatMap((b) =>
    b.kind === "table" ? [] : [{ kind: b.kind, text: b.text, page: b.page, bbox: b.bbox }],
  );
}

function hasText(content: { blocks: { kind: string; text?: string }[] }): boolean {
  return content.blocks.some((b) => b.kind === "table" || (b.text ?? "").trim().length > 0);
}
