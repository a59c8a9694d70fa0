// What a document is: type, title, organisation, year and report date, from its opening
// lines, running headers/footers and headings.
import type { Block, DocumentContent } from "../../model/content.js";
import type { DocumentType } from "../../model/records.js";
import { parseIsoOrSwedishDate } from "../swedish/dates.js";
import { collapseWhitespace, removeSoftHyphens } from "../swedish/text.js";
import {
  COMPANY_FORMS,
  COMPANY_RANK,
  DEFINITE_ORGANISATION_NOUNS,
  DOCUMENT_TYPE_PHRASES,
  DOCUMENT_TYPE_WORDS,
  GENERIC_ORGANISATION_WORDS,
  MIN_CONTENT_TYPE_MENTIONS,
  NOT_A_NAME,
  NOT_A_TITLE,
  ORGANISATION_FOR_NOUNS,
  ORGANISATION_NOUNS,
  ORGANISATION_PREFIX_NOUNS,
  ORGANISATION_SUFFIXES,
  PERIOD_STATEMENT,
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

/** The form isRunningText compares: without page numbering, lower case. */
function runningKey(text: string): string {
  return stripPageNumbering(text).toLocaleLowerCase("sv-SE");
}

/** `runningKeys`: runningKey of every running line. */
function isRunningText(text: string, runningKeys: ReadonlySet<string>): boolean {
  const t = runningKey(text);
  return t === "" || runningKeys.has(t);
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

/** What every finder reads, worked out once per document. */
interface MetaInput {
  content: DocumentContent;
  /** runningLines(content) */
  running: string[];
  /** textBlocks(content) */
  blocks: { block: Block & { text: string }; index: number }[];
}

function findTitle({ content, running, blocks }: MetaInput): {
  title: string | null;
  blocks: number[];
} {
  const metadata = usableMetadataTitle(content.metadataTitle);
  const firstTable = content.blocks.findIndex((b) => b.kind === "table");
  const runningKeys = new Set(running.map(runningKey));
  const front = blocks
    .filter(({ index }) => firstTable < 0 || index < firstTable)
    .slice(0, FRONT_BLOCKS);

  // Running header lines left in the text come before the title; skip them unless they name
  // the document ("Kommunikationsplan 2025" is often both the header and the title).
  const candidates = front
    .map((f) => {
      const text = clean(f.block.text);
      if (!isRunningText(text, runningKeys)) return { ...f, text, running: false };
      return { ...f, text: stripPageNumbering(text), running: true };
    })
    .filter((f) => !f.running || typeInText(f.text) !== null);

  const searched = Math.min(candidates.length, 3);
  // A sender line above the title ("Region Dalarna", a one-page PDF's running header that could
  // not be told by repetition) is no title when a title-like line follows.
  const titleLater = (i: number) =>
    candidates.slice(i + 1, searched).some((c) => titleLike(c.text) && !isOrganisationLine(c.text));
  for (let i = 0; i < searched; i++) {
    const first = candidates[i]!;
    if (!titleLike(first.text)) {
      // Reference lines ("Dnr …", a date) may precede a title; prose may not.
      if (first.text.split(" ").length > MAX_REFERENCE_WORDS) break;
      continue;
    }
    if (isOrganisationLine(first.text) && titleLater(i)) continue;
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

/**
 * Positions of type names in a text: each match's type and index. A phrase ("Handlingsplan
 * för kommunikation") stands for the words it is made of.
 */
function typeMentions(text: string): { type: DocumentType; at: number }[] {
  const out: { type: DocumentType; at: number }[] = [];
  const lower = text.toLocaleLowerCase("sv-SE");
  const taken: [number, number][] = [];
  for (const { type, pattern } of TYPE_PHRASE_PATTERNS) {
    for (const m of lower.matchAll(pattern)) {
      const at = m.index ?? 0;
      out.push({ type, at });
      taken.push([at, at + m[0].length]);
    }
  }
  // A type word contains its stem: most texts contain none, and need no word-by-word look.
  if (!TYPE_STEMS.some((stem) => lower.includes(stem))) return out.sort((a, b) => a.at - b.at);
  for (const m of lower.matchAll(WORD)) {
    const at = m.index ?? 0;
    if (taken.some(([a, b]) => at >= a && at < b)) continue;
    const word = m[0];
    for (const { type, stems } of DOCUMENT_TYPE_WORDS) {
      const hit = stems.some((stem) =>
        TYPE_WORD_ENDINGS.some((ending) => word.endsWith(stem + ending)),
      );
      if (hit) {
        out.push({ type, at });
        break;
      }
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Global copies of the phrase patterns, compiled once (matchAll clones them: no shared state). */
const TYPE_PHRASE_PATTERNS = DOCUMENT_TYPE_PHRASES.map(({ type, pattern }) => ({
  type,
  pattern: new RegExp(pattern.source, "giu"),
}));
const TYPE_STEMS: readonly string[] = DOCUMENT_TYPE_WORDS.flatMap(({ stems }) => stems);

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

const PREFIX_PATTERN = new RegExp(
  `(?<![\\p{L}-])(${ORGANISATION_PREFIX_NOUNS.map((n) => n.noun).join("|")})\\s+(\\p{Lu}[\\p{L}-]*)(?:\\s+(län))?(?![\\p{L}])`,
  "gu",
);

const COMPANY_PATTERN = new RegExp(
  // "Norrvik Bostäder AB", "Stockholm Vatten och Avfall AB": capitalised words, "och"/"&" between.
  `(?<![\\p{L}-])(\\p{Lu}[\\p{L}.-]*(?:\\s+(?:och|&|\\p{Lu}[\\p{L}.-]*)){0,4})\\s+(${COMPANY_FORMS.join("|")})(?![\\p{L}])`,
  "gu",
);

const COMPANY_FIRST_PATTERN =
  /(?<![\p{L}-])AB\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})(?![\p{L}])/gu;

const FOR_PATTERN = new RegExp(
  `(?<![\\p{L}-])(${ORGANISATION_FOR_NOUNS.join("|")})\\s+för\\s+(\\p{Ll}+(?:\\s+(?:och|&)\\s+\\p{Ll}+)?)(?![\\p{L}])`,
  "gu",
);

const DEFINITE_PATTERN = new RegExp(
  // "Tekniska nämnden", "Sociala resursförvaltningens": a capitalised adjective in -a, then a noun.
  `(?<![\\p{L}-])(\\p{Lu}\\p{Ll}+a)\\s+(\\p{Ll}*(?:${DEFINITE_ORGANISATION_NOUNS.join("|")}))(s)?(?![\\p{L}])`,
  "gu",
);

/** Organisation names in a text, genitives in their base form ("Stockholms stads" → "Stockholms stad"). */
export function organisationsIn(text: string): OrgCandidate[] {
  return organisationSpans(text).map(({ name, rank, at }) => ({ name, rank, at }));
}

/** A line that only names organisations ("Region Dalarna", "Socialförvaltningen, X kommun"). */
export function isOrganisationLine(text: string): boolean {
  const spans = organisationSpans(text);
  if (spans.length === 0) return false;
  let rest = text;
  for (const s of spans) rest = rest.slice(0, s.at) + " ".repeat(s.end - s.at) + rest.slice(s.end);
  return !/\p{L}{2}/u.test(rest);
}

/**
 * Words each pattern cannot match without (the patterns are case-sensitive): a text that has
 * none of them skips the pattern, which most texts do.
 */
const REQUIRED_WORDS = {
  company: ["AB", "Aktiebolag"],
  for: ["för"],
  prefix: ORGANISATION_PREFIX_NOUNS.map((n) => n.noun),
  definite: DEFINITE_ORGANISATION_NOUNS,
  noun: ORGANISATION_NOUNS.map((n) => n.noun),
  suffix: ORGANISATION_SUFFIXES.map((s) => s.suffix),
};

function hasAny(text: string, words: readonly string[]): boolean {
  return words.some((w) => text.includes(w));
}

function organisationSpans(text: string): (OrgCandidate & { end: number })[] {
  const found: (OrgCandidate & { end: number })[] = [];
  const overlaps = (at: number, end: number) => found.some((f) => at < f.end && f.at < end);
  const none: Iterable<RegExpMatchArray> = [];
  const matches = (pattern: RegExp, words: readonly string[]) =>
    hasAny(text, words) ? text.matchAll(pattern) : none;
  for (const m of matches(COMPANY_PATTERN, REQUIRED_WORDS.company)) {
    // Leading sentence words are no part of the name ("Av Norrvik Bostäder AB").
    const words = (m[1] ?? "").split(/\s+/);
    let skip = 0;
    while (skip < words.length - 1 && NOT_A_NAME.has(words[skip]?.toLocaleLowerCase("sv-SE") ?? ""))
      skip++;
    const name = words.slice(skip).join(" ");
    const at = (m.index ?? 0) + m[0].indexOf(name);
    found.push({
      name: `${name} ${m[2]}`,
      rank: COMPANY_RANK,
      at,
      end: (m.index ?? 0) + m[0].length,
    });
  }
  for (const m of matches(COMPANY_FIRST_PATTERN, REQUIRED_WORDS.company)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    if (!overlaps(at, end)) found.push({ name: m[0], rank: COMPANY_RANK, at, end });
  }
  for (const m of matches(FOR_PATTERN, REQUIRED_WORDS.for)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    if (!overlaps(at, end)) found.push({ name: m[0], rank: 2, at, end });
  }
  for (const m of matches(PREFIX_PATTERN, REQUIRED_WORDS.prefix)) {
    const spec = ORGANISATION_PREFIX_NOUNS.find((n) => n.noun === m[1]);
    const at = m.index ?? 0;
    const end = at + m[0].length;
    if (!spec || overlaps(at, end)) continue;
    // "Region Jönköpings län" is the name; "Region Dalarnas plan" is a genitive.
    const place = m[3] ? `${m[2]} ${m[3]}` : (m[2] ?? "").replace(/(?<=\p{L}{3})s$/u, "");
    found.push({ name: `${spec.noun} ${place}`, rank: spec.rank, at, end });
  }
  for (const m of matches(DEFINITE_PATTERN, REQUIRED_WORDS.definite)) {
    const adjective = m[1] ?? "";
    const at = m.index ?? 0;
    const end = at + m[0].length;
    if (NOT_A_NAME.has(adjective.toLocaleLowerCase("sv-SE")) || overlaps(at, end)) continue;
    found.push({ name: `${adjective} ${m[2]}`, rank: 2, at, end });
  }
  for (const m of matches(NOUN_PATTERN, REQUIRED_WORDS.noun)) {
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
    if (overlaps(at, at + m[0].length)) continue;
    found.push({ name: `${name} ${noun}`, rank: spec.rank, at, end: at + m[0].length });
  }
  for (const m of matches(SUFFIX_PATTERN, REQUIRED_WORDS.suffix)) {
    const word = clean(m[1] ?? "");
    const lower = word.toLocaleLowerCase("sv-SE");
    if (GENERIC_ORGANISATION_WORDS.has(lower)) continue;
    const spec = ORGANISATION_SUFFIXES.find((s) => lower.endsWith(s.suffix));
    if (!spec) continue;
    const at = m.index ?? 0;
    const end = at + m[0].length;
    // "Kommunstyrelsens förvaltning" already covers "Kommunstyrelsen".
    if (overlaps(at, end)) continue;
    found.push({ name: word, rank: spec.rank, at, end });
  }
  return found.sort((a, b) => a.at - b.at);
}

/** The most specific organisation, the first one among equals. */
function bestOf(candidates: OrgCandidate[]): string | null {
  let best: OrgCandidate | null = null;
  for (const c of candidates) if (!best || c.rank > best.rank) best = c;
  return best?.name ?? null;
}

function findOrganisation(
  { content, running, blocks }: MetaInput,
  title: string | null,
  titleBlocks: readonly number[],
): string | null {
  if (title) {
    const inTitle = bestOf(organisationsIn(title));
    if (inTitle) return inTitle;
  }
  const inRunning = bestOf(running.flatMap((r) => organisationsIn(r)));
  if (inRunning) return inRunning;

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

function findYear({ running, blocks }: MetaInput, title: string | null): number | null {
  if (title) {
    const y = yearIn(title);
    if (y !== null) return y;
  }
  // A running text that names the document with its year ("KOMMUNIKATIONSPLAN 2012"); full
  // dates in running texts are print or revision dates, not the document's year.
  for (const line of running) {
    const withoutDates = line.replace(/\b\d{4}-\d{2}-\d{2}\b/g, " ");
    const y = yearIn(stripPageNumbering(withoutDates));
    if (y !== null && typeInText(line) !== null) return y;
  }
  for (const { block } of blocks.slice(0, FRONT_BLOCKS)) {
    const m = PERIOD_STATEMENT.exec(clean(block.text));
    if (m?.[1]) return Number(m[1]);
  }
  return null;
}

const DATE_TEXT =
  /^(\d{4}-\d{2}-\d{2}|\d{1,2}\s+\p{L}+\s+\d{4}|\d{4}\.\d{2}\.\d{2}|\d{1,2}\/\d{1,2}\s+\d{4})/u;

/** A labelled date ("Antagen av nämnden 2022-11-16"); global, used with matchAll only. */
const LABELLED_DATE = new RegExp(
  `${REPORT_DATE_LABELS.source}(?:den\\s+)?[:]?\\s*${DATE_TEXT.source.replace(/^\^/, "")}`,
  "giu",
);

function findReportDate(
  { running, blocks }: MetaInput,
  titleBlocks: readonly number[],
): string | null {
  const texts = [
    ...blocks.slice(0, FRONT_BLOCKS + titleBlocks.length).map(({ block }) => clean(block.text)),
    ...running,
  ];
  for (const text of texts) {
    for (const m of text.matchAll(LABELLED_DATE)) {
      const iso = m[1] ? parseIsoOrSwedishDate(m[1]) : null;
      if (iso) return iso;
    }
  }
  // A front-page line that is only a full date ("2025-01-15", "15 januari 2025") dates the
  // document; in a running text it is more often the print date.
  for (const text of texts.slice(0, texts.length - running.length)) {
    const m = DATE_TEXT.exec(text);
    if (m?.[1] && m[0].length === text.replace(/[.,]$/, "").length) {
      const iso = parseIsoOrSwedishDate(m[1]);
      if (iso) return iso;
    }
  }
  return null;
}

// ------------------------------------------------------------------------------------ entry

export function documentMeta(content: DocumentContent): DocumentMeta {
  const input: MetaInput = { content, running: runningLines(content), blocks: textBlocks(content) };
  const { title, blocks } = findTitle(input);
  return {
    type: findType(content, title),
    title,
    organisation: findOrganisation(input, title, blocks),
    year: findYear(input, title),
    reportDate: findReportDate(input, blocks),
    titleBlocks: blocks,
  };
}
