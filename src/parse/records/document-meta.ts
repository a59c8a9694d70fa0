// What a document is: type, title, organisation, year and report date, from its opening
// lines, running headers/footers and headings.
import type { Block, DocumentContent } from "../../model/content.js";
import type { DocumentType } from "../../model/records.js";
import { parseIsoOrSwedishDate } from "../swedish/dates.js";
import { collapseWhitespace, removeSoftHyphens } from "../swedish/text.js";
import {
  DOCUMENT_TYPE_WORDS,
  GENERIC_ORGANISATION_WORDS,
  MIN_CONTENT_TYPE_MENTIONS,
  NOT_A_NAME,
  NOT_A_TITLE,
  ORGANISATION_NOUNS,
  ORGANISATION_SUFFIXES,
  PERIOD_LABELS,
  REPORT_DATE_LABELS,
  TITLE_CONTINUATION_WORDS,
  TYPE_WORD_ENDINGS,
} from "./vocabulary.js";

export interface DocumentMeta {
  type: DocumentType;
  title: string | null;
  organisation: string | null;
  year: number | null;
  reportDate: string | null;
  /** Blocks the title was read from; they are no section heading. */
  titleBlocks: number[];
}

/** Blocks looked at for the title and the front page. */
const FRONT_BLOCKS = 8;
const MAX_TITLE_WORDS = 16;
const MAX_TITLE_CHARS = 160;
/** Longer lines that are no title are prose; a title does not come after prose. */
const MAX_REFERENCE_WORDS = 8;
const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
const YEAR = /\b(19[5-9]\d|20\d\d)\b/;

// ---------------------------------------------------------------------------------- helpers

function clean(text: string): string {
  return collapseWhitespace(removeSoftHyphens(text));
}

function capitalise(word: string): string {
  return word.charAt(0).toLocaleUpperCase("sv-SE") + word.slice(1);
}

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 4 && letters === letters.toLocaleUpperCase("sv-SE");
}

/** Page numbers and separators around a running text ("3 | Rapport", "SID 2 (5)"). */
function stripPageNumbering(text: string): string {
  return clean(
    text
      .replace(/\b(?:sida|sid|page)\s*\d+\s*(?:\(\s*\d+\s*\)|av\s*\d+|\/\s*\d+)?/giu, " ")
      // Page numbers have at most three digits; four are a year.
      .replace(/^\s*\d{1,3}\s*(?:\(\s*\d{1,3}\s*\))?\s*[|–-]?\s+/u, " ")
      .replace(/\s+[|–-]?\s*\d{1,3}\s*(?:\(\s*\d{1,3}\s*\))?\s*$/u, " ")
      .replace(/^\s*[|–-]\s*|\s*[|–-]\s*$/gu, " "),
  );
}

/** Running texts as separate lines; DOCX header parts can run their paragraphs together. */
function runningLines(content: DocumentContent): string[] {
  const out: string[] = [];
  for (const text of content.runningTexts) {
    const split = text
      .split(/[\n\r\t]+/)
      // "…förvaltningenKommunikationsplan 2025": two paragraphs glued without a break.
      .flatMap((t) => t.split(/(?<=\p{Ll})(?=\p{Lu}\p{Ll})/u));
    for (const line of split) {
      const c = clean(line);
      if (c !== "") out.push(c);
    }
  }
  return out;
}

function isRunningText(text: string, running: readonly string[]): boolean {
  const t = stripPageNumbering(text).toLocaleLowerCase("sv-SE");
  if (t === "") return true;
  return running.some((r) => stripPageNumbering(r).toLocaleLowerCase("sv-SE") === t);
}

function textBlocks(
  content: DocumentContent,
): { block: Block & { text: string }; index: number }[] {
  const out: { block: Block & { text: string }; index: number }[] = [];
  content.blocks.forEach((block, index) => {
    if (block.kind !== "table" && clean(block.text) !== "") out.push({ block, index });
  });
  return out;
}

// ------------------------------------------------------------------------------------ title

function titleLike(text: string): boolean {
  const t = clean(text);
  if (t === "" || t.length > MAX_TITLE_CHARS) return false;
  if (t.split(" ").length > MAX_TITLE_WORDS) return false;
  if (NOT_A_TITLE.test(t)) return false;
  if (!/\p{L}{3}/u.test(t)) return false;
  // A sentence ends in a full stop; a title rarely does.
  return !/[.;:,]$/.test(t) || t.split(" ").length <= 4;
}

