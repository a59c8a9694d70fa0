import type { DocumentRecord } from "../../model/records.js";
import { type DocumentRule, messagesFor } from "../rule.js";
import { shorten } from "../text.js";

const YEAR = /(?<!\d)(19\d\d|20\d\d)(?!\d)/g;

/**
 * The years a plan covers: its own year up to the last year its title names
 * ("Kommunikationsplan 2025–2026" covers both years).
 */
export function planPeriod(document: DocumentRecord): { from: number; to: number } | null {
  if (document.year === null) return null;
  const titleYears = [...(document.title ?? "").matchAll(YEAR)].map((m) => Number(m[1]));
  const later = titleYears.filter((y) => y > document.year! && y - document.year! <= 5);
  return { from: document.year, to: Math.max(document.year, ...later) };
}

/** An activity dated wholly outside the plan's year(s). */
export const activityOutsideYear: DocumentRule = ({ document, activities }, options) => {
  const period = planPeriod(document);
  if (period === null || document.type !== "kommunikationsplan") return [];
  const msg = messagesFor(options);
  const periodText =
    period.from === period.to ? String(period.from) : `${period.from}–${period.to}`;
  return activities.flatMap((a) => {
    if (!a.start || !a.end) return [];
    const startYear = Number(a.start.slice(0, 4));
    const endYear = Number(a.end.slice(0, 4));
    if (endYear >= period.from && startYear <= period.to) return [];
    return [
      {
        rule: "activity-outside-year",
        severity: "warning" as const,
        documentId: document.id,
        page: a.page,
        message: msg.activityOutsideYear({
          activity: shorten(a.activity),
          start: a.start,
          end: a.end,
          period: periodText,
          page: a.page,
        }),
        refs: [a.id],
      },
    ];
  });
};
