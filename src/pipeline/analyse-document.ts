// Reading one document: bytes → layout → content → records. The expensive part of a run; it
// runs in the reading processes (worker.ts) and, for single files, in process (process-file.ts).
import { ExtractError } from "../extract/errors.js";
import type { DocumentContent } from "../model/content.js";
import type { FileRecords, ProseBlock } from "../model/records.js";
import { buildRecords } from "../parse/records/index.js";
import { type Analysis, failedAnalysis } from "./analyse.js";
import { type LoadLimits, loadContent } from "./load-content.js";
import { problem } from "./problems.js";

/** Reads and parses one document. Never throws: failures become a failed analysis. */
export async function analyseDocument(
  bytes: Uint8Array,
  id: string,
  limits: LoadLimits = {},
): Promise<Analysis> {
  try {
    const loaded = await loadContent(bytes, limits);
    const records: FileRecords = {
      ...buildRecords(loaded.content, { id, file: "", format: loaded.format }),
      prose: proseOf(loaded.content),
    };
    return { format: loaded.format, records, noText: !hasText(loaded.content) };
  } catch (error) {
    const p =
      error instanceof ExtractError
        ? problem(error.code, error.message)
        : problem("parse-error", error instanceof Error ? error.message : String(error));
    return failedAnalysis(bytes, id, p);
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
