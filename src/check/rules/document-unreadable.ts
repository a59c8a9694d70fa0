import { type DocumentRule, messagesFor } from "../rule.js";

/** Problem codes the pipeline gives a file it could not open at all. */
export const UNREADABLE_CODES: ReadonlySet<string> = new Set([
  "empty",
  "corrupt",
  "encrypted",
  "unsupported",
  "too-large",
  "parse-error",
  "timeout",
  "out-of-memory",
  "io-error",
]);

/**
 * A file that could not be opened (corrupt, encrypted, truncated, not a document, stopped at
 * its time or memory limit): every failed document, whatever its problem code.
 */
export const documentUnreadable: DocumentRule = ({ document }, options) =>
  document.problems
    .filter((p) => UNREADABLE_CODES.has(p.code) || document.status === "failed")
    .slice(0, 1)
    .map((p) => ({
      rule: "document-unreadable",
      severity: "error" as const,
      documentId: document.id,
      page: null,
      message: messagesFor(options).documentUnreadable({ file: document.file, reason: p.message }),
      refs: [document.id],
    }));
