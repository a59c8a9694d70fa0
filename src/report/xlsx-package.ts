// Finishing touches exceljs cannot make, applied to the written .xlsx package:
//
// 1. Internal links. exceljs writes a link to "#'Sheet'!A12" as an external relationship (and,
//    in its in-memory writer, a location too), which Excel reads as a link to a file named
//    "#'Sheet'!A12" (and a relationship target with a raw space is invalid). Excel's own form
//    is a <hyperlink> with only location="'Sheet'!A12"; the relationship is dropped.
// 2. Tables and print titles, which exceljs's streaming writer does not make (xlsx-tables.ts).
// 3. Determinism. The zip is rewritten with fixed entry timestamps (the run's), in exceljs's
//    entry order (table parts last), so the same workbook gives the same bytes.
import type { Readable } from "node:stream";
import { crc32, deflateRawSync } from "node:zlib";
import yauzl from "yauzl";
import {
  attachTables,
  type SheetExtras,
  tableXml,
  withPrintTitles,
  withTableContentTypes,
} from "./xlsx-tables.js";

export type { SheetExtras, TableDefinition } from "./xlsx-tables.js";

export interface Part {
  name: string;
  data: Buffer;
}

/**
 * The finished package. `sheets` (in workbook order) says which tables and print titles each
 * sheet gets.
 */
export async function finishXlsx(
  bytes: Uint8Array,
  timestamp: Date,
  sheets: readonly SheetExtras[] = [],
): Promise<Uint8Array> {
  const parts = await readZip(bytes);
  const byName = new Map(parts.map((p) => [p.name, p]));
  const added: Part[] = [];
  const tableIds: number[] = [];
  for (const part of parts) {
    const match = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(part.name);
    if (!match) continue;
    const relsName = `xl/worksheets/_rels/sheet${match[1]}.xml.rels`;
    let rels = byName.get(relsName);
    const links = rewriteInternalLinks(
      part.data.toString("utf8"),
      rels?.data.toString("utf8") ?? null,
    );
    let sheetXml = links.sheet;
    let relsXml = links.rels;
    const tables = sheets[Number(match[1]) - 1]?.tables ?? [];
    if (tables.length > 0) {
      const ids = tables.map((_, i) => tableIds.length + i + 1);
      const attached = attachTables(sheetXml, relsXml, ids);
      sheetXml = attached.sheet;
      relsXml = attached.rels;
      tables.forEach((table, i) => {
        added.push({
          name: `xl/tables/table${ids[i]}.xml`,
          data: Buffer.from(tableXml(table, ids[i]!)),
        });
      });
      tableIds.push(...ids);
      if (!rels) {
        rels = { name: relsName, data: Buffer.alloc(0) };
        added.push(rels);
      }
    }
    part.data = Buffer.from(sheetXml, "utf8");
    if (rels && relsXml !== null) rels.data = Buffer.from(relsXml, "utf8");
  }
  const types = byName.get("[Content_Types].xml");
  if (types && tableIds.length > 0) {
    types.data = Buffer.from(withTableContentTypes(types.data.toString("utf8"), tableIds));
  }
  const workbook = byName.get("xl/workbook.xml");
  if (workbook)
    workbook.data = Buffer.from(withPrintTitles(workbook.data.toString("utf8"), sheets));
  return writeZip([...parts, ...added], timestamp);
}

/**
 * Turns `<hyperlink ref="B2" r:id="rId3" location="#'Sheet'!A12"/>`, or a `<hyperlink ref="B2"
 * r:id="rId3"/>` whose relationship rId3 targets "#'Sheet'!A12", into
 * `<hyperlink ref="B2" location="'Sheet'!A12"/>` and removes relationship rId3.
 */
export function rewriteInternalLinks(
  sheetXml: string,
  relsXml: string | null,
): { sheet: string; rels: string | null } {
  const targets = new Map<string, string>();
  for (const m of (relsXml ?? "").matchAll(/<Relationship\b[^>]*?\/>/g)) {
    const id = /\sId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\sTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id !== undefined && target !== undefined) targets.set(id, target);
  }
  const dropped = new Set<string>();
  const sheet = sheetXml.replace(/<hyperlink\b([^>]*?)\/>/g, (whole, attrs: string) => {
    const rid = /\sr:id="([^"]*)"/.exec(attrs)?.[1];
    const location =
      /\slocation="#([^"]*)"/.exec(attrs)?.[1] ??
      (rid !== undefined && targets.get(rid)?.startsWith("#") ? targets.get(rid)!.slice(1) : null);
    if (location === null) return whole;
    if (rid !== undefined) dropped.add(rid);
    const ref = /\sref="([^"]*)"/.exec(attrs)?.[1] ?? "";
    const tooltip = /\stooltip="[^"]*"/.exec(attrs)?.[0] ?? "";
    return `<hyperlink ref="${ref}" location="${location}"${tooltip}/>`;
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
