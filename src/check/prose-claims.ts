// Figures stated in running text, read as claims about a key-figure table: "Den totala
// sjukfrånvaron för 2023 var 4,2 procent, vilket är en minskning med 0,2 procentenheter".
// Each figure gets what it is about (sick leave of women, the short-term part …), which year
// or whether it is a change, and how sure the reading of the year is. Built to stay silent
// when unsure: figures about the municipality as a whole, pandemic years, targets and
// forecasts are not claims about the document's own table.
import type { ProseBlock } from "../model/records.js";
import { parseSwedishNumber } from "../parse/swedish/numbers.js";
import { collapseWhitespace, removeSoftHyphens, tokensForMatch } from "../parse/swedish/text.js";

export type Gender = "kvinna" | "man" | "both";
export type Duration = "kort" | "lang" | "both";

/** What a row, column or phrase is about, beyond its subject words. */
export interface Qualifiers {
  gender: Gender | null;
  duration: Duration | null;
  total: boolean;
}

export type ClaimTime = { kind: "year"; year: number } | { kind: "current" } | { kind: "previous" };

export type UnitClass = "percent" | "points" | "hours" | "count" | "none";

export interface Claim {
  value: number;
  decimals: number;
  /** As written in the text: "4,2 procent". */
  text: string;
  kind: "level" | "change";
  /** +1 increase, −1 decrease, 0 unknown (changes only). */
  direction: 1 | -1 | 0;
  /** Levels only: the year the figure is for. */
  time: ClaimTime | null;
  /** "adjacent": the year stands next to the figure; "inferred": taken from the sentence. */
  timeSource: "adjacent" | "inferred";
  /** Every year the sentence names (a change "jämfört med 2022" must be the table's years). */
  years: number[];
  qualifiers: Qualifiers;
  /** Stemmed words that say what the figure is about, from the text since the last figure. */
  subject: string[];
  /** The same from earlier figures of the sentence ("… för kvinnor 5,8 procent och för män 1,8"). */
  inheritedSubject: string[];
  /** Stemmed words of the whole sentence, for naming the table. */
  sentenceTokens: string[];
  unit: UnitClass;
  sentence: string;
  page: number | null;
}

const YEAR_TEXT = /^(?:19[5-9]\d|20\d\d)$/;
const NUMBER =
  /(?<![\p{L}\p{N},.:/–−-])(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:,(\d+))?(?![\p{N}\p{L}]|[.,:]\d)/gu;
const UNIT = /^\s*(procentenheter|procentenhet|procent|%|timmar|timme|tim|st|stycken)(?!\p{L})/iu;
/** A figure without a unit counts only as "var 68," / "med 31 året innan". */
const BARE_BEFORE =
  /(?:var|är|blev|uppgick till|uppgår till|låg på|landade på|till|med|från|jämfört med|totalt|cirka|ca|omkring|ungefär|drygt|knappt|nästan)\s*\(?$/iu;
const BARE_AFTER = /^\s*(?:[,.;)]|$|jämfört|året|under(?!\p{L})|i jämförelse)/iu;

const GENDER = {
  kvinna: /(?<!\p{L})kvinn\p{L}*/u,
  man: /(?<!\p{L})(?:män|männen|männens|mäns|manlig\p{L}*)(?!\p{L})/u,
};
const DURATION = {
  kort: /(?<!\p{L})(?:kort|korta|kortare|kortaste|korttid\p{L}*)(?!\p{L})/u,
  lang: /(?<!\p{L})(?:lång|långa|längre|längsta|långtid\p{L}*)(?!\p{L})/u,
};
const TOTAL =
  /(?<!\p{L})(?:total|totalt|totala|totalen|summa|sammanlagt|sammanlagd|sammantaget|samtliga)(?!\p{L})/u;

const DOWN =
  /(?<!\p{L})(?:minsk\p{L}*|sjunk\p{L}*|sjönk|sänk\p{L}*|lägre|färre|nedgång\p{L}*|reducer\p{L}*)(?!\p{L})/gu;
