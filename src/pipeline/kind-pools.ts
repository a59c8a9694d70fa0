// Reading processes split between the two kinds of file ("threads" below: the reading
// processes, one file at a time each). One that has read PDFs has pdf.js compiled and warm;
// one that has read Word files has mammoth warm; a cold start costs about as much as reading
// tens of small files. So, with two or more of them and both kinds in the folder, each kind
// gets its own in proportion to its files (by name; the bytes decide the reader), and when one
// kind has no files left its share goes to the other. Measured on the bench corpus (with
// worker threads), two kept to one kind each read it in 2.6 s against 3.2 s sharing both kinds.
import PQueue from "p-queue";
import type { Analysis } from "./analyse.js";
import { AnalysisPool, type PoolOptions } from "./pool.js";
import { formatFromName } from "./sniff.js";

export type LaneKey = "pdf" | "office" | "all";

/** The kind of reader a file name points to. */
export function readerKind(file: string): "pdf" | "office" {
  return formatFromName(file) === "pdf" ? "pdf" : "office";
}

/** Threads per kind: split in proportion to the files when it can be, else all shared. */
export function splitThreads(files: readonly string[], workers: number): Map<LaneKey, number> {
  const pdf = files.filter((f) => readerKind(f) === "pdf").length;
  const office = files.length - pdf;
  if (workers < 2 || pdf === 0 || office === 0) return new Map([["all", Math.max(1, workers)]]);
  const forPdf = Math.min(workers - 1, Math.max(1, Math.round((workers * pdf) / files.length)));
  return new Map<LaneKey, number>([
    ["pdf", forPdf],
    ["office", workers - forPdf],
  ]);
}

/** Largest first within each kind, the kinds interleaved in proportion. */
export function readingOrder<T extends { file: string; size: number }>(files: readonly T[]): T[] {
  const largestFirst = (a: T, b: T) => b.size - a.size || (a.file < b.file ? -1 : 1);
  const pdf = files.filter((f) => readerKind(f.file) === "pdf").sort(largestFirst);
  const office = files.filter((f) => readerKind(f.file) === "office").sort(largestFirst);
  const order: T[] = [];
  let p = 0;
  let o = 0;
  while (p < pdf.length || o < office.length) {
    const pdfBehind = (p + 1) / (pdf.length + 1) <= (o + 1) / (office.length + 1);
    if (o >= office.length || (p < pdf.length && pdfBehind)) order.push(pdf[p++] as T);
    else order.push(office[o++] as T);
  }
  return order;
}

interface Lane {
  pool: AnalysisPool | undefined;
  /** Threads of the pool, and files in them now. */
  threads: number;
  busy: number;
}

export class KindPools {
  private readonly queues = new Map<LaneKey, PQueue>();
  private readonly lanes = new Map<LaneKey, Lane>();
  /** Per kind, the lanes its files may use: its own first, then any handed over. */
  private readonly uses = new Map<LaneKey, LaneKey[]>();
  private readonly remaining = new Map<LaneKey, number>();

  /**
   * @param files every file of the run (names), to split the threads and know when a kind is
   *   finished
   * @param onFirstUse called when a file first goes to a thread
   */
  constructor(
    files: readonly string[],
    private readonly options: PoolOptions,
    private readonly onFirstUse: () => void = () => undefined,
  ) {
    for (const [key, threads] of splitThreads(files, options.workers)) {
      this.queues.set(key, new PQueue({ concurrency: threads }));
      this.lanes.set(key, { pool: undefined, threads, busy: 0 });
      this.uses.set(key, [key]);
    }
    for (const f of files) {
      const key = this.keyOf(f);
      this.remaining.set(key, (this.remaining.get(key) ?? 0) + 1);
    }
  }

  /** How many files of this file's kind may be in threads at once. */
  threadsFor(file: string): number {
    return this.queues.get(this.keyOf(file))?.concurrency ?? 0;
  }

  keyOf(file: string): LaneKey {
    return this.queues.has("all") ? "all" : readerKind(file);
  }

  /**
   * Reads one file in a thread of its kind. Resolves to the analysis and how long the file
   * waited for a thread. Never throws (see AnalysisPool.analyse).
   */
  analyse(file: string, bytes: Uint8Array, id: string): Promise<[Analysis, number]> {
    const key = this.keyOf(file);
    const queued = performance.now();
    return (this.queues.get(key) as PQueue).add(async () => {
      const waited = performance.now() - queued;
      this.onFirstUse();
      // The queue lets no more files run than the lanes this kind uses have threads.
      const laneKey = (this.uses.get(key) ?? [key]).find((k) => {
        const lane = this.lanes.get(k);
        return lane !== undefined && lane.busy < lane.threads;
      }) as LaneKey;
      const lane = this.lanes.get(laneKey) as Lane;
      lane.pool ??= new AnalysisPool({ ...this.options, workers: lane.threads });
      lane.busy += 1;
      try {
        return [await lane.pool.analyse(bytes, id), waited];
      } finally {
        lane.busy -= 1;
      }
    });
  }

  /** This file needs no thread any more (read, cached, refused or gone). */
  finished(file: string): void {
    const key = this.keyOf(file);
    const left = (this.remaining.get(key) ?? 1) - 1;
    this.remaining.set(key, left);
    if (left > 0) return;
    // This kind's threads go to the kind that still has files.
    const other = [...this.remaining].find(([k, n]) => k !== key && n > 0)?.[0];
    if (other === undefined) return;
    this.uses.get(other)?.push(...(this.uses.get(key) ?? []));
    this.uses.set(key, []);
    const queue = this.queues.get(other) as PQueue;
    queue.concurrency += (this.queues.get(key) as PQueue).concurrency;
  }

  /** Closes every thread; safe to call again. */
  async close(): Promise<void> {
    const open = [...this.lanes.values()].flatMap((l) => (l.pool ? [l.pool] : []));
    for (const lane of this.lanes.values()) lane.pool = undefined;
    await Promise.all(open.map((p) => p.close()));
  }
}
