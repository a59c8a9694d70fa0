// A rule is a small pure function from one document's records to findings without ids;
// ids are assigned once all rules have run, so they are stable across runs.
import type { FileRecords, FindingRecord } from "../model/records.js";
import { type Lang, type MessageTable, messages } from "./messages.js";

export type DraftFinding = Omit<FindingRecord, "id">;

export interface CheckOptions {
  /** Language of finding messages; Swedish unless asked otherwise. */
  lang: Lang;
}

export const DEFAULT_CHECK_OPTIONS: CheckOptions = { lang: "sv" };

export type DocumentRule = (records: FileRecords, options?: CheckOptions) => DraftFinding[];

export function messagesFor(options: CheckOptions | undefined): MessageTable {
  return messages(options?.lang ?? DEFAULT_CHECK_OPTIONS.lang);
}
