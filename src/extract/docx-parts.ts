// Pure readers for the small package parts mammoth ignores: relationships, core properties and
// running headers/footers. Regex-based on purpose: these parts are tiny and flat, and a full XML
// parser would add a dependency for no gain.
import { cleanText, decodeXmlEntities } from "./docx-text.js";

export interface Relationship {
  type: string;
  target: string;
}

/** The relationships of a `.rels` part. */
export function parseRelationships(xml: string): Relationship[] {
  const rels: Relationship[] = [];
  for (const match of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const attrs = match[1] ?? "";
    const type = attributeValue(attrs, "Type");
    const target = attributeValue(attrs, "Target");
    if (type !== null && target !== null) rels.push({ type, target });
  }
  return rels;
}

/**
 * Package path of the part a package relationship of the given kind points at
 * (e.g. "officeDocument", "core-properties"), or null. Matches transitional and strict OOXML.
 */
export function packageTarget(relsXml: string, kind: string): string | null {
  const rel = parseRelationships(relsXml).find((r) => r.type.endsWith(`/${kind}`));
  if (!rel) return null;
  // Package-level targets are relative to the root; a leading slash means the same.
  return rel.target.replace(/^\/+/, "");
}

export interface CoreProperties {
  title: string | null;
  creator: string | null;
}

/** dc:title and dc:creator of docProps/core.xml; empty values become null. */
export function parseCoreProperties(xml: string): CoreProperties {
  return { title: elementText(xml, "dc:title"), creator: elementText(xml, "dc:creator") };
}

function elementText(xml: string, tag: string): string | null {
  const match = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(xml);
  if (!match) return null;
  const text = cleanText(decodeXmlEntities(match[1] ?? ""));
  return text === "" ? null : text;
}

function attributeValue(attrs: string, name: string): string | null {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  if (!match) return null;
  return decodeXmlEntities(match[1] ?? match[2] ?? "");
}

// Fields whose result changes from page to page; their cached value ("1", "12") is noise in a
// running header that stands for every page.
const PAGE_FIELD = /^\s*(PAGE|NUMPAGES|SECTIONPAGES)\b/i;
/** Stands for a removed page-number field until the paragraph is finished. */
const PAGE_MARK = "\uE000";
const PAGE_BOILERPLATE = /^(?:sida|sid|page|s\.)?\s*(?:av|of|\/)?\s*$/i;

/**
 * The text of a WordprocessingML part (header, footer), one string per non-empty paragraph,
 * whitespace collapsed. Page-number fields are left out.
 */
export function wordPartParagraphs(xml: string): string[] {
  const body = xml
    // Drawing fallbacks repeat the text of the text box they stand for.
    .replace(/<mc:Fallback\b[\s\S]*?<\/mc:Fallback>/g, "")
    .replace(
      /<w:fldSimple\b([^>]*)>([\s\S]*?)<\/w:fldSimple>/g,
      (_, attrs: string, inner: string) =>
        PAGE_FIELD.test(attributeValue(attrs, "w:instr") ?? "") ? `<w:t>${PAGE_MARK}</w:t>` : inner,
    );

  const paragraphs: string[] = [];
  let current = "";
  // One entry per complex field being read: its instruction and whether its result is shown.
  const fields: { instr: string; inResult: boolean }[] = [];
  const hidden = () => fields.some((f) => f.inResult && PAGE_FIELD.test(f.instr));

  const token =
    /<w:p[\s>/]|<\/w:p>|<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:instrText(?:\s[^>]*)?>([\s\S]*?)<\/w:instrText>|<w:fldChar\b[^>]*w:fldCharType="(\w+)"[^>]*>|<w:(?:tab|ptab|br|cr)\b[^>]*\/>/g;
  for (const match of body.matchAll(token)) {
    const tag = match[0];
    if (tag === "</w:p>" || /^<w:p[\s>/]/.test(tag)) {
      // Paragraph boundaries; a paragraph nested in a text box also ends the text before it.
      pushParagraph(paragraphs, current);
      current = "";
    } else if (match[1] !== undefined) {
      if (!hidden()) current += decodeXmlEntities(match[1]);
    } else if (match[2] !== undefined) {
      const field = fields.at(-1);
      if (field && !field.inResult) field.instr += decodeXmlEntities(match[2]);
    } else if (match[3] !== undefined) {
      if (match[3] === "begin") fields.push({ instr: "", inResult: false });
      else if (match[3] === "separate") {
        const field = fields.at(-1);
        if (field) field.inResult = true;
      } else if (match[3] === "end") {
        const field = fields.pop();
        if (field && PAGE_FIELD.test(field.instr) && !hidden()) current += PAGE_MARK;
      }
    } else {
      current += " ";
    }
  }
  pushParagraph(paragraphs, current);
  return paragraphs;
}

function pushParagraph(paragraphs: string[], raw: string): void {
  const text = raw.includes(PAGE_MARK) ? withoutPageNumbers(raw) : cleanText(raw);
  if (text !== "") paragraphs.push(text);
}

/**
 * The paragraph without its page-number fields and the punctuation that framed them
 * ("3 | Arbetsmiljörapport 2024" -> "Arbetsmiljörapport 2024"); "" when only boilerplate such
 * as "Sida 1 av 4" or "SID 1 (4)" remains.
 */
function withoutPageNumbers(raw: string): string {
  const text = cleanText(
    raw
      .replace(/\(\s*\uE000\s*\)/g, "")
      .replace(/\uE000/g, " ")
      .replace(/^[\s|/–—-]+|[\s|/–—-]+$/g, ""),
  );
  return PAGE_BOILERPLATE.test(text) ? "" : text;
}
