// The words a document uses, counted, as evidence for joining text at line ends: if
// "vi-känslan" occurs unbroken somewhere, "vi-" + "känslan" keeps its hyphen; if
// "organisationskulturen" does, "organisations-" + "kulturen" loses it.
import type { PdfPage } from "../../extract/layout.js";

export type Vocabulary = ReadonlyMap<string, number>;

/** A token as the vocabulary keys it: lower case, without surrounding punctuation. */
export function vocabularyKey(token: string): string {
  return token
    .toLowerCase()
    .replace(/\u00ad/g, "")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
}

export function documentVocabulary(pages: readonly PdfPage[]): Vocabulary {
  const counts = new Map<string, number>();
  for (const page of pages)
    for (const item of page.items)
      for (const token of item.text.split(/\s+/)) {
        const key = vocabularyKey(token);
        if (key !== "") counts.set(key, (counts.get(key) ?? 0) + 1);
      }
  return counts;
}
