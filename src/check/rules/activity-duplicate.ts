import type { ActivityRecord } from "../../model/records.js";
import type { DocumentRule } from "../rule.js";
import { normaliseForCompare, shorten } from "../text.js";

/** Same activity text, time and responsible twice in one plan (a copy-paste between sections). */
function key(a: ActivityRecord): string {
  return [a.activity, a.when, a.responsible].map(normaliseForCompare).join("|");
}

export const activityDuplicate: DocumentRule = ({ document, activities }) => {
  const first = new Map<string, ActivityRecord>();
  const findings = [];
  for (const a of activities) {
    const k = key(a);
    const earlier = first.get(k);
    if (!earlier) {
      first.set(k, a);
      continue;
    }
    const where = [earlier, a]
      .map((x) => [x.section, x.page ? `s. ${x.page}` : null].filter(Boolean).join(", "))
      .join(" och ");
    findings.push({
      rule: "activity-duplicate",
      severity: "warning" as const,
      documentId: document.id,
      page: a.page,
      message: `Aktiviteten "${shorten(a.activity)}" står två gånger i samma plan (${where}).`,
      refs: [earlier.id, a.id],
    });
  }
  return findings;
};