function endsWithContinuationWord(text: string): boolean {
  const last = clean(text).split(" ").pop()?.toLocaleLowerCase("sv-SE") ?? "";
  return TITLE_CONTINUATION_WORDS.has(last);
}

/** "KOMMUNIKATIONSPLAN" / "SERVICEFÖRVALTNINGEN 2012": the year closes a broken title. */
function allCapsTitleGoesOn(line: string, next: string): boolean {
  return isAllCaps(line) && isAllCaps(next) && !YEAR.test(line) && YEAR.test(next);
}

/** An all-caps title in ordinary case: first word and organisation names capitalised. */
function recase(title: string): string {
  let first = true;
  return title.replace(WORD, (word) => {
    const lower = word.toLocaleLowerCase("sv-SE");
    const isOrg = ORGANISATION_SUFFIXES.some(
      (s) => lower.endsWith(s.suffix) || lower.endsWith(`${s.suffix}s`),
    );
    const out =
      first || (isOrg && !GENERIC_ORGANISATION_WORDS.has(lower)) ? capitalise(lower) : lower;
    first = false;
    return out;
  });
}

/** A metadata title worth using: not a file name or a placeholder. */
function usableMetadataTitle(title: string | null): string | null {
  if (!title) return null;
  const t = clean(title);
  if (!titleLike(t)) return null;
  if (
    /\.(docx?|pdf|odt|rtf)$/iu.test(t) ||
    /^(microsoft word|untitled|namnlös|dokument\d*)\b/iu.test(t)
  )
    return null;
  return t;
}

function findTitle(content: DocumentContent): { title: string | null; blocks: number[] } {
  const running = runningLines(content);
  const metadata = usableMetadataTitle(content.metadataTitle);
  const front = textBlocks(content)
    .filter(({ index }) => {
      const firstTable = content.blocks.findIndex((b) => b.kind === "table");
      return firstTable < 0 || index < firstTable;
    })
    .slice(0, FRONT_BLOCKS);

  // Running header lines left in the text come before the title; skip them unless they name
  // the document ("Kommunikationsplan 2025" is often both the header and the title).
  const candidates = front
    .map((f) => {
      const text = clean(f.block.text);
      if (!isRunningText(text, running)) return { ...f, text, running: false };
      return { ...f, text: stripPageNumbering(text), running: true };
    })
    .filter((f) => !f.running || typeInText(f.text) !== null);

  for (let i = 0; i < Math.min(candidates.length, 3); i++) {
    const first = candidates[i]!;
    if (!titleLike(first.text)) {
      // Reference lines ("Dnr …", a date) may precede a title; prose may not.
      if (first.text.split(" ").length > MAX_REFERENCE_WORDS) break;
      continue;
    }
    const used = [first.index];
    let title = first.text;
    const next = candidates[i + 1];
    // A title broken over two lines ("KOMMUNIKATIONSPLAN FÖR" / "SERVICEFÖRVALTNINGEN 2012").
    if (
      next &&
      !next.running &&
      titleLike(next.text) &&
      next.block.kind === first.block.kind &&
      (endsWithContinuationWord(title) || allCapsTitleGoesOn(title, next.text))
    ) {
      title = `${title} ${next.text}`;
      used.push(next.index);
    }
    // The same title again right below its running-header copy.
    if (
      next &&
      first.running &&
      next.text.toLocaleLowerCase("sv-SE") === title.toLocaleLowerCase("sv-SE")
    )
      used.push(next.index);
    if (metadata && metadata.toLocaleLowerCase("sv-SE") === title.toLocaleLowerCase("sv-SE"))
      return { title: metadata, blocks: used };
    return { title: isAllCaps(title) ? recase(title) : title, blocks: used };
  }
  if (metadata) return { title: metadata, blocks: [] };
  const typed = running.find((r) => typeInText(stripPageNumbering(r)) !== null);
  return { title: typed ? stripPageNumbering(typed) : null, blocks: [] };
}

// ------------------------------------------------------------------------------------- type

/** Positions of type words in a text: each match's type and index. */
function typeMentions(text: string): { type: DocumentType; at: number }[] {
  const out: { type: DocumentType; at: number }[] = [];
  for (const m of text.toLocaleLowerCase("sv-SE").matchAll(WORD)) {
    const word = m[0];
    for (const { type, stems } of DOCUMENT_TYPE_WORDS) {
      const hit = stems.some((stem) =>
        TYPE_WORD_ENDINGS.some((ending) => word.endsWith(stem + ending)),
      );
      if (hit) {
        out.push({ type, at: m.index ?? 0 });
        break;
      }
    }
  }
  return out;
}

