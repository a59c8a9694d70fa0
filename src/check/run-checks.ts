// All per-document rules, run in a fixed order so finding ids are stable.
import type { FileRecords, FindingRecord } from "../model/records.js";
import type { CheckOptions, DocumentRule, DraftFinding } from "./rule.js";
import { activityDuplicate } from "./rules/activity-duplicate.js";
import { activityMissingField } from "./rules/activity-missing-field.js";
import { activityOutsideYear } from "./rules/activity-outside-year.js";
import { documentNoText } from "./rules/document-no-text.js";
import { documentUnreadable } from "./rules/document-unreadable.js";
import { measureStatusDate } from "./rules/measure-status-date.js";
import { statDifference } from "./rules/stat-difference.js";
import { statSum } from "./rules/stat-sum.js";
import { textVsTable } from "./rules/text-vs-table.js";

export const DOCUMENT_RULES: readonly DocumentRule[] = [
  documentUnreadable,
  documentNoText,
  activityDuplicate,
  activityMissingField,
  activityOutsideYear,
  measureStatusDate,
  statDifference,
  statSum,
  textVsTable,
];

export function checkDocument(records: FileRecords, options?: CheckOptions): DraftFinding[] {
  return DOCUMENT_RULES.flatMap((rule) => rule(records, options));
}

/** Give findings ids from their document and position in the list. */
export function numberFindings(drafts: DraftFinding[]): FindingRecord[] {
  const perDoc = new Map<string, number>();
  return drafts.map((d) => {
    const prefix = (d.documentId ?? "run").slice(0, 12);
    const n = (perDoc.get(prefix) ?? 0) + 1;
    perDoc.set(prefix, n);
    return { id: `${prefix}-f${n}`, ...d };
  });
}
