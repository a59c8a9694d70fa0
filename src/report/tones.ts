// Colour decisions shared by the workbook and the dashboard: which values are good, bad or in
// between. Pure; the palettes at the end turn a tone into Excel and CSS colours.
import type { DocumentRecord, FindingRecord, FollowUpRecord } from "../model/records.js";

export type Tone = "good" | "neutral" | "high" | "bad" | "info";

export type RiskBand = "low" | "medium" | "high" | "veryHigh";

export const RISK_BANDS: readonly RiskBand[] = ["low", "medium", "high", "veryHigh"];

/**
 * Band of a risk level on a 4×4 matrix (level = probability × consequence, each 1–4, so the
 * possible levels are 1, 2, 3, 4, 6, 8, 9, 12, 16). Bands, as commonly drawn on Swedish
 * municipal risk matrices:
 *   1–3  low (green)     4–6  medium (yellow)     8–9  high (orange)     12–16  very high (red)
 * Levels in the gaps (7, 10, 11) fall into the band below the next product. A level outside
 * 1–16 (another matrix size, a misread cell) gets no band, so no colour that could mislead.
 */
export function riskBand(level: number | null): RiskBand | null {
  if (level === null || !Number.isFinite(level) || level < 1 || level > 16) return null;
  if (level <= 3) return "low";
  if (level <= 6) return "medium";
  if (level <= 9) return "high";
  return "veryHigh";
}

export const RISK_BAND_TONE: Record<RiskBand, Tone> = {
  low: "good",
  medium: "neutral",
  high: "high",
  veryHigh: "bad",
};

export function riskTone(level: number | null): Tone | null {
  const band = riskBand(level);
  return band === null ? null : RISK_BAND_TONE[band];
}

// Status words as written in Swedish reports. Red is tested first: "ej påbörjad" contains
// "påbörjad", "ej genomförd" contains "genomförd".
const RED_STATUS =
  /(?<!\p{L})(?:försenad|försenat|försenade|ej\s+påbörjad|inte\s+påbörjad|ej\s+påbörjat|inte\s+påbörjat|ej\s+startad|inte\s+startad|ej\s+genomförd|inte\s+genomförd|ej\s+genomfört|inte\s+genomfört|avbruten|avbrutet|stoppad|delayed|not\s+started)(?!\p{L})/iu;
const YELLOW_STATUS =
  /(?<!\p{L})(?:pågående|pågår|påbörjad|påbörjat|delvis|under\s+arbete|i\s+arbete|ej\s+klar|inte\s+klar|ongoing|in\s+progress)(?!\p{L})/iu;
const GREEN_STATUS =
  /(?<!\p{L})(?:avslutad|avslutat|avslutade|klar|klart|klara|genomförd|genomfört|genomförda|slutförd|slutfört|utförd|utfört|färdig|färdigt|done|completed|closed)(?!\p{L})/iu;

/** Avslutad green; Pågående yellow; Försenad and Ej påbörjad red; anything else uncoloured. */
export function statusTone(status: string | null): Tone | null {
  if (status === null) return null;
  if (RED_STATUS.test(status)) return "bad";
  if (YELLOW_STATUS.test(status)) return "neutral";
  if (GREEN_STATUS.test(status)) return "good";
  return null;
}

export const SEVERITY_TONE: Record<FindingRecord["severity"], Tone> = {
  error: "bad",
  warning: "neutral",
  info: "info",
};

export const SEVERITY_ORDER: readonly FindingRecord["severity"][] = ["error", "warning", "info"];

export const OUTCOME_TONE: Record<FollowUpRecord["outcome"], Tone> = {
  "followed-up": "good",
  "carried-over": "neutral",
  missing: "bad",
};

export const OUTCOME_ORDER: readonly FollowUpRecord["outcome"][] = [
  "followed-up",
  "carried-over",
  "missing",
];

export const DOCUMENT_STATUS_TONE: Record<DocumentRecord["status"], Tone | null> = {
  ok: null,
  warning: "neutral",
  failed: "bad",
};

/** Excel fills and fonts (ARGB): Excel's own Good / Neutral / Bad cell styles, plus two more. */
export const EXCEL_TONE: Record<Tone, { fill: string; font: string }> = {
  good: { fill: "FFC6EFCE", font: "FF006100" },
  neutral: { fill: "FFFFEB9C", font: "FF9C5700" },
  high: { fill: "FFF8CBAD", font: "FF843C0C" },
  bad: { fill: "FFFFC7CE", font: "FF9C0006" },
  info: { fill: "FFDDEBF7", font: "FF1F4E78" },
};

/** Chart colours: strong enough to read as bars, in the same families as the cell colours. */
export const CHART_TONE: Record<Tone, string> = {
  good: "#4caf50",
  neutral: "#f2c12e",
  high: "#f08a24",
  bad: "#d83b3b",
  info: "#4a90d9",
};
