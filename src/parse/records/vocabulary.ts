// Swedish words the record parsers look for, as data. Extend these tables for other
// municipalities' wording rather than adding special cases in code.
import type { DocumentType } from "../../model/records.js";

/**
 * Document types and the words naming them. A word matches as a whole word or as the last
 * part of a compound ("kommunikationsprogrammet" → program), with Swedish inflections.
 * Earlier entries win where a text names two types equally early.
 */
export const DOCUMENT_TYPE_WORDS: readonly { type: DocumentType; stems: readonly string[] }[] = [
  { type: "kommunikationsplan", stems: ["kommunikationsplan", "informationsplan"] },
  {
    type: "arbetsmiljorapport",
    stems: ["arbetsmiljörapport", "arbetsmiljöredovisning", "arbetsmiljöuppföljning"],
  },
  { type: "policy", stems: ["policy", "riktlinje", "riktlinjer"] },
  { type: "program", stems: ["program", "strategi"] },
];

/** Endings a type word may carry (definite, plural, genitive). */
export const TYPE_WORD_ENDINGS: readonly string[] = [
  "",
  "s",
  "n",
  "ns",
  "en",
  "ens",
  "et",
  "ets",
  "er",
  "erna",
  "ernas",
  "r",
  "rna",
  "met",
  "mets",
  "men",
];

/** In body text a type must be named this often before it decides the document's type. */
export const MIN_CONTENT_TYPE_MENTIONS = 2;

/**
 * Nouns that name an organisation after a proper name: "Kommunstyrelsens förvaltning",
 * "Norrmalms stadsdelsförvaltning", "Huddinge kommun", "Stockholms stad". `genitiveName`:
 * the name before must be a genitive ("Kommunstyrelsens"), which keeps ordinary phrases
 * ("Hela förvaltning…") out. `rank`: more specific organisations (an administration) win over
 * the municipality they belong to.
 */
export const ORGANISATION_NOUNS: readonly { noun: string; genitiveName: boolean; rank: number }[] =
  [
    { noun: "stadsdelsförvaltning", genitiveName: true, rank: 2 },
    { noun: "förvaltning", genitiveName: true, rank: 2 },
    { noun: "stadsdelsnämnd", genitiveName: true, rank: 2 },
    { noun: "nämnd", genitiveName: true, rank: 2 },
    { noun: "kontor", genitiveName: true, rank: 2 },
    { noun: "bolag", genitiveName: true, rank: 2 },
    { noun: "kommun", genitiveName: false, rank: 1 },
    { noun: "stad", genitiveName: false, rank: 1 },
    { noun: "region", genitiveName: false, rank: 1 },
  ];

/** Endings of one-word organisation names: "Serviceförvaltningen", "Stadsledningskontoret". */
export const ORGANISATION_SUFFIXES: readonly { suffix: string; rank: number }[] = [
  { suffix: "förvaltningen", rank: 2 },
  { suffix: "nämnden", rank: 2 },
  { suffix: "kontoret", rank: 2 },
  { suffix: "styrelsen", rank: 2 },
  { suffix: "bolaget", rank: 2 },
];

/** One-word names that are generic, not an organisation's name. */
export const GENERIC_ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  "förvaltningen",
  "stadsdelsförvaltningen",
  "nämnden",
  "stadsdelsnämnden",
  "kontoret",
  "styrelsen",
  "bolaget",
  "ledningskontoret",
  "huvudkontoret",
]);

/** Words that start a sentence and so look like a proper name before "kommun"/"stad". */
export const NOT_A_NAME: ReadonlySet<string> = new Set([
  "den",
  "det",
  "denna",
  "detta",
  "en",
  "ett",
  "hela",
  "varje",
  "vår",
  "vårt",
  "våra",
  "alla",
  "i",
  "inom",
  "från",
  "för",
  "till",
  "med",
  "av",
  "om",
  "som",
  "när",
  "där",
  "vi",
  "egen",
  "annan",
  "ny",
  "nya",
  "stor",
  "liten",
]);