const UP =
  /(?<!\p{L})(?:ök\p{L}*|steg|stigit|stig\p{L}*|högre|fler|uppgång\p{L}*|höj\p{L}*)(?!\p{L})/gu;

/**
 * Words that move a figure away from the document's own organisation and period: the
 * municipality or country as a whole, pandemic or record years, targets, forecasts, and parts
 * of the organisation the table does not show (an age group, one department).
 */
const OTHER_REFERENCE =
  /(?<!\p{L})(?:pandemi\p{L}*|rekord\p{L}*|kommunen|kommunens|kommunkoncern\p{L}*|riket|rikets|länet|länets|regionen|regionens|sverige\p{L}*|landet|landets|snitt\p{L}*|genomsnitt\p{L}*|medel\p{L}*|mål|målet|målvärde\p{L}*|budget\p{L}*|prognos\p{L}*|förväntas|beräknas|planeras|väntas|bör|ska|skall|skulle|branschen|sektorn|jämförbara|övriga|riktvärde\p{L}*|mellan\s+\d{4}\s+och|åldersgrupp\p{L}*|åldern|avdelning\p{L}*|enheten|enheterna|enhetens|sektion\p{L}*|yrkesgrupp\p{L}*|bland|tidigare)(?!\p{L})/iu;

/** "Förra året var sjukfrånvaron 4,4 procent". */
const PREVIOUS_BEFORE =
  /(?<!\p{L})(?:förra året|föregående år|i fjol|året innan|året före)(?!\p{L})/iu;
const PREVIOUS_AFTER =
  /^\s*,?\s*(?:året innan|året före|föregående år|förra året|året dessförinnan|under föregående år)(?!\p{L})/iu;
