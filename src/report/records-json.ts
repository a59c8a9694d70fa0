// records.json and run-log.json: validated against the contract's schemas before anything is
// written, so an invalid run never replaces a good file.
import { type RecordsFile, type RunLogFile, recordsFile, runLogFile } from "../model/records.js";

/** Throws (ZodError) when `records` does not match the schema. Unknown keys are dropped. */
export function serialiseRecords(records: RecordsFile): string {
  return toJson(recordsFile.parse(records));
}

/** Throws (ZodError) when `log` does not match the schema. Unknown keys are dropped. */
export function serialiseRunLog(log: RunLogFile): string {
  return toJson(runLogFile.parse(log));
}

function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