/** Words after which a title line continues on the next line ("KOMMUNIKATIONSPLAN FÖR"). */
export const TITLE_CONTINUATION_WORDS: ReadonlySet<string> = new Set([
  "för",
  "och",
  "i",
  "av",
  "om",
  "med",
  "till",
  "på",
  "inom",
  "samt",
  "vid",
  "mot",
  "–",
  "-",
]);

/** Lines at the top of a document that are not its title. */
export const NOT_A_TITLE =
  /^(dnr|diarienr|diarienummer|datum|sid|sida|page|bilaga|version|beslutad|fastställd|antagen|reviderad|dokumenttyp|ärende)(?!\p{L})/iu;

/** Words before the date a document was written or decided. */
export const REPORT_DATE_LABELS =
  /(?<!\p{L})(?:datum|daterad|rapportdatum|upprättad|fastställd|beslutad|antagen|godkänd)(?:\s+(?:den|av\s+[^\d:]{1,60}?))?\s*[:]?\s*/iu;

/** Words before a document's period in its opening lines. */
export const PERIOD_LABELS =
  /(?<!\p{L})(?:period|verksamhetsår|avser år|gäller för år|gäller för)(?!\p{L})/iu;

/** A caption above (or below) a table: "Tabell sjukfrånvaro", "Tabell 3: Övertid". */
export const CAPTION_PREFIX = /^(?:tabell|tab\.|table)(?:\s+\d+(?:\.\d+)*)?\s*[:.–-]?\s*/iu;

/** Paragraphs that name a section even when not styled as a heading: "Fokusområde 2: …". */
export const SECTION_LABEL =
  /^(?:fokusområde|målområde|insatsområde|område|avsnitt|tema|del)\s*\d*\s*[.:–-]/iu;

/** A numbered heading written as a paragraph: "3. Utvalda risker …", "2.1 Sjukfrånvaro". */
export const NUMBERED_HEADING = /^\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}[^.!?]*$/u;

/** Risk table sections: the heading above says which. Checked in this order. */
export const RISK_SECTION_WORDS: readonly {
  section: "evaluation" | "reported";
  pattern: RegExp;
}[] = [
  {
    section: "reported",
    pattern:
      /rapporteras vidare|rapporteras till|kommande år|nästa år|planerade åtgärder|nya åtgärder|utvalda risker/iu,
  },
  {
    section: "evaluation",
    pattern: /utvärdering|utvärdera|uppföljning|följs upp|föregående års|förra årets/iu,
  },
];

/** The label of an "Önskad effekt" sub-row under a measure. */
export const DESIRED_EFFECT_LABEL = /^(?:önskad|förväntad)e?\s+effekte?n?\s*[:.–-]?\s*/iu;

/** Headers and values that make a yes/no table, never statistics. */
export const YES_NO_HEADER = /^(?:ja\s*\/\s*nej|ja eller nej|nej\s*\/\s*ja)$/iu;
export const YES_NO_VALUES: ReadonlySet<string> = new Set([
  "ja",
  "nej",
  "delvis",
  "ej aktuellt",
  "vet ej",
  "x",
]);

/** A table about money is a budget, not key figures. */
export const MONEY_WORDS =
  /(?<!\p{L})(?:(?:budget|kostnad|belopp|utgift|intäkt|anslag)\p{L}*|kronor|kr|tkr|mkr|mnkr|sek|pris|priser)(?!\p{L})/iu;
export const MONEY_UNITS: ReadonlySet<string> = new Set([
  "kr",
  "kronor",
  "tkr",
  "mkr",
  "mnkr",
  "sek",
  ":-",
]);

/** Share of a value column's filled cells that must be figures for a key-figure table. */
export const MIN_NUMERIC_SHARE = 0.6;
