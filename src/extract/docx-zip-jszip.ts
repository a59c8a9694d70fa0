// Whether JSZip, the zip reader inside mammoth, reads a package exactly as yauzl (ours) does.
// Only then may mammoth be served the parts we have read; for anything else it opens the zip
// itself, as it always did, so that damaged and unusual files keep their old outcome. JSZip
// 3.10 takes names from local headers, decodes names without the UTF-8 flag as UTF-8, finds
// the directory from the end record's offsets (shifting them when they disagree), reads every
// directory record up to the end record, and refuses encrypted or unknown-method entries
// anywhere in the file; yauzl does none of this.
import type { Entry } from "yauzl";

const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const END_OF_DIRECTORY = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const UNICODE_PATH_FIELD = 0x7075;
const ZIP64_FIELD = 0x0001;
const BACKSLASH = 0x5c;

/** Where an entry's stored data lies, from its local header; null when that is unsound. */
export function dataRange(buffer: Buffer, entry: Entry): { start: number; end: number } | null {
  const header = entry.relativeOffsetOfLocalHeader;
  if (header + 30 > buffer.length || buffer.readUInt32LE(header) !== LOCAL_HEADER_SIGNATURE) {
    return null;
  }
  const start = header + 30 + buffer.readUInt16LE(header + 26) + buffer.readUInt16LE(header + 28);
  const end = start + entry.compressedSize;
  return end > buffer.length ? null : { start, end };
}

/** `entries`: every directory record yauzl listed, in order. */
export function readsAlikeInJsZip(buffer: Buffer, entries: readonly Entry[]): boolean {
  return directoryReadsAlike(buffer, entries) && entries.every((e) => entryReadsAlike(buffer, e));
}

/** One directory of exactly these records, where the end record says, on one disk, no zip64. */
function directoryReadsAlike(buffer: Buffer, entries: readonly Entry[]): boolean {
  const end = buffer.lastIndexOf(END_OF_DIRECTORY);
  if (end < 0 || end + 22 > buffer.length) return false;
  const records = buffer.readUInt16LE(end + 10);
  const size = buffer.readUInt32LE(end + 12);
  const offset = buffer.readUInt32LE(end + 16);
  if (buffer.readUInt16LE(end + 4) !== 0 || buffer.readUInt16LE(end + 6) !== 0) return false;
  if (buffer.readUInt16LE(end + 8) !== records) return false;
  if (records === 0xffff || size === 0xffffffff || offset === 0xffffffff) return false;
  if (records !== entries.length || offset + size !== end) return false;
  let bytes = 0;
  for (const e of entries)
    bytes += 46 + e.fileNameLength + e.extraFieldLength + e.fileCommentLength;
  const names = new Set(entries.map((e) => e.fileName));
  return bytes === size && names.size === entries.length;
}

function entryReadsAlike(buffer: Buffer, entry: Entry): boolean {
  if (entry.isEncrypted() || (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)) {
    return false;
  }
  const odd = (id: number) => id === UNICODE_PATH_FIELD || id === ZIP64_FIELD;
  if (entry.extraFields.some((field) => odd(field.id))) return false;
  if (!entry.fileNameRaw.every((byte) => byte < 0x80 && byte !== BACKSLASH)) return false;
  if (dataRange(buffer, entry) === null) return false;
  const header = entry.relativeOffsetOfLocalHeader;
  const localName = buffer.subarray(header + 30, header + 30 + buffer.readUInt16LE(header + 26));
  return localName.equals(entry.fileNameRaw);
}
