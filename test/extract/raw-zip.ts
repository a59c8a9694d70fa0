// Zip files written byte by byte, for tests that need what a zip library would not write: a
// stored or deflated entry, declared sizes and CRCs that lie.
import { crc32, deflateRawSync } from "node:zlib";

export interface Part {
  name: string;
  /** Bytes as stored in the zip. */
  stored: Buffer;
  method: 0 | 8;
  /** Declared uncompressed size and CRC, of the true content unless a test lies. */
  size: number;
  crc: number;
}

export const deflated = (name: string, content: string, declaredSize?: number): Part => {
  const data = Buffer.from(content, "utf8");
  return {
    name,
    stored: deflateRawSync(data),
    method: 8,
    size: declaredSize ?? data.length,
    crc: crc32(data),
  };
};

export const stored = (name: string, content: string): Part => {
  const data = Buffer.from(content, "utf8");
  return { name, stored: data, method: 0, size: data.length, crc: crc32(data) };
};

export function zip(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const nameBytes = Buffer.from(part.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(part.method, 8);
    local.writeUInt32LE(part.crc, 14);
    local.writeUInt32LE(part.stored.length, 18);
    local.writeUInt32LE(part.size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(part.method, 10);
    central.writeUInt32LE(part.crc, 16);
    central.writeUInt32LE(part.stored.length, 20);
    central.writeUInt32LE(part.size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, part.stored);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + part.stored.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
