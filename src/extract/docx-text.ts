// Text normalisation shared by the DOCX extractors: what counts as "the same text" in a cell,
// a heading or a running header.

/** Collapse whitespace, drop soft hyphens and zero-width characters, trim. */
export function cleanText(raw: string): string {
  return (
    raw
      // Soft hyphens are invisible unless the line breaks there; zero-width marks never show.
      .replace(/\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/g, "")
      // Word's non-breaking hyphen (mammoth emits U+2011) reads as an ordinary hyphen.
      .replace(/\u2011/g, "-")
      .replace(/\s+/g, " ")
      .trim()
  );
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/** Decode the five XML entities and numeric character references. */
export function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body.startsWith("#x") || body.startsWith("#X")) {
      return fromCodePoint(Number.parseInt(body.slice(2), 16)) ?? whole;
    }
    if (body.startsWith("#")) return fromCodePoint(Number.parseInt(body.slice(1), 10)) ?? whole;
    return NAMED_ENTITIES[body] ?? whole;
  });
}

function fromCodePoint(code: number): string | null {
  return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
}
