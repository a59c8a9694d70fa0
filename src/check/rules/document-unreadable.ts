import { type DocumentRule, messagesFor } from "../rule.js";

/**
 * A file that could not be opened (corrupt, encrypted, truncated, not a document, stopped at
 * its time or memory limit): the pipeline marks every such document failed, whatever its
 * problem code, so the rule needs no list of codes that could drift from the pipeline's.
 */
export const documentUnreadable: DocumentRule = ({ document }, options) =>
  document.status !== "failed"
    ? []
    : [
        {
          rule: "document-unreadable",
          severity: "error",
          documentId: document.id,
          page: null,
          message: messagesFor(options).documentUnreadable({
            file: document.file,
            reason: document.problems[0]?.message ?? "",
          }),
          refs: [document.id],
        },
      ];
