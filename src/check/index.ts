// Everything the check stage adds to a run: findings from every rule and year-over-year
// follow-up. Pure: records in, findings and follow-up out.
import type {
  DocumentRecord,
  FileRecords,
  FindingRecord,
  FollowUpRecord,
} from "../model/records.js";
import { followUpOf } from "./follow-up.js";
import { type CheckOptions, DEFAULT_CHECK_OPTIONS, type DraftFinding } from "./rule.js";
import { followupMissing } from "./rules/followup-missing.js";
import { checkDocument, numberFindings } from "./run-checks.js";
import { buildSeries, followUpPairs } from "./series.js";

export type { Lang } from "./messages.js";
export type { CheckOptions, DraftFinding } from "./rule.js";
export { checkDocument } from "./run-checks.js";

export interface CheckResult {
  findings: FindingRecord[];
  followUp: FollowUpRecord[];
}

/**
 * @param files per-file records (with prose), in the run's file order
 * @param documents the same documents with `renditionOf` set, so that cross-document work can
 *   count a Word original and its PDF once
 * @param options language of the finding messages (Swedish by default)
 * @param perDocument per-document findings already made (`checkDocument` with the same
 *   options) by document id, e.g. while other files were still being read
 */
export function checkAll(
  files: FileRecords[],
  documents: DocumentRecord[],
  options: CheckOptions = DEFAULT_CHECK_OPTIONS,
  perDocument: ReadonlyMap<string, DraftFinding[]> = new Map(),
): CheckResult {
  const pairs = buildSeries(files, documents).flatMap(followUpPairs);
  const followUp = pairs.flatMap(followUpOf);
  const drafts = [
    ...files.flatMap((r) => perDocument.get(r.document.id) ?? checkDocument(r, options)),
    ...followupMissing(pairs, followUp, options),
  ];
  // Findings grouped by document in file order, so ids stay stable whatever the rule order.
  const order = new Map(files.map((f, i) => [f.document.id, i]));
  const sorted = drafts
    .map((d, i) => ({ d, i }))
    .sort(
      (a, b) =>
        (order.get(a.d.documentId ?? "") ?? files.length) -
          (order.get(b.d.documentId ?? "") ?? files.length) || a.i - b.i,
    )
    .map(({ d }) => d);
  return { findings: numberFindings(sorted), followUp };
}
