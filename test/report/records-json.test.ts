import { describe, expect, it } from "vitest";
import type { RecordsFile } from "../../src/model/records.js";
import { serialiseRecords, serialiseRunLog } from "../../src/report/records-json.js";
import { sampleRecords, sampleRunLog } from "./sample-records.js";

describe("serialiseRecords", () => {
  it("writes pretty JSON with two spaces and a trailing newline, round-tripping", () => {
    const records = sampleRecords();
    const json = serialiseRecords(records);
    expect(json.endsWith("}\n")).toBe(true);
    expect(json.split("\n")[1]).toBe('  "schemaVersion": 1,');
    expect(JSON.parse(json)).toEqual(records);
  });

  it("throws on records that break the schema", () => {
    const bad = sampleRecords();
    bad.activities[0]!.start = "våren 2024";
    expect(() => serialiseRecords(bad)).toThrow();
    expect(() =>
      serialiseRecords({ ...sampleRecords(), schemaVersion: 2 } as unknown as RecordsFile),
    ).toThrow();
    const nan = sampleRecords();
    nan.statistics[0]!.value = Number.NaN;
    expect(() => serialiseRecords(nan)).toThrow();
  });

  it("drops keys the contract does not know", () => {
    const records = { ...sampleRecords(), debug: "internal" } as RecordsFile;
    expect(JSON.parse(serialiseRecords(records))).not.toHaveProperty("debug");
  });
});

describe("serialiseRunLog", () => {
  it("writes the validated run log", () => {
    const log = sampleRunLog();
    const json = serialiseRunLog(log);
    expect(json.endsWith("\n")).toBe(true);
    expect(JSON.parse(json)).toEqual(log);
  });

  it("throws on an invalid run log", () => {
    const log = sampleRunLog();
    (log.files[0] as { status: string }).status = "kanske";
    expect(() => serialiseRunLog(log)).toThrow();
  });
});
