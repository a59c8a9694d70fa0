import type { ActivityRecord } from "../../model/records.js";
import { type DocumentRule, type DraftFinding, messagesFor } from "../rule.js";
import { normaliseForCompare, shorten } from "../text.js";

/**
 * Same activity text, time and responsible twice in one plan (a copy-paste between sections).
 * The same activity at another time or with someone else responsible is a planned repeat.
 */
function key(a: ActivityRecord): string {
  return [a.activity, a.when, a.responsible].map(normaliseForCompare).join("|");
}

export const activityDuplicate: DocumentRule = ({ document, activities }, options) => {
  const msg = messagesFor(options);
  const first = new Map<string, ActivityRecord>();
  const findings: DraftFinding[] = [];
  for (const a of activities) {
    if (normaliseForCompare(a.activity) === "") continue;
    const k = key(a);
    const earlier = first.get(k);
    if (!earlier) {
      first.set(k, a);
      continue;
    }
    const where = [earlier, a]
      .map((x) => [x.section, x.page ? msg.where({ parts: [], page: x.page }) : null])
      .map((parts) => parts.filter(Boolean).join(", "))
      .join(" / ");
    findings.push({
      rule: "activity-duplicate",
      severity: "warning",
      documentId: document.id,
      page: a.page,
      message: msg.activityDuplicate({ activity: shorten(a.activity), where }),
      refs: [earlier.id, a.id],
    });
  }
  return findings;
};
