// Reading parts of an OOXML package (a zip) with a size limit, so that a hostile or broken file
// fails with an ExtractError instead of exhausting memory.
import type { Readable } from "node:stream";
import { inflateRawSync } from "node:zlib";
import type { Entry, ZipFile } from "yauzl";
import yauzl from "yauzl";
import { dataRange, readsAlikeInJsZip } from "./docx-zip-jszip.js";
import { ExtractError } from "./errors.js";

export interface ZipPackage {
  /** Part names as stored (forward slashes, no leading slash). */
  names: string[];
  /** True when the package has a part (not a folder) of that name. */
  has(name: string): boolean;
  /**
   * True when JSZip (mammoth's zip reader) reads the package as we do: every entry is named in
   * plain ASCII (no backslash, no Unicode-path extra field) and alike in its local header,
   * unencrypted, stored or deflated, with its local header and data where the directory says.
   * Otherwise JSZip may name parts differently or refuse the whole file, so mammoth should
   * open it itself.
   */
  plain: boolean;
  /** Contents of a part, or null when the package has no such part. */
  read(name: string): Promise<Buffer | null>;
}

/**
 * XML parts inflated to verify them are kept, up to this many bytes in all, so that reading
 * them afterwards (our readers, then mammoth) does not inflate them again.
 */
const RETAINED_BYTES = 64 * 1024 * 1024;

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
    const listed: Entry[] = [];
    for await (const entry of zip.eachEntry()) {
      entries.set(entry.fileName, entry);
      listed.push(entry);
    }
    refuseZipBomb([...entries.values()]);
    // Every XML part is inflated once up front: yauzl holds it to its declared size, so a part
    // that lies about its size (or is damaged) fails here, whether or not it is read later.
    const retained = new Map<string, Buffer>();
    let retainedBytes = 0;
    for (const entry of entries.values()) {
      if (!/\.(xml|rels)$/i.test(entry.fileName)) continue;
      if (retainedBytes + entry.uncompressedSize > RETAINED_BYTES) {
        await verifyEntry(zip, entry, maxPartBytes);
        continue;
      }
      const data = await readEntry(zip, buffer, entry, maxPartBytes);
      retained.set(entry.fileName, data);
      retainedBytes += data.length;
    }
    const read = async (name: string): Promise<Buffer | null> => {
      const entry = entries.get(name);
      if (!entry) return null;
      return retained.get(name) ?? readEntry(zip, buffer, entry, maxPartBytes);
    };
    const has = (name: string) => entries.has(name) && !name.endsWith("/");
    const plain = readsAlikeInJsZip(buffer, listed);
    return await use({ names: [...entries.keys()], has, read, plain });
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

async function readEntry(
  zip: ZipFile,
  buffer: Buffer,
  entry: Entry,
  limit: number,
): Promise<Buffer> {
  assertReadable(entry, limit);
  const inMemory = inflateInMemory(buffer, entry);
  if (inMemory) return inMemory;
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

/**
 * An entry's data, inflated in one synchronous call: several times cheaper than yauzl's stream
 * pipeline for the many small parts of a package. Null for anything but a plainly sound
 * stored or deflated entry of exactly its declared size; yauzl's reader then reads it, and
 * reports what is wrong in its own words.
 */
function inflateInMemory(buffer: Buffer, entry: Entry): Buffer | null {
  const range = dataRange(buffer, entry);
  if (!range) return null;
  const raw = buffer.subarray(range.start, range.end);
  // yauzl has already held a stored entry's two sizes to be equal.
  if (entry.compressionMethod === 0) return raw;
  if (entry.compressionMethod !== 8) return null;
  try {
    const data = inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    return data.length === entry.uncompressedSize ? data : null;
  } catch {
    return null;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
