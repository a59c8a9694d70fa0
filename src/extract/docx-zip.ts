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
 * Opens the package, lists it and runs `use` with it; closes it afterwards. An unreadable zip
 * raises "corrupt", an encrypted entry "encrypted", a part over `maxPartBytes` "too-large".
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

async function readEntry(zip: ZipFile, entry: Entry, limit: number): Promise<Buffer> {
  if (entry.isEncrypted()) {
    throw new ExtractError("encrypted", `zip entry ${entry.fileName} is encrypted`);
  }
  if (entry.uncompressedSize > limit) {
    throw new ExtractError(
      "too-large",
      `part ${entry.fileName} is ${entry.uncompressedSize} bytes`,
    );
  }
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
