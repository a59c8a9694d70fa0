// For `npm run bench`: the reading of every PDF of a folder by planpipe's own pool, one reading
// process, one file after the other, with nothing else running (no hashing, cache, checks or
// outputs). Set beside a whole run, it shows what the rest of a run costs the reading process.
// Needs dist/ (`npm run build`). Usage: node scripts/read-alone.mjs <folder>
//   → prints {"files":…,"pages":…,"seconds":…} (seconds from starting the process to the last file)
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { tuneJitForBatch } from "../dist/pipeline/jit.js";

tuneJitForBatch(); // as bin/planpipe.js does, before the pipeline's modules load
const { AnalysisPool } = await import("../dist/pipeline/pool.js");
const { DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT_MS } = await import("../dist/pipeline/run.js");

const folder = process.argv[2];
const names = (await readdir(folder)).filter((f) => f.toLowerCase().endsWith(".pdf")).sort();
const files = await Promise.all(names.map((f) => readFile(path.join(folder, f))));
const started = performance.now();
const pool = new AnalysisPool({
  workers: 1,
  timeoutMs: DEFAULT_TIMEOUT_MS,
  maxMemoryMb: DEFAULT_MAX_MEMORY_MB,
});
let pages = 0;
for (const [i, bytes] of files.entries()) {
  const analysis = await pool.analyse(new Uint8Array(bytes), String(i).padStart(64, "0"));
  pages += analysis.records.document.pageCount ?? 0;
}
const seconds = (performance.now() - started) / 1000;
await pool.close();
console.log(JSON.stringify({ files: files.length, pages, seconds }));
