// Reads the samples' truth files (fixtures/samples/*.truth.json) for the parser tests.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const SAMPLES = fileURLToPath(new URL("../../../fixtures/samples/", import.meta.url));

export interface TruthActivity {
  when: string;
  start: string | null;
  end: string | null;
  targetGroups: string[];
  responsible: string | null;
  responsibleInitials: string[];
}

export interface TruthFile {
  file: string;
  documents: { year: number | null }[];
  activities: TruthActivity[];
  risks: { measures: { endDate: string | null }[] }[];
  statistics: { raw: string; value: number | null }[];
  tables: { cells: { row: number; col: number; text: string }[] }[];
}

export function loadTruthFiles(): TruthFile[] {
  return readdirSync(SAMPLES)
    .filter((f) => f.endsWith(".truth.json"))
    .sort()
    .map((f) => ({ file: f, ...JSON.parse(readFileSync(SAMPLES + f, "utf8")) }) as TruthFile);
}
