// Per-file problems: codes are stable English ids, messages are for the workbook's readers,
// Swedish unless the run asks for English. The readers' own details (English, technical) are
// appended in brackets.
import type { Problem } from "../model/records.js";

export type ProblemLang = "sv" | "en";

const SV = {
  empty: "Filen är tom.",
  corrupt: "Filen kunde inte öppnas: den är skadad eller avkortad.",
  encrypted: "Filen är krypterad eller lösenordsskyddad och kunde inte läsas.",
  unsupported: "Filen är inte ett dokument som kan läsas (varken PDF eller Word .docx).",
  "wrong-extension": "Filens innehåll stämmer inte med filändelsen.",
  "too-large": "Filen är för stor för att läsas.",
  "no-text": "Dokumentet saknar textlager (troligen skannat), så inget kunde läsas.",
  "parse-error": "Ett oväntat fel uppstod när dokumentet tolkades.",
  timeout: "Filen tog längre tid att läsa än gränsen per fil och avbröts.",
  "out-of-memory": "Filen krävde mer minne än gränsen per fil och avbröts.",
  "io-error": "Filen kunde inte läsas från disken.",
} as const;

export type ProblemCode = keyof typeof SV;

const EN: Record<ProblemCode, string> = {
  empty: "The file is empty.",
  corrupt: "The file could not be opened: it is damaged or truncated.",
  encrypted: "The file is encrypted or password-protected and could not be read.",
  unsupported: "The file is not a document that can be read (neither PDF nor Word .docx).",
  "wrong-extension": "The file's content does not match its extension.",
  "too-large": "The file is too large to be read.",
  "no-text": "The document has no text layer (probably scanned), so nothing could be read.",
  "parse-error": "An unexpected error occurred while the document was interpreted.",
  timeout: "Reading the file took longer than the limit per file and was stopped.",
  "out-of-memory": "The file needed more memory than the limit per file and was stopped.",
  "io-error": "The file could not be read from disk.",
};

const MESSAGES: Record<ProblemLang, Record<ProblemCode, string>> = { sv: SV, en: EN };

/** The Swedish messages (the default). */
export const PROBLEM_MESSAGES: Record<ProblemCode, string> = SV;

export function problem(code: ProblemCode, detail?: string, lang: ProblemLang = "sv"): Problem {
  const base = MESSAGES[lang][code];
  return { code, message: detail ? `${base} (${detail})` : base };
}

/**
 * The same problem in another language. Analyses are cached with Swedish messages; a run with
 * --lang en re-words them here and keeps the bracketed detail.
 */
export function inLanguage(p: Problem, lang: ProblemLang): Problem {
  if (lang === "sv" || !(p.code in SV)) return p;
  const code = p.code as ProblemCode;
  if (!p.message.startsWith(SV[code])) return p;
  const detail = p.message.slice(SV[code].length).trim();
  return { code, message: detail ? `${MESSAGES[lang][code]} ${detail}` : MESSAGES[lang][code] };
}
