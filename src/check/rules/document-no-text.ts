import { type DocumentRule, messagesFor } from "../rule.js";

/** A document without a text layer (a scan): it opened, but nothing in it could be read. */
export const documentNoText: DocumentRule = ({ document }, options) =>
  document.problems.some((p) => p.code === "no-text")
    ? [
        {
          rule: "document-no-text",
          severity: "error",
          documentId: document.id,
          page: null,
          message: messagesFor(options).documentNoText({ file: document.file }),
          refs: [document.id],
        },
      ]
    : [];
