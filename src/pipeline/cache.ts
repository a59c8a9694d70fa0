// The run cache in <out>/.planpipe-cache/: one entry per document, named by the sha256 of its
// bytes, holding its analysis (records before the path is filled in). A renamed or moved file
// has the same bytes, so it is found again; an edited file has new bytes and is read again.
//
// All entries live under a folder named by the cache key: planpipe's version, the cache
// schema, a hash of the code that turns bytes into records and the versions of the readers
// (pdf.js, mammoth). A new version, or any change to that code, finds an empty folder and
// reads everything again; old folders are removed after a successful run.
//
// An index (path, size, mtime, inode → hash) spares reading and hashing unchanged files.
//
// A manifest (outputs.json) names what the last complete run's outputs were made from, so that
// a run in which nothing changed can leave them as they are (run.ts).
//
// Entries are written to a temp file and renamed, without fsync: after a crash an entry is
// either whole or absent, and a damaged one (power loss) fails validation and is re-read.
import { createHash, randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Analysis } from "./analyse.js";
import { PLANPIPE_VERSION } from "./version.js";

/** Bump when the entry format or the meaning of an analysis changes. */
export const CACHE_SCHEMA = 1;
export const CACHE_DIR = ".planpipe-cache";

/** Source folders (under src/ or dist/) whose code decides what an analysis contains. */
const ANALYSIS_CODE = ["extract", "parse", "model", "pipeline"];
/** ... and those that turn analyses into the outputs. */
const OUTPUT_CODE = ["check", "report"];
/** Packages whose versions change what an analysis contains, and the outputs. */
const ANALYSIS_DEPS = ["pdfjs-dist", "mammoth", "yauzl"];
const OUTPUT_DEPS = ["exceljs", "natural"];

export interface FileStamp {
  size: number;
  mtimeMs: number;
  ino: number;
}

interface IndexRow extends FileStamp {
  id: string;
}

interface CacheEntry {
  schema: number;
  key: string;
  id: string;
  analysis: Analysis;
}

const codeHashMemo = new Map<string, Promise<string>>();

/** sha256 over code folders and package versions, so that changed code invalidates its cache. */
function codeHash(folders: string[], deps: string[]): Promise<string> {
  const memoKey = [...folders, ...deps].join(",");
  let memo = codeHashMemo.get(memoKey);
  if (!memo) {
    memo = (async () => {
      const root = dirname(dirname(fileURLToPath(import.meta.url)));
      const hash = createHash("sha256");
      for (const folder of folders) {
        const files = await listCode(join(root, folder)).catch(() => []);
        for (const file of files.sort()) {
          hash.update(file.slice(root.length));
          hash.update(await readFile(file));
        }
      }
      const require = createRequire(import.meta.url);
      for (const dep of deps) {
        try {
          hash.update(`${dep}@${(require(`${dep}/package.json`) as { version: string }).version}`);
        } catch {
          hash.update(`${dep}@?`);
        }
      }
      return hash.digest("hex");
    })();
    codeHashMemo.set(memoKey, memo);
  }
  return memo;
}

async function listCode(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listCode(full)));
    else if (/\.(ts|js|mjs|json)$/.test(entry.name) && !entry.name.endsWith(".d.ts"))
      out.push(full);
  }
  return out;
}

export async function cacheKey(version: string = PLANPIPE_VERSION): Promise<string> {
  const code = await codeHash(ANALYSIS_CODE, ANALYSIS_DEPS);
  const material = JSON.stringify({ schema: CACHE_SCHEMA, version, code });
  return createHash("sha256").update(material).digest("hex").slice(0, 16);
}

/** The code that makes outputs from records: checks and report. */
export function outputCodeHash(): Promise<string> {
  return codeHash(OUTPUT_CODE, OUTPUT_DEPS);
}

/** What the last complete run wrote, and from what (see run.ts, "up to date"). */
export interface OutputManifest {
  fingerprint: string;
  /** Output file name → size and mtime right after it was written. */
  outputs: Record<string, FileStamp>;
}

export class ResultCache {
  private readonly entries: string;
  private readonly indexPath: string;
  private readonly manifestPath: string;
  private index = new Map<string, IndexRow>();
  private readonly nextIndex = new Map<string, IndexRow>();

