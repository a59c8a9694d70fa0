// Every text a finding shows, in one table per language, so that a translation is one edit here.
// Swedish is the default; the values inside a message (figures, dates, names) are written the
// way the language writes them (decimal comma in Swedish).

export type Lang = "sv" | "en";

export interface Where {
  /** Table name, row label parts and column, in reading order. */
  parts: readonly string[];
  page: number | null;
}

export interface MessageTable {
  number(value: number, decimals: number): string;
  where(w: Where): string;
  documentUnreadable(p: { file: string; reason: string }): string;
  documentNoText(p: { file: string }): string;
  activityDuplicate(p: { activity: string; where: string }): string;
  activityMissingTime(): string;
  activityTimeNotSet(p: { when: string }): string;
  activityMissingResponsible(): string;
  activityMissingField(p: {
    activity: string;
    missing: readonly string[];
    page: number | null;
  }): string;
  activityOutsideYear(p: {
    activity: string;
    start: string;
    end: string;
    period: string;
    page: number | null;
  }): string;
  statDifference(p: {
    label: string;
    stated: string;
    current: string;
    previous: string;
    expected: string;
    where: string;
  }): string;
  statSum(p: {
    label: string;
    stated: string;
    parts: readonly string[];
    expected: string;
    where: string;
  }): string;
  textVsTable(p: {
    claimed: string;
    tableValue: string;
    quote: string;
    where: string;
    page: number | null;
  }): string;
  /** How a stated change reads in a message: "en minskning med 2,5 procentenheter". */
  claimIncrease(p: { amount: string }): string;
  claimDecrease(p: { amount: string }): string;
  claimChange(p: { amount: string }): string;
  /** A change computed from two columns: "R12 2023–12 − R12 2022–12". */
  computedChange(p: { current: string; previous: string }): string;
  measureDoneAfterReport(p: {
    measure: string;
    status: string;
    endDate: string;
    reportDate: string;
    estimated: boolean;
    page: number | null;
  }): string;
  measureOpenPastEnd(p: {
    measure: string;
    status: string;
    endDate: string;
    reportDate: string;
    estimated: boolean;
    days: number;
    page: number | null;
  }): string;
  followupMissing(p: {
    measure: string;
    risk: string;
    endDate: string | null;
    fromPage: number | null;
    toFiles: readonly string[];
    toTitle: string;
  }): string;
}

/** "1,0 − 0,3": a typographic minus, and a negative second term in parentheses. */
function minus(a: string, b: string, neg: boolean): string {
  return `${a} − ${neg ? `(${b})` : b}`;
}

function pageSuffix(page: number | null, word: string): string {
  return page === null ? "" : ` (${word} ${page})`;
}

const sv: MessageTable = {
  number: (value, decimals) =>
    value
      .toFixed(decimals)
      .replace(/^-/, "−")
      .replace(".", ",")
      .replace(/^−(0(?:,0*)?)$/, "$1"),
  where: (w) => [...w.parts, ...(w.page === null ? [] : [`s. ${w.page}`])].join(", "),
  documentUnreadable: ({ file, reason }) => `${file} kunde inte läsas: ${reason}`,
  documentNoText: ({ file }) =>
    `${file} saknar textlager (troligen skannat); inget innehåll kunde läsas.`,
  activityDuplicate: ({ activity, where }) =>
    `Aktiviteten "${activity}" står två gånger i samma plan (${where}).`,
  activityMissingTime: () => "tid saknas (tom tidscell)",
  activityTimeNotSet: ({ when }) => `tid inte satt ("${when}")`,
  activityMissingResponsible: () => "ansvarig saknas",
  activityMissingField: ({ activity, missing, page }) =>
    `Aktiviteten "${activity}": ${missing.join(", ")}${pageSuffix(page, "s.")}.`,
  activityOutsideYear: ({ activity, start, end, period, page }) =>
    `Aktiviteten "${activity}" är daterad ${start}–${end}, utanför planens period ${period}${pageSuffix(page, "s.")}.`,
  statDifference: ({ label, stated, current, previous, expected, where }) =>
    `${label} anges till ${stated} men ${minus(current, previous, previous.startsWith("−"))} = ${expected} (${where}).`,
  statSum: ({ label, stated, parts, expected, where }) =>
    `${label} anges till ${stated} men ${parts.map((p, i) => (i > 0 && p.startsWith("−") ? `(${p})` : p)).join(" + ")} = ${expected} (${where}).`,
  textVsTable: ({ claimed, tableValue, quote, where, page }) =>
    `Texten anger ${claimed} men tabellen visar ${tableValue} (${where})${page === null ? "" : `; texten står på s. ${page}`}: "${quote}"`,
  claimIncrease: ({ amount }) => `en ökning med ${amount}`,
  claimDecrease: ({ amount }) => `en minskning med ${amount}`,
  claimChange: ({ amount }) => `en förändring med ${amount}`,
  computedChange: ({ current, previous }) => `${current} − ${previous}`,
  measureDoneAfterReport: ({ measure, status, endDate, reportDate, estimated, page }) =>
    `Åtgärden "${measure}" har status ${status} men slutdatum ${endDate}, efter rapportens ${estimated ? "senast möjliga datum" : "datum"} ${reportDate}${pageSuffix(page, "s.")}.`,
  measureOpenPastEnd: ({ measure, status, endDate, reportDate, estimated, days, page }) =>
    `Åtgärden "${measure}" har status ${status} trots att slutdatum ${endDate} passerades ${days} dagar före rapportens ${estimated ? "tidigast möjliga datum" : "datum"} ${reportDate}${pageSuffix(page, "s.")}.`,
  followupMissing: ({ measure, risk, endDate, fromPage, toFiles, toTitle }) =>
    `Åtgärden "${measure}" (risk: ${risk}${endDate ? `, slutdatum ${endDate}` : ""}${fromPage === null ? "" : `, s. ${fromPage}`}) rapporterades vidare men utvärderas inte i ${toTitle} (${toFiles.join(", ")}).`,
};

