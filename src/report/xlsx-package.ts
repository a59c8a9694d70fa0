// Finishing touches exceljs cannot make, applied to the written .xlsx package:
//
// 1. Internal links. exceljs writes a link to "#'Sheet'!A12" as an external relationship *and*
//    a location, which Excel reads as a link to a file named "#'Sheet'!A12" (and a relationship
//    target with a raw space is invalid). Excel's own form is a <hyperlink> with only
//    location="'Sheet'!A12"; the relationship is dropped.
// 2. Determinism. The zip is rewritten with fixed entry timestamps (the run's), in exceljs's
//    entry order, so the same workbook gives the same bytes.
import type { Readable } from "node:stream";
import { crc32, deflateRawSync } from "node:zlib";
import yauzl from "yauzl";

export interface Part {
  name: string;
  data: Buffer;
}

export async function finishXlsx(bytes: Uint8Array, timestamp: Date): Promise<Uint8Array> {
  const parts = await readZip(bytes);
  const byName = new Map(parts.map((p) => [p.name, p]));
  for (const part of parts) {
    const match = /^xl\/worksheets\/(sheet\d+\.xml)$/.exec(part.name);
    if (!match) continue;
    const rels = byName.get(`xl/worksheets/_rels/${match[1]}.rels`);
    const result = rewriteInternalLinks(
      part.data.toString("utf8"),
      rels?.data.toString("utf8") ?? null,
    );
    part.data = Buffer.from(result.sheet, "utf8");
    if (rels && result.rels !== null) rels.data = Buffer.from(result.rels, "utf8");
  }
  return writeZip(parts, timestamp);
}

/**
 * Turns `<hyperlink ref="B2" r:id="rId3" location="#'Sheet'!A12"/>` into
 * `<hyperlink ref="B2" location="'Sheet'!A12"/>` and removes relationship rId3.
 */
export function rewriteInternalLinks(
  sheetXml: string,
  relsXml: string | null,
): { sheet: string; rels: string | null } {
  const dropped = new Set<string>();
  const sheet = sheetXml.replace(/<hyperlink\b([^>]*?)\/>/g, (whole, attrs: string) => {
    const location = /\slocation="#([^"]*)"/.exec(attrs);
    if (!location) return whole;
    const rid = /\sr:id="([^"]*)"/.exec(attrs);
    if (rid) dropped.add(rid[1]!);
    const ref = /\sref="([^"]*)"/.exec(attrs)?.[1] ?? "";
    const tooltip = /\stooltip="[^"]*"/.exec(attrs)?.[0] ?? "";
    return `<hyperlink ref="${ref}" location="${location[1]}"${tooltip}/>`;
  });
  if (relsXml === null || dropped.size === 0) return { sheet, rels: relsXml };
  const rels = relsXml.replace(/<Relationship\b[^>]*?\/>/g, (whole) => {
    const id = /\sId="([^"]*)"/.exec(whole)?.[1];
    return id !== undefined && dropped.has(id) ? "" : whole;
  });
  return { sheet, rels };
}

/** Every file in a zip, in stored order (directories left out). */
export async function readZip(bytes: Uint8Array): Promise<Part[]> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const zip = await yauzl.fromBufferPromise(buffer, { autoClose: false });
  try {
    const parts: Part[] = [];
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith("/")) continue; // directories are implied by the names
      const stream: Readable = await zip.openReadStreamPromise(entry);
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      parts.push({ name: entry.fileName, data: Buffer.concat(chunks) });
    }
    return parts;
  } finally {
    zip.close();
  }
}

/** A plain zip: deflated entries, sizes in the local headers, no data descriptors, no extras. */
export function writeZip(parts: readonly Part[], timestamp: Date): Uint8Array {
  const { time, date } = dosDateTime(timestamp);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, "utf8");
    const compressed = deflateRawSync(part.data, { level: 6 });
    const crc = crc32(part.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: deflate
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(part.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, compressed);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by: MS-DOS, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(part.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    // extra, comment, disk, internal and external attributes: all zero
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, ...centrals, end]));
}

function dosDateTime(d: Date): { time: number; date: number } {
  // DOS dates start in 1980; a missing or earlier timestamp becomes 1980-01-01.
  const t =
    Number.isNaN(d.getTime()) || d.getUTCFullYear() < 1980 ? new Date(Date.UTC(1980, 0, 1)) : d;
  return {
    time: (t.getUTCHours() << 11) | (t.getUTCMinutes() << 5) | Math.floor(t.getUTCSeconds() / 2),
    date: ((t.getUTCFullYear() - 1980) << 9) | ((t.getUTCMonth() + 1) << 5) | t.getUTCDate(),
  };
}