  private constructor(
    readonly root: string,
    readonly key: string,
  ) {
    this.entries = join(root, key, "entries");
    this.indexPath = join(root, key, "index.json");
    this.manifestPath = join(root, key, "outputs.json");
  }

  static async open(outFolder: string, key: string): Promise<ResultCache> {
    const cache = new ResultCache(join(outFolder, CACHE_DIR), key);
    await mkdir(cache.entries, { recursive: true });
    try {
      const rows = JSON.parse(await readFile(cache.indexPath, "utf8")) as Record<string, IndexRow>;
      cache.index = new Map(Object.entries(rows).filter(([, r]) => isIndexRow(r)));
    } catch {
      // No index yet, or a damaged one: files are hashed again, nothing else is lost.
    }
    return cache;
  }

  /** The hash recorded for this path when it had exactly this size, mtime and inode. */
  knownId(file: string, stamp: FileStamp): string | null {
    const row = this.index.get(file);
    return row && sameStamp(row, stamp) ? row.id : null;
  }

  /** Records the path's hash for the index written by `commit`. */
  remember(file: string, stamp: FileStamp, id: string): void {
    this.nextIndex.set(file, { size: stamp.size, mtimeMs: stamp.mtimeMs, ino: stamp.ino, id });
  }

  async get(id: string): Promise<Analysis | null> {
    let text: string;
    try {
      text = await readFile(this.entryPath(id), "utf8");
    } catch {
      return null;
    }
    try {
      const entry = JSON.parse(text) as CacheEntry;
      if (entry.schema !== CACHE_SCHEMA || entry.key !== this.key || entry.id !== id) return null;
      if (entry.analysis?.records?.document?.id !== id) return null;
      return entry.analysis;
    } catch {
      return null; // damaged: read the file again and overwrite the entry
    }
  }

  async put(id: string, analysis: Analysis): Promise<void> {
    const entry: CacheEntry = { schema: CACHE_SCHEMA, key: this.key, id, analysis };
    const path = this.entryPath(id);
    const tmp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
    try {
      await writeFile(tmp, JSON.stringify(entry));
      await rename(tmp, path);
    } catch {
      // A cache that cannot be written only costs speed on the next run.
      await rm(tmp, { force: true }).catch(() => {});
    }
  }

  async readManifest(): Promise<OutputManifest | null> {
    try {
      const m = JSON.parse(await readFile(this.manifestPath, "utf8")) as OutputManifest;
      return typeof m.fingerprint === "string" && typeof m.outputs === "object" ? m : null;
    } catch {
      return null;
    }
  }

  async writeManifest(manifest: OutputManifest): Promise<void> {
    const tmp = `${this.manifestPath}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(manifest));
    await rename(tmp, this.manifestPath);
  }

  async dropManifest(): Promise<void> {
    await rm(this.manifestPath, { force: true });
  }

  /**
   * After a successful run: writes the index, and removes entries no current file uses,
   * leftovers of killed runs and folders of other cache keys.
   */
  async commit(usedIds: ReadonlySet<string>): Promise<{ removed: number }> {
    const tmp = `${this.indexPath}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(Object.fromEntries(this.nextIndex)));
    await rename(tmp, this.indexPath);
    let removed = 0;
    for (const name of await readdir(join(this.root, this.key))) {
      if (name.endsWith(".tmp")) await rm(join(this.root, this.key, name), { force: true });
    }
    for (const name of await readdir(this.entries)) {
      const id = name.endsWith(".json") ? name.slice(0, -".json".length) : null;
      if (id !== null && usedIds.has(id)) continue;
      await rm(join(this.entries, name), { force: true });
      if (id !== null) removed += 1;
    }
    for (const name of await readdir(this.root)) {
      if (name !== this.key) await rm(join(this.root, name), { recursive: true, force: true });
    }
    return { removed };
  }

  private entryPath(id: string): string {
    if (!/^[0-9a-f]{64}$/.test(id)) throw new Error(`invalid document id ${id}`);
    return join(this.entries, `${id}.json`);
  }
}

function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;
}

function isIndexRow(value: unknown): value is IndexRow {
  const r = value as IndexRow;
  return (
    typeof r?.id === "string" &&
    typeof r.size === "number" &&
    typeof r.mtimeMs === "number" &&
    typeof r.ino === "number"
  );
}
