import type { DocumentRule } from "../rule.js";

/** A document without a text layer (a scan): it opened, but nothing in it could be read. */
export const documentNoText: DocumentRule = ({ document }) =>
  document.problems.some((p) => p.code === "no-text")
    ? [
        {
          rule: "document-no-text",
          severity: "error",
          documentId: document.id,
          page: null,
          message: `${document.file} saknar textlager (troligen skannat); inget innehåll kunde läsas.`,
          refs: [document.id],
        },
      ]
    : [];
