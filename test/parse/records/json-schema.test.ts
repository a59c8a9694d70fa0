// docs/records.schema.json is generated from the zod schemas (scripts/gen-json-schema.ts); it
// must not drift from them, and it must describe the records the parser really writes.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { recordsJsonSchema, SCHEMA_FILE, schemaText } from "../../../scripts/gen-json-schema.js";
import { processFile } from "../../../src/pipeline/process-file.js";
import { RECORD_FIXTURES } from "./helpers.js";

interface ObjectSchema {
  required: string[];
  properties: Record<string, unknown>;
}

describe("docs/records.schema.json", () => {
  it("equals a fresh generation from src/model/records.ts", () => {
    expect(readFileSync(SCHEMA_FILE, "utf8")).toBe(schemaText());
  });

  it("names every record kind and requires exactly the fields the parser writes", async () => {
    const schema = recordsJsonSchema() as { $defs: Record<string, ObjectSchema> };
    const { records } = await processFile(
      RECORD_FIXTURES,
      "norrvik-bostader-arbetsmiljorapport-2024.pdf",
    );
    const plan = await processFile(RECORD_FIXTURES, "bou-kommunikationsplan-2026.docx");
    const samples: [string, object | undefined][] = [
      ["DocumentRecord", records.document],
      ["RiskRecord", records.risks[0]],
      ["MeasureRecord", records.risks[0]?.measures[0]],
      ["StatisticRecord", records.statistics[0]],
      ["ActivityRecord", plan.records.activities[0]],
    ];
    for (const [name, record] of samples) {
      const def = schema.$defs[name];
      expect(def, name).toBeDefined();
      expect(record, name).toBeDefined();
      expect(Object.keys(record ?? {}).sort(), name).toEqual([...(def?.required ?? [])].sort());
      expect(Object.keys(def?.properties ?? {}).sort(), name).toEqual(
        [...(def?.required ?? [])].sort(),
      );
    }
  });
});