/** "2021 (3,9 procent)", "2023: 4,2", "för 2023 var 4,2 procent". */
const YEAR_BEFORE =
  /(19[5-9]\d|20\d\d)\s*(?:\(|:|(?:var|blev|uppgick till|låg på|landade på)\s+(?:\p{L}+\s+){0,1})\s*$/iu;
const YEAR_AFTER = /^\s*(?:år\s+|under\s+|för\s+)?(19[5-9]\d|20\d\d)(?![\p{N}])/iu;
/** "med 0,2" / "med totalt 453" right before the figure: the size of a change. */
const CHANGE_BEFORE =
  /(?<!\p{L})med\s+(?:totalt\s+|cirka\s+|ca\s+|drygt\s+|knappt\s+|nästan\s+|ungefär\s+|omkring\s+)?\(?$/iu;
/** "ökade marginellt (0,1 procentenhet)". */
const CHANGE_PAREN = /(?:ök\p{L}*|minsk\p{L}*|sjunk\p{L}*|sjönk|steg|stigit)(?:\s+\p{L}+)?\s*\($/iu;
const SUBCLAUSE = /[,;:]|(?<!\p{L})(?:medan|men|samt|vilket|där|dock)(?!\p{L})/giu;

/** Stems that say nothing about which figure is meant. */
const NOISE_STEMS = new Set(
  [
    "procent",
    "procentenhet",
    "procentenheter",
    "timmar",
    "timme",
    "dagar",
    "dag",
    "jämfört",
    "var",
    "är",
    "ökade",
    "ökat",
    "ökning",
    "minskade",
    "minskat",
    "minskning",
    "förvaltningen",
    "förvaltningens",
    "året",
    "under",
    "totalt",
    "totala",
    "total",
  ].flatMap((w) => tokensForMatch(w)),
);

/**
 * Stemmed words that name what a figure is about, without the qualifier words (those are
 * compared as qualifiers) and without units, verbs of change and figures.
 */
export function subjectTokens(text: string): string[] {
  let t = text.toLowerCase();
  for (const re of [GENDER.kvinna, GENDER.man, DURATION.kort, DURATION.lang, TOTAL]) {
    t = t.replace(new RegExp(re.source, "gu"), " ");
  }
  return tokensForMatch(t).filter((w) => !NOISE_STEMS.has(w) && !/^\d+$/.test(w));
}

function lastMatchIndex(re: RegExp, text: string): number {
  let last = -1;
  for (const m of text.matchAll(
    new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`),
  ))
    last = m.index ?? last;
  return last;
}

/** Qualifiers a text names; both values of a dimension named together mean both. */
export function qualifiersOf(text: string): Qualifiers {
  const t = text.toLowerCase();
  const k = GENDER.kvinna.test(t);
  const m = GENDER.man.test(t);
  const s = DURATION.kort.test(t);
  const l = DURATION.lang.test(t);
  return {
    gender: k && m ? "both" : k ? "kvinna" : m ? "man" : null,
    duration: s && l ? "both" : s ? "kort" : l ? "lang" : null,
    total: TOTAL.test(t),
  };
}

/**
 * Qualifiers for a figure from the text before it: the nearest sub-clause that names a
 * dimension decides it ("Kvinnors … som 2023, medan för männen har den minskat med 0,3" → men).
 */
function clauseQualifiers(before: string, inherited: Qualifiers | null): Qualifiers {
  const clauses = before.toLowerCase().split(SUBCLAUSE);
  let gender: Gender | null = null;
  let duration: Duration | null = null;
  for (let i = clauses.length - 1; i >= 0; i--) {
    const q = qualifiersOf(clauses[i] ?? "");
    gender ??= q.gender;
    duration ??= q.duration;
  }
  return {
    gender: gender ?? inherited?.gender ?? null,
    duration: duration ?? inherited?.duration ?? null,
    total: TOTAL.test(before.toLowerCase()) || (inherited?.total ?? false),
  };
}

function unitClass(unit: string | null): UnitClass {
  const u = (unit ?? "").toLowerCase();
  if (u.startsWith("procentenhet")) return "points";
  if (u === "procent" || u === "%") return "percent";
  if (u.startsWith("tim")) return "hours";
  if (u === "st" || u === "stycken") return "count";
  return "none";
}

/** Sentences of a paragraph; list bullets end a sentence too. */
export function sentences(text: string): string[] {
  return collapseWhitespace(removeSoftHyphens(text))
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\d•])|\s*•\s*/u)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

interface NumberToken {
  start: number;
  end: number;
  value: number;
  decimals: number;
  unit: string | null;
  raw: string;
}

function numbersIn(sentence: string): { figures: NumberToken[]; years: number[] } {
  const figures: NumberToken[] = [];
  const years: number[] = [];
  for (const m of sentence.matchAll(NUMBER)) {
    const start = m.index ?? 0;
    const body = m[0];
    const intPart = (m[1] ?? "").replace(/[ \u00a0]/g, "");
    const decimals = m[2]?.length ?? 0;
    const value = parseSwedishNumber(body).value;
    if (value === null) continue;
    const rest = sentence.slice(start + body.length);
    const unit = UNIT.exec(rest);
    if (!unit && decimals === 0 && YEAR_TEXT.test(intPart)) {
      years.push(value);
      continue;
    }
    const end = start + body.length + (unit ? unit[0].length : 0);
    figures.push({
      start,
      end,
      value,
      decimals,
      unit: unit?.[1] ?? null,
      raw: sentence.slice(start, end),
    });
  }
  return { figures, years };
}

function direction(text: string): 1 | -1 | 0 {
  const down = lastMatchIndex(DOWN, text);
  const up = lastMatchIndex(UP, text);
  if (down < 0 && up < 0) return 0;
  return down > up ? -1 : 1;
}

function claimsInSentence(sentence: string, page: number | null): Claim[] {
  const { figures, years } = numbersIn(sentence);
  const sentenceTokens = subjectTokens(sentence);
  const out: Claim[] = [];
  let previous: {
    qualifiers: Qualifiers;
    ownSubject: string[];
    inheritedSubject: string[];
    direction: 1 | -1 | 0;
  } | null = null;
  let lastEnd = 0;
  figures.forEach((f, i) => {
    const before = sentence.slice(lastEnd, f.start);
    const next = figures[i + 1];
    const after = sentence.slice(f.end, next ? next.start : sentence.length);
    // A figure without a unit is a claim only in "var 68," / "med 31 året innan"; other
    // figures ("0–14 dagar", "klockan 9") are words of the sentence, not claims.
    if (f.unit === null && !(BARE_BEFORE.test(before) && BARE_AFTER.test(after))) return;
    if (f.unit === null && f.decimals === 0 && f.value < 2) return;
    const sinceStart = sentence.slice(0, f.start);
    // "4,2 procent i kommunen": only the words right after the figure belong to it.
    const afterWords = (after.split(/[,;.]/)[0] ?? "").split(/\s+/).slice(0, 4).join(" ");
    lastEnd = f.end;

    const qualifiers = clauseQualifiers(before, previous?.qualifiers ?? null);
    const ownSubject = subjectTokens(before);
    const inheritedSubject = previous ? [...previous.ownSubject, ...previous.inheritedSubject] : [];
    const unit = unitClass(f.unit);
    // "0,2 procentenheter lägre": the direction word may follow the figure.
    const dirHere = direction(before) || direction(afterWords);
    const dir = dirHere !== 0 ? dirHere : (previous?.direction ?? 0);
    previous = { qualifiers, ownSubject, inheritedSubject, direction: dir };

    // Other organisations, other periods, targets: not a claim about this table. The whole
    // stretch since the previous figure counts ("I kommunen som helhet, var den 7,8 procent").
    if (OTHER_REFERENCE.test(before) || OTHER_REFERENCE.test(afterWords)) return;

    const anyDirection = direction(sinceStart) !== 0;
    const isChange =
      unit === "points" ||
      (anyDirection && (CHANGE_BEFORE.test(before) || CHANGE_PAREN.test(before)));

    let time: ClaimTime | null = null;
    let timeSource: Claim["timeSource"] = "inferred";
    if (!isChange) {
      const yearAfter = YEAR_AFTER.exec(after);
      const yearBefore = YEAR_BEFORE.exec(before);
      if (yearAfter?.[1]) {
        time = { kind: "year", year: Number(yearAfter[1]) };
        timeSource = "adjacent";
      } else if (yearBefore?.[1]) {
        time = { kind: "year", year: Number(yearBefore[1]) };
        timeSource = "adjacent";
      } else if (PREVIOUS_AFTER.test(after)) {
        time = { kind: "previous" };
        timeSource = "adjacent";
      } else if (/(?<!\p{L})från\s+$/iu.test(before)) {
        time = { kind: "previous" };
      } else if (PREVIOUS_BEFORE.test(before.split(SUBCLAUSE).at(-1) ?? "")) {
        time = { kind: "previous" };
      } else if (/(?<!\p{L})till\s+$/iu.test(before) && anyDirection) {
        time = { kind: "current" };
      } else {
        const earlierYears = numbersIn(sinceStart).years;
        const lastYear = earlierYears.at(-1);
        if (lastYear !== undefined) time = { kind: "year", year: lastYear };
        else if (years.length === 0) time = { kind: "current" };
        else return;
      }
    }
    out.push({
      value: f.value,
      decimals: f.decimals,
      text: f.raw,
      kind: isChange ? "change" : "level",
      direction: isChange ? dir : 0,
      time,
      timeSource,
      years,
      qualifiers,
      subject: ownSubject,
      inheritedSubject: [...new Set(inheritedSubject)],
      sentenceTokens,
      unit,
      sentence,
      page,
    });
  });
  return out;
}

/** Every figure claim in a document's prose (paragraphs; headings state no figures). */
export function proseClaims(prose: readonly ProseBlock[]): Claim[] {
  return prose
    .filter((b) => b.kind === "paragraph")
    .flatMap((b) => sentences(b.text).flatMap((s) => claimsInSentence(s, b.page)));
}
