import type { DocumentRule } from "../rule.js";
import { shorten } from "../text.js";

/** An activity dated wholly outside the plan's year. */
export const activityOutsideYear: DocumentRule = ({ document, activities }) => {
  const year = document.year;
  if (year === null || document.type !== "kommunikationsplan") return [];
  return activities.flatMap((a) => {
    if (!a.start || !a.end) return [];
    const startYear = Number(a.start.slice(0, 4));
    const endYear = Number(a.end.slice(0, 4));
    if (endYear >= year && startYear <= year) return [];
    return [
      {
        rule: "activity-outside-year",
        severity: "warning" as const,
        documentId: document.id,
        page: a.page,
        message: `Aktiviteten "${shorten(a.activity)}" är daterad ${a.start}–${a.end}, utanför planens år ${year}.`,
        refs: [a.id],
      },
    ];
  });
};
