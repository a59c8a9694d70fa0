import type { DocumentRule } from "../rule.js";

const UNREADABLE = new Set([
  "empty",
  "corrupt",
  "encrypted",
  "unsupported",
  "too-large",
  "parse-error",
]);

/** A file that could not be opened at all. */
export const documentUnreadable: DocumentRule = ({ document }) =>
  document.problems
    .filter((p) => UNREADABLE.has(p.code))
    .slice(0, 1)
    .map((p) => ({
      rule: "document-unreadable",
      severity: "error" as const,
      documentId: document.id,
      page: null,
      message: `${document.file} kunde inte läsas: ${p.message}`,
      refs: [document.id],
    }));