function typeInText(text: string): DocumentType | null {
  return typeMentions(text)[0]?.type ?? null;
}

function findType(content: DocumentContent, title: string | null): DocumentType {
  if (title) {
    const t = typeInText(title);
    if (t) return t;
  }
  for (const block of content.blocks) {
    if (block.kind !== "heading") continue;
    const t = typeInText(block.text);
    if (t) return t;
  }
  const counts = new Map<DocumentType, number>();
  for (const block of content.blocks) {
    if (block.kind !== "paragraph") continue;
    for (const { type } of typeMentions(block.text)) counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  let best: DocumentType = "annat";
  let bestCount = MIN_CONTENT_TYPE_MENTIONS - 1;
  // DOCUMENT_TYPE_WORDS order breaks ties.
  for (const { type } of DOCUMENT_TYPE_WORDS) {
    const n = counts.get(type) ?? 0;
    if (n > bestCount) {
      best = type;
      bestCount = n;
    }
  }
  return best;
}

// ----------------------------------------------------------------------------- organisation

interface OrgCandidate {
  name: string;
  rank: number;
  at: number;
}

const NAME = "\\p{Lu}[\\p{L}]*(?:-\\p{Lu}[\\p{L}]*)?";

const NOUN_PATTERN = new RegExp(
  `(?<![\\p{L}-])(${NAME})\\s+(${ORGANISATION_NOUNS.map((n) => n.noun).join("|")})(s)?(?![\\p{L}])`,
  "gu",
);

const SUFFIX_PATTERN = new RegExp(
  // "Serviceförvaltningen", "Vård- och omsorgsförvaltningen", genitive "…förvaltningens".
  `(?<![\\p{L}-])(\\p{Lu}\\p{L}*-\\s(?:och|eller)\\s\\p{Ll}+|\\p{Lu}\\p{L}*)(?<=${ORGANISATION_SUFFIXES.map((s) => s.suffix).join("|")})(s)?(?![\\p{L}])`,
  "gu",
);

/** Organisation names in a text, genitives in their base form ("Stockholms stads" → "Stockholms stad"). */
export function organisationsIn(text: string): OrgCandidate[] {
  const found: (OrgCandidate & { end: number })[] = [];
  for (const m of text.matchAll(NOUN_PATTERN)) {
    const name = m[1] ?? "";
    const noun = m[2] ?? "";
    const spec = ORGANISATION_NOUNS.find((n) => n.noun === noun);
    if (!spec) continue;
    const lowerName = name.toLocaleLowerCase("sv-SE");
    if (NOT_A_NAME.has(lowerName)) continue;
    if (spec.genitiveName && !/s$/u.test(name)) continue;
    if (ORGANISATION_NOUNS.some((n) => lowerName === n.noun || lowerName === `${n.noun}s`))
      continue;
    const at = m.index ?? 0;
    found.push({ name: `${name} ${noun}`, rank: spec.rank, at, end: at + m[0].length });
  }
  for (const m of text.matchAll(SUFFIX_PATTERN)) {
    const word = clean(m[1] ?? "");
    const lower = word.toLocaleLowerCase("sv-SE");
    if (GENERIC_ORGANISATION_WORDS.has(lower)) continue;
    const spec = ORGANISATION_SUFFIXES.find((s) => lower.endsWith(s.suffix));
    if (!spec) continue;
    const at = m.index ?? 0;
    const end = at + m[0].length;
    // "Kommunstyrelsens förvaltning" already covers "Kommunstyrelsen".
    if (found.some((f) => at < f.end && f.at < end)) continue;
    found.push({ name: word, rank: spec.rank, at, end });
  }
  return found.sort((a, b) => a.at - b.at).map(({ name, rank, at }) => ({ name, rank, at }));
}

/** The most specific organisation, the first one among equals. */
function bestOf(candidates: OrgCandidate[]): string | null {
  let best: OrgCandidate | null = null;
  for (const c of candidates) if (!best || c.rank > best.rank) best = c;
  return best?.name ?? null;
}

function findOrganisation(
  content: DocumentContent,
  title: string | null,
  titleBlocks: readonly number[],
): string | null {
  if (title) {
    const inTitle = bestOf(organisationsIn(title));
    if (inTitle) return inTitle;
  }
  const inRunning = bestOf(runningLines(content).flatMap((r) => organisationsIn(r)));
  if (inRunning) return inRunning;

  const blocks = textBlocks(content);
  const all = blocks.map(({ block, index }) => ({ index, found: organisationsIn(block.text) }));
  const counts = new Map<string, number>();
  for (const { found } of all)
    for (const c of found) counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
  const byRankThenCount = (list: OrgCandidate[]): string | null => {
    let best: OrgCandidate | null = null;
    const score = (c: OrgCandidate) => c.rank * 1000 + (counts.get(c.name) ?? 0);
    for (const c of list) if (!best || score(c) > score(best)) best = c;
    return best?.name ?? null;
  };

  // Named like the title ("Norrmalms kommunikationspolicy" → "Norrmalms stadsdelsförvaltning"),
  // wherever in the text: other organisations the document mentions are often its parents.
  const titleNames = new Set(
    (title?.match(/\p{Lu}\p{L}*/gu) ?? []).map((w) => w.toLocaleLowerCase("sv-SE")),
  );
  const namedLikeTitle = all
    .flatMap(({ found }) => found)
    .filter((c) => titleNames.has(c.name.split(" ")[0]?.toLocaleLowerCase("sv-SE") ?? ""));
  if (namedLikeTitle.length > 0) return byRankThenCount(namedLikeTitle);

  // The front page: between the title and the first heading after it (a subtitle such as
  // "Kommunstyrelsens förvaltning, Huddinge kommun").
  const firstHeading = blocks.find(
    ({ block, index }) => block.kind === "heading" && !titleBlocks.includes(index),
  )?.index;
  const front = all
    .filter(({ index }) => firstHeading === undefined || index <= firstHeading)
    .filter(({ index }) => {
      const page = content.blocks[index]?.page ?? null;
      return page === null || page === 1;
    })
    .slice(0, FRONT_BLOCKS);
  const inFront = bestOf(front.flatMap(({ found }) => found));
  if (inFront) return inFront;

  return byRankThenCount(all.flatMap(({ found }) => found));
}

// ------------------------------------------------------------------------------ year, date

function yearIn(text: string): number | null {
  const m = YEAR.exec(text);
  return m ? Number(m[1]) : null;
}

function findYear(content: DocumentContent, title: string | null): number | null {
  if (title) {
    const y = yearIn(title);
    if (y !== null) return y;
  }
  // A running text that names the document with its year ("KOMMUNIKATIONSPLAN 2012"); full
  // dates in running texts are print or revision dates, not the document's year.
  for (const line of runningLines(content)) {
    const withoutDates = line.replace(/\b\d{4}-\d{2}-\d{2}\b/g, " ");
    const y = yearIn(stripPageNumbering(withoutDates));
    if (y !== null && typeInText(line) !== null) return y;
  }
  for (const { block } of textBlocks(content).slice(0, FRONT_BLOCKS)) {
    const m = PERIOD_LABELS.exec(block.text);
    if (!m) continue;
    const y = yearIn(
      block.text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 40),
    );
    if (y !== null) return y;
  }
  return null;
}

