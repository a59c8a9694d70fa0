// The words a document uses, counted, as evidence for joining text at line ends: if
// "vi-känslan" occurs unbroken somewhere, "vi-" + "känslan" keeps its hyphen; if
// "organisationskulturen" does, "organisations-" + "kulturen" loses it.
import type { PdfPage } from "../../extract/layout.js";

export type Vocabulary = ReadonlyMap<string, number>;

/** A token as the vocabulary keys it: lower case, without surrounding punctuation. */
export function vocabularyKey(token: string): string {
  let key = token.toLowerCase();
  if (key.includes("\u00ad")) key = key.replace(/\u00ad/g, "");
  // Most tokens are plain words: with a letter or digit at both ends there is nothing to trim.
  if (
    key === "" ||
    (isPlainAlnum(key.charCodeAt(0)) && isPlainAlnum(key.charCodeAt(key.length - 1)))
  )
    return key;
  return key.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
}

/** ASCII letters and digits and the Latin-1/Latin Extended-A letters (å, ä, ö, é, ...). */
function isPlainAlnum(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 0xc0 && code <= 0x17f && code !== 0xd7 && code !== 0xf7)
  );
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
