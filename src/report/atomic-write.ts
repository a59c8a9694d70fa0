// Replace a file so that readers (and a crash) see either the old content or the new, never a
// half-written file: write a sibling temp file, flush it, then rename it over the target.
import { randomBytes } from "node:crypto";
import { type FileHandle, open, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  // Same directory, so the rename never crosses a file system; dot-prefixed to stay out of
  // listings; pid + random so concurrent writers never share a temp file.
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  const mode = await existingMode(path);
  let handle: FileHandle | undefined;
  try {
    // "wx": refuse to reuse a file that is already there rather than write into someone else's.
    handle = await open(tmp, "wx", mode ?? 0o666);
    await handle.writeFile(data);
    if (mode !== undefined) await handle.chmod(mode); // open's mode is filtered by the umask
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(tmp, path);
  } catch (err) {
    await handle?.close().catch(() => {});
    await rm(tmp, { force: true }).catch(() => {});
    throw err;
  }
  await syncDirectory(dir);
}

/** Permission bits of the file being replaced, so replacing it does not change who may read it. */
async function existingMode(path: string): Promise<number | undefined> {
  try {
    const s = await stat(path);
    return s.isFile() ? s.mode & 0o777 : undefined;
  } catch {
    return undefined;
  }
}

/** Make the rename itself durable. Not possible on every platform (Windows), hence best effort. */
async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, "r");
    await handle.sync();
  } catch {
    // The new file is complete and in place; only durability across a power cut is weaker.
  } finally {
    await handle?.close().catch(() => {});
  }
}
