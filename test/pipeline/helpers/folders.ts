// Temp input/output folders with real sample documents, for pipeline tests.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export const SAMPLES = join(import.meta.dirname, "../../../fixtures/samples");
export const BAD = join(import.meta.dirname, "../../../fixtures/bad");

export interface TempFolders {
  input: string;
  out: string;
  /** Copies a sample (by name) to a path relative to the input folder. */
  add(sample: string, as?: string, from?: string): string;
  remove(): void;
}

export function tempFolders(prefix: string): TempFolders {
  const base = mkdtempSync(join(tmpdir(), `planpipe-${prefix}-`));
  const input = join(base, "in");
  const out = join(base, "out");
  mkdirSync(input);
  return {
    input,
    out,
    add(sample, as = sample, from = SAMPLES) {
      const target = join(input, as);
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(join(from, sample), target);
      return target;
    },
    remove() {
      rmSync(base, { recursive: true, force: true });
    },
  };
}
