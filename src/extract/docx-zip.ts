// Reading parts of an OOXML package (a zip) with a size limit, so that a hostile or broken file
// fails with an ExtractError instead of exhausting memory.
import type { Readable } from "node:stream";
import type { Entry, ZipFile } from "yauzl";
import yauzl from "yauzl";
import { ExtractError } from "./errors.js";

export interface ZipPackage {
  /** Part names as stored (forward slashes, no leading slash). */
  names: string[];
  /** Contents of a part, or null when the package has no such part. */
  read(name: string): Promise<Buffer | null>;
}

/**
 * Zip-bomb limits, checked against the central directory before anything is inflated. Real
 * Word files compress their XML about 5-30:1 and their images hardly at all; deflate tops out
 * near 1032:1, which is what bombs use.
 */
export const ZIP_LIMITS = {
  /** Sum of all entries' declared uncompressed sizes. */
  maxTotalBytes: 512 * 1024 * 1024,
  /** Highest declared ratio uncompressed : compressed for an entry ... */
  maxRatio: 200,
  /** ... once the entry is at least this large (tiny parts compress oddly, harmlessly). */
  ratioFromBytes: 1024 * 1024,
  maxEntries: 10_000,
};

/**
 * Opens the package, lists it and runs `use` with it; closes it afterwards. An unreadable zip
 * raises "corrupt", an encrypted entry "encrypted", a part over `maxPartBytes` or a package
 * over ZIP_LIMITS "too-large".
 */
export async function withZipPackage<T>(
  bytes: Uint8Array,
  maxPartBytes: number,
  use: (pkg: ZipPackage) => Promise<T>,
): Promise<T> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(buffer, { autoClose: false, strictFileNames: false });
  } catch (error) {
    throw new ExtractError("corrupt", `not a readable zip archive: ${messageOf(error)}`, {
      cause: error,
    });
  }
  try {
    const entries = new Map<string, Entry>();
    for await (const entry of zip.eachEntry()) entries.set(entry.fileName, entry);
    refuseZipBomb([...entries.values()]);
    // mammoth inflates the XML parts itself and does not hold them to their declared sizes;
    // yauzl does, so a part that lies about its size is caught here with bounded memory.
    for (const entry of entries.values()) {
      if (/\.(xml|rels)$/i.test(entry.fileName)) await verifyEntry(zip, entry, maxPartBytes);
    }
    const read = async (name: string): Promise<Buffer | null> => {
      const entry = entries.get(name);
      return entry ? readEntry(zip, entry, maxPartBytes) : null;
    };
    return await use({ names: [...entries.keys()], read });
  } catch (error) {
    if (error instanceof ExtractError) throw error;
    throw new ExtractError("corrupt", `damaged zip archive: ${messageOf(error)}`, { cause: error });
  } finally {
    zip.close();
  }
}

/** Refuses a package from its central directory alone: declared sizes and ratios. */
export function refuseZipBomb(
  entries: readonly Pick<Entry, "fileName" | "compressedSize" | "uncompressedSize">[],
  limits: typeof ZIP_LIMITS = ZIP_LIMITS,
): void {
  if (entries.length > limits.maxEntries) {
    throw new ExtractError("too-large", `zip bomb suspected: ${entries.length} entries`);
  }
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize >= limits.ratioFromBytes && ratio > limits.maxRatio) {
      throw new ExtractError(
        "too-large",
        `zip bomb suspected: ${entry.fileName} declares ${entry.uncompressedSize} bytes, compressed ${Math.round(ratio)}:1`,
      );
    }
  }
  if (total > limits.maxTotalBytes) {
    throw new ExtractError(
      "too-large",
      `zip bomb suspected: ${entries.length} entries declare ${total} bytes in all`,
    );
  }
}

/** An entry we may inflate: not encrypted, and not declared larger than the limit. */
function assertReadable(entry: Entry, limit: number): void {
  if (entry.isEncrypted()) {
    throw new ExtractError("encrypted", `zip entry ${entry.fileName} is encrypted`);
  }
  if (entry.uncompressedSize > limit) {
    throw new ExtractError(
      "too-large",
      `part ${entry.fileName} is ${entry.uncompressedSize} bytes`,
    );
  }
}

/** Inflates an entry into nothing, only to learn that it is what the directory says. */
async function verifyEntry(zip: ZipFile, entry: Entry, limit: number): Promise<void> {
  assertReadable(entry, limit);
  const stream: Readable = await zip.openReadStreamPromise(entry);
  for await (const _chunk of stream) {
    // yauzl errors the stream once it yields more (or fewer) bytes than declared.
  }
}

async function readEntry(zip: ZipFile, entry: Entry, limit: number): Promise<Buffer> {
  assertReadable(entry, limit);
  const stream: Readable = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const data = chunk as Buffer;
    total += data.length;
    // yauzl checks declared sizes, but a lying header must not make us buffer without bound.
    if (total > limit) {
      stream.destroy();
      throw new ExtractError("too-large", `part ${entry.fileName} exceeds ${limit} bytes`);
    }
    chunks.push(data);
  }
  return Buffer.concat(chunks, total);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
