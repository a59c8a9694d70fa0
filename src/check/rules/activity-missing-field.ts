import type { ActivityRecord } from "../../model/records.js";
import { parsePeriod } from "../../parse/swedish/dates.js";
import type { MessageTable } from "../messages.js";
import { type DocumentRule, messagesFor } from "../rule.js";
import { shorten } from "../text.js";

/**
 * Reading a timing cell is slow, and cells repeat ("Våren 2025" under many activities, again in
 * the PDF rendition of a plan): each distinct cell and plan year is read once. Bounded, so that
 * a long watch session does not grow it without end.
 */
const MAX_REMEMBERED = 10_000;
const undatedCells = new Map<string, boolean>();

function saysNoTime(when: string, planYear: number | null): boolean {
  const key = `${planYear ?? ""}|${when}`;
  let undated = undatedCells.get(key);
  if (undated === undefined) {
    undated = parsePeriod(when, planYear).undated;
    if (undatedCells.size >= MAX_REMEMBERED) undatedCells.clear();
    undatedCells.set(key, undated);
  }
  return undated;
}

function missingFields(a: ActivityRecord, planYear: number | null, msg: MessageTable): string[] {
  const missing: string[] = [];
  // The same reading of the timing cell as the parser's, so the two never disagree.
  if (a.when.trim() === "") missing.push(msg.activityMissingTime());
  else if (saysNoTime(a.when, planYear)) missing.push(msg.activityTimeNotSet({ when: a.when }));
  if (!a.responsible || a.responsible.trim() === "") missing.push(msg.activityMissingResponsible());
  return missing;
}

/** An activity with no time, or no one responsible. */
export const activityMissingField: DocumentRule = ({ document, activities }, options) => {
  const msg = messagesFor(options);
  return activities.flatMap((a) => {
    const missing = missingFields(a, document.year, msg);
    if (missing.length === 0) return [];
    return [
      {
        rule: "activity-missing-field",
        severity: "warning" as const,
        documentId: document.id,
        page: a.page,
        message: msg.activityMissingField({ activity: shorten(a.activity), missing, page: a.page }),
        refs: [a.id],
      },
    ];
  });
};
