// Writes docs/records.schema.json: the JSON Schema of records.json, generated from the zod
// schemas in src/model/records.ts (the one definition) with zod 4's z.toJSONSchema. Each record
// kind is a named definition under $defs. A test checks that the committed file equals a fresh
// generation, so run this after changing the model.
// Usage: npx tsx scripts/gen-json-schema.ts [--check]
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import {
  activityRecord,
  bbox,
  documentRecord,
  documentType,
  findingRecord,
  followUpRecord,
  isoDate,
  measureRecord,
  problem,
  recordsFile,
  riskRecord,
  statisticRecord,
} from "../src/model/records.js";

export const SCHEMA_FILE = path.join(import.meta.dirname, "..", "docs", "records.schema.json");

/** Names of the definitions, with what each is. */
const DEFINITIONS: readonly [z.ZodType, string, string][] = [
  [isoDate, "IsoDate", "A calendar date, YYYY-MM-DD."],
  [bbox, "BBox", "A box in PDF points, origin top-left of the page: [x0, y0, x1, y1]."],
  [documentType, "DocumentType", "What kind of document a file is."],
  [problem, "Problem", "Something that went wrong reading a file."],
  [documentRecord, "DocumentRecord", "One input file."],
  [activityRecord, "ActivityRecord", "One row of an activity table of a communication plan."],
  [measureRecord, "MeasureRecord", "One measure against a risk."],
  [riskRecord, "RiskRecord", "One risk of a work-environment report, with its measures."],
  [statisticRecord, "StatisticRecord", "One figure of a key-figure table."],
  [findingRecord, "FindingRecord", "One inconsistency a check found."],
  [followUpRecord, "FollowUpRecord", "What year N promised and what year N+1 says about it."],
];

/** The JSON Schema of records.json. */
export function recordsJsonSchema(): Record<string, unknown> {
  const registry = z.registry<{ id: string; description: string }>();
  for (const [schema, id, description] of DEFINITIONS) registry.add(schema, { id, description });
  const generated = z.toJSONSchema(recordsFile, {
    metadata: registry,
    target: "draft-2020-12",
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: "https://planpipe.local/schemas/records.schema.json",
    title: "planpipe records.json",
    description:
      "Everything one run read: documents, activities, risks with measures, key figures, findings and follow-up.",
    $comment: "Generated from src/model/records.ts by scripts/gen-json-schema.ts; do not edit.",
    ...rest,
  };
}

export function schemaText(): string {
  return `${JSON.stringify(recordsJsonSchema(), null, 2)}\n`;
}

function main(): void {
  const text = schemaText();
  if (process.argv.includes("--check")) {
    const committed = readFileSync(SCHEMA_FILE, "utf8");
    if (committed !== text) {
      console.error(`${SCHEMA_FILE} is out of date: run npx tsx scripts/gen-json-schema.ts`);
      process.exit(1);
    }
    console.log(`${SCHEMA_FILE} is up to date`);
    return;
  }
  writeFileSync(SCHEMA_FILE, text);
  console.log(`wrote ${SCHEMA_FILE}`);
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) main();