const DATE_TEXT =
  /^(\d{4}-\d{2}-\d{2}|\d{1,2}\s+\p{L}+\s+\d{4}|\d{4}\.\d{2}\.\d{2}|\d{1,2}\/\d{1,2}\s+\d{4})/u;

function findReportDate(content: DocumentContent, titleBlocks: readonly number[]): string | null {
  const texts = [
    ...textBlocks(content)
      .slice(0, FRONT_BLOCKS + titleBlocks.length)
      .map(({ block }) => clean(block.text)),
    ...runningLines(content),
  ];
  for (const text of texts) {
    const label = new RegExp(REPORT_DATE_LABELS.source, "giu");
    for (const m of text.matchAll(label)) {
      const rest = text.slice((m.index ?? 0) + m[0].length);
      const date = DATE_TEXT.exec(rest);
      if (!date?.[1]) continue;
      const iso = parseIsoOrSwedishDate(date[1]);
      if (iso) return iso;
    }
  }
  return null;
}

// ------------------------------------------------------------------------------------ entry

export function documentMeta(content: DocumentContent): DocumentMeta {
  const { title, blocks } = findTitle(content);
  return {
    type: findType(content, title),
    title,
    organisation: findOrganisation(content, title, blocks),
    year: findYear(content, title),
    reportDate: findReportDate(content, blocks),
    titleBlocks: blocks,
  };
}
