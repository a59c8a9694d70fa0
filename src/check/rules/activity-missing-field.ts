import type { ActivityRecord } from "../../model/records.js";
import { parsePeriod } from "../../parse/swedish/dates.js";
import type { DocumentRule } from "../rule.js";
import { shorten } from "../text.js";

function missingFields(a: ActivityRecord, planYear: number | null): string[] {
  const missing: string[] = [];
  // The same reading of the timing cell as the parser's, so the two never disagree.
  if (a.when.trim() === "") missing.push("tid saknas (tom tidscell)");
  else if (parsePeriod(a.when, planYear).undated) missing.push(`tid inte satt ("${a.when}")`);
  if (!a.responsible || a.responsible.trim() === "") missing.push("ansvarig saknas");
  return missing;
}

/** An activity with no time, or no one responsible. */
export const activityMissingField: DocumentRule = ({ document, activities }) =>
  activities.flatMap((a) => {
    const missing = missingFields(a, document.year);
    if (missing.length === 0) return [];
    return [
      {
        rule: "activity-missing-field",
        severity: "warning" as const,
        documentId: document.id,
        page: a.page,
        message: `Aktiviteten "${shorten(a.activity)}": ${missing.join(", ")}${a.page ? ` (s. ${a.page})` : ""}.`,
        refs: [a.id],
      },
    ];
  });
