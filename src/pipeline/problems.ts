// Per-file problems: codes are stable English ids, messages are Swedish for the workbook.
import type { Problem } from "../model/records.js";

export const PROBLEM_MESSAGES = {
  empty: "Filen är tom.",
  corrupt: "Filen kunde inte öppnas: den är skadad eller avkortad.",
  encrypted: "Filen är krypterad eller lösenordsskyddad och kunde inte läsas.",
  unsupported: "Filen är inte ett dokument som kan läsas (varken PDF eller Word .docx).",
  "wrong-extension": "Filens innehåll stämmer inte med filändelsen.",
  "too-large": "Filen är för stor för att läsas.",
  "no-text": "Dokumentet saknar textlager (troligen skannat), så inget kunde läsas.",
  "parse-error": "Ett oväntat fel uppstod när dokumentet tolkades.",
} as const;

export type ProblemCode = keyof typeof PROBLEM_MESSAGES;

export function problem(code: ProblemCode, detail?: string): Problem {
  const base = PROBLEM_MESSAGES[code];
  return { code, message: detail ? `${base} (${detail})` : base };
}

/** Problems that mean nothing could be read from the file. */
export const FATAL_PROBLEMS: ReadonlySet<string> = new Set([
  "empty",
  "corrupt",
  "encrypted",
  "unsupported",
  "too-large",
  "parse-error",
]);
