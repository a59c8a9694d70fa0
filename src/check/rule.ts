// A rule is a small pure function from one document's records to findings without ids;
// ids are assigned once all rules have run, so they are stable across runs.
import type { FileRecords, FindingRecord } from "../model/records.js";

export type DraftFinding = Omit<FindingRecord, "id">;

export type DocumentRule = (records: FileRecords) => DraftFinding[];
