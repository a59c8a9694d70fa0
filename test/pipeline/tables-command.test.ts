// `planpipe tables <file> --csv <dir>` and `--json` on a real PDF.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { main } from "../../src/pipeline/cli.js";

const SAMPLE = join(import.meta.dirname, "../../fixtures/samples/003_arbetsmiljorapport-2024.pdf");

describe("planpipe tables", () => {
  const dir = mkdtempSync(join(tmpdir(), "planpipe-csv-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes one CSV per table, in document order, spans at their top-left cell", async () => {
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    expect(await main(["node", "planpipe", "tables", SAMPLE, "--csv", dir])).toBe(0);
    stderr.mockRestore();
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(11);
    expect(files[0]).toBe("003_arbetsmiljorapport-2024-tabell01-s1.csv");
    expect(files[10]).toBe("003_arbetsmiljorapport-2024-tabell11-s6.csv");
    const lines = readFileSync(join(dir, files[0]!), "utf8").split("\r\n");
    expect(lines[0]).toBe("Risk,Risknivå,Åtgärd,Status,Slutdatum");
    expect(lines[2]).toBe(
      ",,Önskad effekt Den önskade effekten är att öka förvaltningens förmåga till kompetensförsörjning.,,",
    );
  });

  it("prints the contract's JSON shape", async () => {
    let out = "";
    const stdout = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      out += String(chunk);
      return true;
    });
    expect(await main(["node", "planpipe", "tables", SAMPLE, "--json"])).toBe(0);
    stdout.mockRestore();
    const json = JSON.parse(out) as {
      tables: { page: number; method: string; rows: number; cols: number }[];
    };
    expect(json.tables[0]).toMatchObject({ page: 1, method: "lattice", rows: 13, cols: 5 });
    expect(json.tables.map((t) => t.page)).toEqual([1, 2, 2, 3, 3, 4, 4, 5, 6, 6, 6]);
  });
});
