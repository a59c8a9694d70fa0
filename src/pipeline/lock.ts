// One run at a time per output folder: a nightly run and `planpipe watch` (or two cron jobs)
// must not interleave their writes or prune each other's cache. The lock is a file created
// whole and atomically (written aside, then hard-linked into place, which fails if it exists);
// a lock left by a killed run names a process that no longer exists and is taken over.
import { randomBytes } from "node:crypto";
import { link, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";

export const LOCK_FILE = ".planpipe.lock";

interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
}

export class RunLockedError extends Error {
  override readonly name = "RunLockedError";
  constructor(readonly holder: LockInfo) {
    super(
      `en annan körning (process ${holder.pid} på ${holder.host}, startad ${holder.startedAt}) använder redan utmappen`,
    );
  }
}

export interface RunLock {
  release(): Promise<void>;
}

export async function acquireRunLock(outFolder: string): Promise<RunLock> {
  const path = join(outFolder, LOCK_FILE);
  const info: LockInfo = {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date().toISOString(),
  };
  const tmp = join(outFolder, `${LOCK_FILE}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  await writeFile(tmp, JSON.stringify(info));
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await link(tmp, path);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
        // Linked whole, so an unreadable lock is garbage, not one being written.
        const holder = await readLock(path);
        if (holder && (attempt > 0 || isAlive(holder))) throw new RunLockedError(holder);
        if (attempt > 0) throw error;
        await rm(path, { force: true }); // left by a run that was killed
      }
    }
  } finally {
    await rm(tmp, { force: true });
  }
  return {
    async release() {
      const holder = await readLock(path);
      if (holder?.pid === info.pid && holder.startedAt === info.startedAt) {
        await rm(path, { force: true });
      }
    },
  };
}

async function readLock(path: string): Promise<LockInfo | null> {
  try {
    const info = JSON.parse(await readFile(path, "utf8")) as LockInfo;
    return typeof info.pid === "number" ? info : null;
  } catch {
    return null;
  }
}

/** A lock from another host cannot be checked, so it counts as held. */
function isAlive(holder: LockInfo): boolean {
  if (holder.host !== hostname()) return true;
  if (holder.pid === process.pid) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** writeFileAtomic's and this module's temp names: .<name>.<pid>.<random>.tmp */
const STALE_TEMP =
  /^\.(?:records\.json|run-log\.json|oversikt\.xlsx|oversikt\.html|planpipe\.lock)\.\d+\.[0-9a-f]+\.tmp$/;

/** Temp files of outputs written by a run that was killed before it could rename them. */
export async function removeStaleTempFiles(outFolder: string): Promise<number> {
  let removed = 0;
  for (const name of await readdir(outFolder)) {
    if (STALE_TEMP.test(name)) {
      await rm(join(outFolder, name), { force: true });
      removed += 1;
    }
  }
  return removed;
}
