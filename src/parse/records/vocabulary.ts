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
    stems: [
      "arbetsmiljörapport",
      "arbetsmiljöredovisning",
      "arbetsmiljöuppföljning",
      "arbetsmiljöbokslut",
      "arbetsmiljöredogörelse",
    ],
  },
  // Guidelines and instructions steer how to communicate, like a policy.
  { type: "policy", stems: ["policy", "riktlinje", "riktlinjer", "kommunikationsanvisning"] },
  // A strategy is a long-term steering document: the programme type (decided in docs/parsing.md).
  { type: "program", stems: ["program", "strategi"] },
];

const COMMUNICATION =
  "(?:(?:den\\s+)?(?:intern|extern|interna|externa)(?:\\s+och\\s+(?:intern|extern|interna|externa))?\\s+)?(?:kommunikation|information)(?:en|s\\p{L}*)?";

/**
 * Multi-word names of a type, read before the single words: "Handlingsplan för kommunikation",
 * "Riktlinjer för extern kommunikation", "Redovisning av det systematiska arbetsmiljöarbetet".
 */
export const DOCUMENT_TYPE_PHRASES: readonly { type: DocumentType; pattern: RegExp }[] = [
  {
    type: "kommunikationsplan",
    pattern: new RegExp(
      `(?<!\\p{L})(?:handlings|aktivitets|års|åtgärds)?plan(?:en)?\\s+(?:för\\s+)?${COMMUNICATION}(?!\\p{L})`,
      "iu",
    ),
  },
  {
    type: "policy",
    pattern: new RegExp(
      `(?<!\\p{L})(?:riktlinje(?:r|rna)?|anvisning(?:ar|en|arna)?|policy(?:n)?|regler)\\s+för\\s+${COMMUNICATION}(?!\\p{L})`,
      "iu",
    ),
  },
  {
    type: "program",
    pattern: new RegExp(
      `(?<!\\p{L})(?:strategi(?:n)?|program(?:met)?)\\s+för\\s+${COMMUNICATION}(?!\\p{L})`,
      "iu",
    ),
  },
  {
    type: "arbetsmiljorapport",
    pattern:
      /(?<!\p{L})(?:redovisning|uppföljning|rapport|bokslut|utvärdering)\s+(?:(?:av|om|för)\s+)?(?:det\s+|årets\s+)?(?:systematiska?\s+)?(?:arbetsmiljö(?:arbete(?:t)?)?|sam)(?!\p{L})/iu,
  },
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

/** Nouns written before the name: "Region Dalarna". */
export const ORGANISATION_PREFIX_NOUNS: readonly { noun: string; rank: number }[] = [
  { noun: "Region", rank: 1 },
  { noun: "Landstinget", rank: 1 },
];

/** Nouns naming an organisation by what it does: "Förvaltningen för funktionsstöd". */
export const ORGANISATION_FOR_NOUNS: readonly string[] = ["Förvaltningen", "Nämnden", "Kontoret"];

/** Company forms written after a company's name: "Norrvik Bostäder AB". */
export const COMPANY_FORMS: readonly string[] = ["AB", "Aktiebolag", "AB \\(publ\\)"];
export const COMPANY_RANK = 2;

/**
 * Definite nouns after an adjective that make an organisation's name: "Tekniska nämnden",
 * "Sociala resursförvaltningen".
 */
export const DEFINITE_ORGANISATION_NOUNS: readonly string[] = [
  "förvaltningen",
  "nämnden",
  "kontoret",
  "styrelsen",
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
  "andra",
  "samma",
  "egna",
  "gamla",
  "övriga",
  "berörda",
  "respektive",
  "olika",
  "hela",
  "ansvariga",
  "aktuella",
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

/**
 * Words before the date a document was written or decided; up to a few words may stand between
 * ("Antagen av tekniska nämnden 2022-11-16").
 */
export const REPORT_DATE_LABELS =
  /(?<!\p{L})(?:datum|daterad|rapportdatum|upprättad|fastställd|fastställt|beslutad|beslutat|antagen|antaget|godkänd|godkänt|reviderad|reviderat)(?!\p{L})[^\d\n.;]{0,60}?/iu;

/**
 * A document's period in its opening lines: a label, a few filler words, the first year
 * ("Period: 2024–2026", "Riktlinjerna gäller 2023–2026", "avser verksamhetsåret 2024").
 */
export const PERIOD_STATEMENT =
  /(?<!\p{L})(?:period(?:en)?|verksamhetsår(?:et)?|avser|gäller|giltig(?:hetstid)?|giltighetsperiod)\s*:?\s+(?:(?:för|år|åren|från|och|med|fr\.o\.m\.|from|under|perioden|tiden|verksamhetsåret|budgetåret|kalenderåret)\s+){0,4}((?:19|20)\d\d)(?!\d)/iu;

/** A caption above (or below) a table: "Tabell sjukfrånvaro", "Tabell 3: Övertid". */
export const CAPTION_PREFIX = /^(?:tabell|tab\.|table)(?:\s+\d+(?:\.\d+)*)?\s*[:.–-]?\s*/iu;

/**
 * Paragraphs that name a section even when not styled as a heading: "Fokusområde 2: …",
 * "Fokusområde 2 Stärka …", "Tema: …", "Mål 1: …" (goals only numbered: "Mål: …" is prose).
 */
export const SECTION_LABEL =
  /^(?:(?:fokusområde|målområde|insatsområde|utvecklingsområde|prioriterat område|strategiskt område|område|avsnitt|tema)(?:\s*\d+(?:\.\d+)*\s*[.:–-]?\s+\p{L}|\s*[.:–-])|(?:delmål|mål|del|spår|perspektiv)\s*\d+(?:\.\d+)*\s*[.:–-]?\s+\p{L})/iu;

/** A numbered heading written as a paragraph: "3. Utvalda risker …", "2.1 Sjukfrånvaro". */
export const NUMBERED_HEADING = /^\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}[^.!?]*$/u;

/** Risk table sections: the heading above says which; the earliest wording in it decides. */
export const RISK_SECTION_WORDS: readonly {
  section: "evaluation" | "reported";
  pattern: RegExp;
}[] = [
  {
    section: "reported",
    pattern:
      /rapporteras vidare|rapporteras till|lyfts vidare|lyfts till|kommande år|kommande period|nästa år|planerade åtgärder|nya åtgärder|nya risker|utvalda risker|åtgärder inför|risker inför|(?<!\p{L})inför\s+(?:19|20)\d\d/iu,
  },
  {
    section: "evaluation",
    pattern:
      /utvärdering|utvärdera|uppföljning|följs upp|följa upp|föregående års|förra årets|fjolårets|genomförda åtgärder|vidtagna åtgärder|bedömning av åtgärder/iu,
  },
];

/** The label of an "Önskad effekt" sub-row under a measure ("Förväntat resultat:", "Effekt:"). */
export const DESIRED_EFFECT_LABEL =
  /^(?:(?:(?:önskad|förväntad)e?\s+effekte?n?|(?:önskat|förväntat)\s+resultat)(?!\p{L})\s*[:.–-]?|effekt(?:mål)?\s*(?::|$))\s*/iu;

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

/** The label of a total row: "Summa", "Totalt", "Total kostnad". */
export const TOTAL_ROW_LABEL = /^(?:summa|totalt?|total\s+\p{L}+|sammanlagt)\s*:?$/iu;

/** Share of a value column's filled cells that must be figures for a key-figure table. */
export const MIN_NUMERIC_SHARE = 0.6;