const en: MessageTable = {
  number: (value, decimals) =>
    value
      .toFixed(decimals)
      .replace(/^-/, "−")
      .replace(/^−(0(?:\.0*)?)$/, "$1"),
  where: (w) => [...w.parts, ...(w.page === null ? [] : [`p. ${w.page}`])].join(", "),
  documentUnreadable: ({ file, reason }) => `${file} could not be read: ${reason}`,
  documentNoText: ({ file }) =>
    `${file} has no text layer (probably scanned); nothing in it could be read.`,
  activityDuplicate: ({ activity, where }) =>
    `The activity "${activity}" is listed twice in the same plan (${where}).`,
  activityMissingTime: () => "no time (empty timing cell)",
  activityTimeNotSet: ({ when }) => `time not set ("${when}")`,
  activityMissingResponsible: () => "no one responsible",
  activityMissingField: ({ activity, missing, page }) =>
    `The activity "${activity}": ${missing.join(", ")}${pageSuffix(page, "p.")}.`,
  activityOutsideYear: ({ activity, start, end, period, page }) =>
    `The activity "${activity}" is dated ${start}–${end}, outside the plan's period ${period}${pageSuffix(page, "p.")}.`,
  statDifference: ({ label, stated, current, previous, expected, where }) =>
    `${label} is given as ${stated} but ${minus(current, previous, previous.startsWith("−"))} = ${expected} (${where}).`,
  statSum: ({ label, stated, parts, expected, where }) =>
    `${label} is given as ${stated} but ${parts.map((p, i) => (i > 0 && p.startsWith("−") ? `(${p})` : p)).join(" + ")} = ${expected} (${where}).`,
  textVsTable: ({ claimed, tableValue, quote, where, page }) =>
    `The text states ${claimed} but the table shows ${tableValue} (${where})${page === null ? "" : `; the text is on p. ${page}`}: "${quote}"`,
  claimIncrease: ({ amount }) => `an increase of ${amount}`,
  claimDecrease: ({ amount }) => `a decrease of ${amount}`,
  claimChange: ({ amount }) => `a change of ${amount}`,
  computedChange: ({ current, previous }) => `${current} − ${previous}`,
  measureDoneAfterReport: ({ measure, status, endDate, reportDate, estimated, page }) =>
    `The measure "${measure}" has status ${status} but ends ${endDate}, after the report's ${estimated ? "latest possible date" : "date"} ${reportDate}${pageSuffix(page, "p.")}.`,
  measureOpenPastEnd: ({ measure, status, endDate, reportDate, estimated, days, page }) =>
    `The measure "${measure}" has status ${status} although its end date ${endDate} passed ${days} days before the report's ${estimated ? "earliest possible date" : "date"} ${reportDate}${pageSuffix(page, "p.")}.`,
  followupMissing: ({ measure, risk, endDate, fromPage, toFiles, toTitle }) =>
    `The measure "${measure}" (risk: ${risk}${endDate ? `, ends ${endDate}` : ""}${fromPage === null ? "" : `, p. ${fromPage}`}) was reported onwards but is not evaluated in ${toTitle} (${toFiles.join(", ")}).`,
};

export const MESSAGES: Readonly<Record<Lang, MessageTable>> = { sv, en };

export function messages(lang: Lang = "sv"): MessageTable {
  return MESSAGES[lang];
}
