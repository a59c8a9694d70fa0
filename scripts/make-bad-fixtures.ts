// Writes the malformed and awkward inputs a nightly run must survive, into fixtures/bad/:
//   pdf-empty.pdf              0 bytes
//   pdf-truncated.pdf          a good PDF cut in half (a half-copied file)
//   pdf-encrypted.pdf          needs a password (/Encrypt with a user password)
//   pdf-random.pdf             random bytes named .pdf
//   pdf-scanned.pdf            two pages that are only an image: no text layer
//   pdf-300-pages.pdf          a 300-page annual report with headings, prose and ruled tables
//   pdf-named.docx             a good PDF with a .docx name
//   pdf-bomb.pdf               a 45 KB page whose content stream inflates to 64 MB of operators
//   docx-named.pdf             a good Word document with a .pdf name
//   docx-random.docx           random bytes named .docx
//   docx-encrypted.docx        a password-protected Office file (OLE with an EncryptedPackage)
//   docx-excel.docx            a zip that is an Excel workbook, not a Word document
//   docx-zip-bomb.docx         document.xml declared 48 MB, compressed ~1000:1
//   docx-zip-bomb-overlap.docx 120 entries of 40 MB each sharing one compressed blob
// The older docx-empty/-no-document/-text-renamed/-truncated fixtures are kept as they are.
// The PDF and zip writers are exported for scripts/bench-corpus.ts.
// Usage: npx tsx scripts/make-bad-fixtures.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { crc32, deflateRawSync, deflateSync } from "node:zlib";
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";

// --- deterministic randomness -------------------------------------------------------------------

/** mulberry32: a small seeded PRNG, so regenerated fixtures and corpora have the same content. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

// --- a minimal PDF writer: Helvetica text, ruled tables, images --------------------------------

const PAGE_W = 595;
const PAGE_H = 842;
const MARGIN = 56;

/** Helvetica advance widths (1/1000 em) for ASCII 32..126, from the standard AFM. */
const HELVETICA = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
  611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
  222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

function charWidth(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code >= 32 && code <= 126) return HELVETICA[code - 32] ?? 556;
  if ("ÅÄ".includes(ch)) return 667;
  if ("ÖÉ".includes(ch)) return 778;
  return 556;
}

export function textWidth(text: string, size: number, bold = false): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return (w / 1000) * size * (bold ? 1.08 : 1);
}

/** WinAnsi bytes for a JS string, escaped for a PDF literal string. */
function pdfString(text: string): string {
  const special: Record<string, string> = { "–": "\x96", "—": "\x97", "’": "\x92", "•": "\x95" };
  let out = "";
  for (const ch of text) {
    const mapped = special[ch] ?? (ch.charCodeAt(0) <= 0xff ? ch : "?");
    out += mapped === "(" || mapped === ")" || mapped === "\\" ? `\\${mapped}` : mapped;
  }
  return `(${out})`;
}

export function wrap(text: string, width: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, bold) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [""];
}

export interface PdfImage {
  width: number;
  height: number;
  /** 8-bit grey samples, row by row. */
  grey: Uint8Array;
}

export interface PdfPageSpec {
  /** Content stream operators, PDF user space (origin bottom-left). */
  ops: string[];
  image?: PdfImage;
}

export interface PdfOptions {
  title?: string;
  /** Flate-compress content streams (what real producers do). */
  compress?: boolean;
}

/** A classic-xref PDF: catalog, page tree, Helvetica and Helvetica-Bold, one stream per page. */
export function writePdf(pages: PdfPageSpec[], options: PdfOptions = {}): Buffer {
  const objects: (string | Buffer)[] = [];
  const add = (body: string | Buffer): number => objects.push(body);
  const streamObject = (dict: string, data: Buffer): Buffer =>
    Buffer.concat([
      Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, "latin1"),
      data,
      Buffer.from("\nendstream", "latin1"),
    ]);
  const catalog = add("");
  const tree = add("");
  const regular = add(
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
  );
  const bold = add(
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
  );
  const kids: number[] = [];
  for (const page of pages) {
    let xobject = "";
    if (page.image) {
      const img = page.image;
      const id = add(
        streamObject(
          `/Type /XObject /Subtype /Image /Width ${img.width} /Height ${img.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode`,
          deflateSync(img.grey),
        ),
      );
      xobject = ` /XObject << /Im1 ${id} 0 R >>`;
    }
    const raw = Buffer.from(page.ops.join("\n"), "latin1");
    const content = add(
      options.compress
        ? streamObject("/Filter /FlateDecode", deflateSync(raw))
        : streamObject("", raw),
    );
    kids.push(
      add(
        `<< /Type /Page /Parent ${tree} 0 R /MediaBox [0 0 ${PAGE_W} ${PAGE_H}] /Contents ${content} 0 R ` +
          `/Resources << /Font << /F1 ${regular} 0 R /F2 ${bold} 0 R >>${xobject} >> >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${tree} 0 R >>`;
  objects[tree - 1] =
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`;
  const info = add(
    `<< /Producer (planpipe scripts) ${options.title ? `/Title ${pdfString(options.title)}` : ""} >>`,
  );
  return assemblePdf(objects, `/Root ${catalog} 0 R /Info ${info} 0 R`);
}

function assemblePdf(objects: (string | Buffer)[], trailer: string): Buffer {
  const chunks: Buffer[] = [Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  let length = chunks[0]?.length ?? 0;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`, "latin1"),
      typeof body === "string" ? Buffer.from(body, "latin1") : body,
      Buffer.from("\nendobj\n", "latin1"),
    ]);
    chunks.push(chunk);
    length += chunk.length;
  });
  let xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) xref += `${String(off).padStart(10, "0")} 00000 n \n`;
  xref += `trailer\n<< /Size ${objects.length + 1} ${trailer} >>\nstartxref\n${length}\n%%EOF\n`;
  chunks.push(Buffer.from(xref, "latin1"));
  return Buffer.concat(chunks);
}

/** Lays out headings, paragraphs and ruled tables top to bottom, breaking pages as needed. */
export class PdfBuilder {
  private pages: PdfPageSpec[] = [];
  private ops: string[] = [];
  private y = MARGIN; // distance from the top of the page
  private readonly width = PAGE_W - 2 * MARGIN;

  constructor(private readonly footer?: string) {
    this.newPage();
  }

  private newPage(): void {
    if (this.ops.length > 0 || this.pages.length > 0) this.finishPage();
    this.ops = [];
    this.y = MARGIN;
  }

  private finishPage(): void {
    const n = this.pages.length + 1;
    if (this.footer) this.text(MARGIN, PAGE_H - 30, 8, `${this.footer} – sida ${n}`);
    this.pages.push({ ops: this.ops });
  }

  private ensure(height: number): void {
    if (this.y + height > PAGE_H - MARGIN) this.newPage();
  }

  private text(x: number, top: number, size: number, text: string, bold = false): void {
    const baseline = PAGE_H - top;
    this.ops.push(
      `BT /${bold ? "F2" : "F1"} ${size} Tf 1 0 0 1 ${x.toFixed(2)} ${baseline.toFixed(2)} Tm ${pdfString(text)} Tj ET`,
    );
  }

  private line(x0: number, top0: number, x1: number, top1: number): void {
    this.ops.push(
      `${x0.toFixed(2)} ${(PAGE_H - top0).toFixed(2)} m ${x1.toFixed(2)} ${(PAGE_H - top1).toFixed(2)} l S`,
    );
  }

  heading(text: string, level = 1): this {
    const size = level === 1 ? 18 : level === 2 ? 14 : 12;
    const lines = wrap(text, this.width, size, true);
    this.ensure(lines.length * size * 1.3 + size);
    this.y += size * 0.6;
    for (const l of lines) {
      this.y += size * 1.25;
      this.text(MARGIN, this.y, size, l, true);
    }
    this.y += size * 0.5;
    return this;
  }

  paragraph(text: string, size = 10.5): this {
    for (const l of wrap(text, this.width, size)) {
      this.ensure(size * 1.4);
      this.y += size * 1.4;
      this.text(MARGIN, this.y, size, l);
    }
    this.y += size * 0.8;
    return this;
  }

  /** A table ruled on every side; `widths` are fractions of the text width. */
  table(rows: string[][], widths: number[], size = 9): this {
    const xs = [MARGIN];
    for (const w of widths) xs.push((xs.at(-1) ?? MARGIN) + w * this.width);
    const leading = size * 1.25;
    this.ensure(leading * 3);
    this.ops.push("0.6 w");
    this.y += 4;
    this.line(xs[0] ?? MARGIN, this.y, xs.at(-1) ?? MARGIN, this.y);
    rows.forEach((row, r) => {
      const cells = row.map((text, c) =>
        wrap(text, (xs[c + 1] ?? 0) - (xs[c] ?? 0) - 8, size, r === 0),
      );
      const height = Math.max(...cells.map((c) => c.length)) * leading + 6;
      if (this.y + height > PAGE_H - MARGIN) {
        this.newPage();
        this.ops.push("0.6 w");
        this.line(xs[0] ?? MARGIN, this.y, xs.at(-1) ?? MARGIN, this.y);
      }
      const top = this.y;
      cells.forEach((lines, c) => {
        lines.forEach((l, i) => {
          this.text((xs[c] ?? 0) + 4, top + 3 + (i + 1) * leading - size * 0.25, size, l, r === 0);
        });
      });
      this.y += height;
      for (const x of xs) this.line(x, top, x, this.y);
      this.line(xs[0] ?? MARGIN, this.y, xs.at(-1) ?? MARGIN, this.y);
    });
    this.y += 10;
    return this;
  }

  /** Pages begun so far, the current one included. */
  pageCount(): number {
    return this.pages.length + 1;
  }

  /** The document; with `maxPages`, cut after that many pages. */
  build(options: PdfOptions & { maxPages?: number } = {}): Buffer {
    this.finishPage();
    const pages = this.pages.slice(0, options.maxPages ?? this.pages.length);
    this.pages = [];
    return writePdf(pages, options);
  }
}

// --- a minimal zip writer (enough for yauzl and mammoth) ---------------------------------------

export interface ZipEntry {
  name: string;
  data: Buffer;
  /** Deflate the entry (default) or store it. */
  deflate?: boolean;
}

export function writeZip(entries: ZipEntry[]): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const deflate = entry.deflate ?? true;
    const body = deflate ? deflateRawSync(entry.data, { level: 9 }) : entry.data;
    const header = (signature: number, size: number) => {
      const h = Buffer.alloc(size);
      h.writeUInt32LE(signature, 0);
      return h;
    };
    const lh = header(0x04034b50, 30);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(0x0800, 6); // UTF-8 names
    lh.writeUInt16LE(deflate ? 8 : 0, 8);
    lh.writeUInt32LE(crc32(entry.data), 14);
    lh.writeUInt32LE(body.length, 18);
    lh.writeUInt32LE(entry.data.length, 22);
    lh.writeUInt16LE(name.length, 26);
    const ch = header(0x02014b50, 46);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(0x0800, 8);
    ch.writeUInt16LE(deflate ? 8 : 0, 10);
    ch.writeUInt32LE(crc32(entry.data), 16);
    ch.writeUInt32LE(body.length, 20);
    ch.writeUInt32LE(entry.data.length, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(offset, 42);
    local.push(lh, name, body);
    central.push(ch, name);
    offset += lh.length + name.length + body.length;
  }
  return Buffer.concat([
    ...local,
    ...central,
    endOfCentralDirectory(entries.length, central, offset),
  ]);
}

function endOfCentralDirectory(count: number, central: Buffer[], offset: number): Buffer {
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(count, 8);
  eocd.writeUInt16LE(count, 10);
  eocd.writeUInt32LE(
    central.reduce((n, b) => n + b.length, 0),
    12,
  );
  eocd.writeUInt32LE(offset, 16);
  return eocd;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

function wordDocumentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
}

/** A zip bomb shaped like a Word package: one huge, extremely compressible main part. */
function zipBombDocx(): Buffer {
  const filler = " ".repeat(48 * 1024 * 1024);
  return writeZip([
    { name: "[Content_Types].xml", data: Buffer.from(CONTENT_TYPES) },
    { name: "_rels/.rels", data: Buffer.from(ROOT_RELS) },
    {
      name: "word/document.xml",
      data: Buffer.from(wordDocumentXml(`<w:p><w:r><w:t>Bomb${filler}</w:t></w:r></w:p>`)),
    },
  ]);
}

/**
 * The "overlapping" zip bomb: many central-directory entries point at the same compressed
 * data, so the file stays small while the declared total is 120 × 40 MB.
 */
function overlappingZipBombDocx(): Buffer {
  const head = writeZip([
    { name: "[Content_Types].xml", data: Buffer.from(CONTENT_TYPES) },
    { name: "_rels/.rels", data: Buffer.from(ROOT_RELS) },
    {
      name: "word/document.xml",
      data: Buffer.from(wordDocumentXml("<w:p><w:r><w:t>Liten text</w:t></w:r></w:p>")),
    },
  ]);
  // Reuse the writer for the three real entries, then append one shared blob.
  const eocdAt = head.length - 22;
  const cdSize = head.readUInt32LE(eocdAt + 12);
  const cdAt = head.readUInt32LE(eocdAt + 16);
  const locals = head.subarray(0, cdAt);
  const centrals = head.subarray(cdAt, cdAt + cdSize);
  const zeros = Buffer.alloc(40 * 1024 * 1024);
  const blob = deflateRawSync(zeros, { level: 9 });
  const blobName = Buffer.from("word/media/image.bin");
  const lh = Buffer.alloc(30);
  lh.writeUInt32LE(0x04034b50, 0);
  lh.writeUInt16LE(20, 4);
  lh.writeUInt16LE(8, 8);
  lh.writeUInt32LE(crc32(zeros), 14);
  lh.writeUInt32LE(blob.length, 18);
  lh.writeUInt32LE(zeros.length, 22);
  lh.writeUInt16LE(blobName.length, 26);
  const blobAt = locals.length;
  const extra: Buffer[] = [];
  for (let i = 0; i < 120; i++) {
    const name = Buffer.from(`word/media/image${i + 1}.bin`);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(8, 10);
    ch.writeUInt32LE(crc32(zeros), 16);
    ch.writeUInt32LE(blob.length, 20);
    ch.writeUInt32LE(zeros.length, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(blobAt, 42);
    extra.push(ch, name);
  }
  const allCentral = [centrals, ...extra];
  const newCdAt = blobAt + lh.length + blobName.length + blob.length;
  return Buffer.concat([
    locals,
    lh,
    blobName,
    blob,
    ...allCentral,
    endOfCentralDirectory(3 + 120, allCentral, newCdAt),
  ]);
}

/** A zip that is a (minimal) Excel workbook: a real zip, but no Word main document. */
function excelZip(): Buffer {
  return writeZip([
    {
      name: "[Content_Types].xml",
      data: Buffer.from(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
      ),
    },
    {
      name: "_rels/.rels",
      data: Buffer.from(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
    },
    {
      name: "xl/workbook.xml",
      data: Buffer.from(
        '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Blad1" sheetId="1"/></sheets></workbook>',
      ),
    },
  ]);
}

/** A compound-file header and a directory entry naming EncryptedPackage, as Word writes. */
function encryptedOffice(): Buffer {
  const bytes = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
  bytes.writeUInt16LE(0x003e, 24); // minor version
  bytes.writeUInt16LE(0x0003, 26); // major version 3 (512-byte sectors)
  bytes.writeUInt16LE(0xfffe, 28); // little-endian
  bytes.writeUInt16LE(9, 30); // sector shift
  const entry = (name: string, at: number) => {
    Buffer.from(name, "utf16le").copy(bytes, at);
    bytes.writeUInt16LE((name.length + 1) * 2, at + 64);
  };
  entry("Root Entry", 1024);
  entry("EncryptionInfo", 1152);
  entry("EncryptedPackage", 1280);
  return bytes;
}

function encryptedPdf(): Buffer {
  const hex = (seed: number) =>
    Array.from({ length: 32 }, (_, i) =>
      ((i * 53 + seed) % 256).toString(16).padStart(2, "0"),
    ).join("");
  return assemblePdf(
    [
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
      "<< /Length 5 >>\nstream\nBT ET\nendstream",
      `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${hex(7)}> /U <${hex(91)}> >>`,
    ],
    `/Root 1 0 R /Encrypt 5 0 R /ID [<${hex(5).slice(0, 32)}> <${hex(5).slice(0, 32)}>]`,
  );
}

/** Pages that are nothing but a greyscale picture of text lines: what a scanner produces. */
function scannedPdf(): Buffer {
  const rand = prng(42);
  const page = (): PdfPageSpec => {
    const width = 420;
    const height = 594;
    const grey = new Uint8Array(width * height).fill(250);
    for (let line = 0; line < 40; line++) {
      const top = 40 + line * 13;
      const length = 120 + Math.floor(rand() * 220);
      for (let y = top; y < top + 6; y++)
        for (let x = 40; x < 40 + length; x++) grey[y * width + x] = 40 + Math.floor(rand() * 40);
    }
    return { ops: [`q ${PAGE_W} 0 0 ${PAGE_H} 0 0 cm /Im1 Do Q`], image: { width, height, grey } };
  };
  return writePdf([page(), page()], { title: "Skannad arbetsmiljörapport", compress: true });
}

/** A long annual report: 300 pages of numbered sections, prose and a ruled table every page. */
export function longReportPdf(pages = 300): Buffer {
  const rand = prng(300);
  const doc = new PdfBuilder("Årsredovisning 2024");
  doc.heading("Årsredovisning 2024 – Kommunstyrelsens förvaltning");
  let section = 0;
  const words = [
    "verksamheten",
    "budgeten",
    "medarbetarna",
    "nämnden",
    "uppföljningen",
    "kvaliteten",
    "resultatet",
    "investeringarna",
    "kostnaderna",
    "målen",
    "planeringen",
    "arbetsmiljön",
  ];
  const sentence = () =>
    `Under året har ${pick(rand, words)} och ${pick(rand, words)} utvecklats enligt plan, och ${pick(rand, words)} följs upp varje kvartal.`;
  // About three blocks per page; stop once the page count is reached.
  while (doc.pageCount() <= pages) {
    section += 1;
    doc.heading(`${section}. Avsnitt ${section}`, 2);
    doc.paragraph(Array.from({ length: 6 }, sentence).join(" "));
    if (section % 6 === 0) {
      doc.table(
        [
          ["Nyckeltal", "2023", "2024", "Skillnad"],
          ...Array.from({ length: 6 }, (_, i) => {
            const a = Math.round(rand() * 1000) / 10;
            const b = Math.round(rand() * 1000) / 10;
            return [`Mått ${section}.${i + 1}`, fmt(a), fmt(b), fmt(Math.round((b - a) * 10) / 10)];
          }),
        ],
        [0.4, 0.2, 0.2, 0.2],
      );
    }
  }
  return doc.build({ title: "Årsredovisning 2024", compress: true, maxPages: pages });
}

function fmt(n: number): string {
  return n.toFixed(1).replace(".", ",").replace("-", "−");
}

/**
 * One page whose content stream inflates to ~64 MB of text-showing operators: the file is
 * small, reading it is not. pdf.js builds an operator and a text item for each, so a worker
 * with a memory limit runs out, and one without one runs for a long time.
 */
function pdfBomb(): Buffer {
  const unit = "BT /F1 1 Tf 1 0 0 1 10 10 Tm (planpipe) Tj ET\n";
  const raw = Buffer.from(unit.repeat(Math.ceil((64 * 1024 * 1024) / unit.length)), "latin1");
  const compressed = deflateSync(raw, { level: 9 });
  return assemblePdf(
    [
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
      Buffer.concat([
        Buffer.from(`<< /Filter /FlateDecode /Length ${compressed.length} >>\nstream\n`, "latin1"),
        compressed,
        Buffer.from("\nendstream", "latin1"),
      ]),
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ],
    "/Root 1 0 R",
  );
}

/** A short, good communication plan (used with wrong names and cut in half). */
function goodPlanPdf(): Buffer {
  return new PdfBuilder("Kommunikationsplan 2025")
    .heading("Kommunikationsplan 2025 – Serviceförvaltningen")
    .paragraph(
      "Planen beskriver hur förvaltningen kommunicerar med medarbetare och invånare under 2025.",
    )
    .table(
      [
        ["Tidpunkt", "Aktivitet", "Syfte", "Målgrupp", "Ansvarig"],
        ["Januari 2025", "Nyhetsbrev om årets mål", "Informera", "Medarbetare", "Kommunikatör"],
        ["Mars 2025", "Dialogmöte", "Skapa delaktighet", "Chefer", "Förvaltningschef"],
        ["Hösten 2025", "Medarbetarenkät", "Följa upp", "Alla medarbetare", "HR-chef"],
      ],
      [0.18, 0.27, 0.2, 0.18, 0.17],
    )
    .build({ title: "Kommunikationsplan 2025", compress: true });
}

async function goodPlanDocx(): Promise<Buffer> {
  const cell = (text: string, bold = false) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  const doc = new Document({
    creator: "planpipe",
    title: "Kommunikationsplan 2024",
    sections: [
      {
        children: [
          new Paragraph({ text: "Kommunikationsplan 2024", heading: HeadingLevel.TITLE }),
          new Paragraph({ text: "Kulturförvaltningen", alignment: AlignmentType.LEFT }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({
                children: ["Tidpunkt", "Aktivitet", "Målgrupp", "Ansvarig"].map((t) =>
                  cell(t, true),
                ),
              }),
              new TableRow({
                children: ["Våren 2024", "Informationsmöte", "Medarbetare", "Kommunikatör"].map(
                  (t) => cell(t),
                ),
              }),
            ],
          }),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}

function randomBytes(seed: number, length: number): Buffer {
  const rand = prng(seed);
  // Not starting with a PDF or zip signature by construction.
  return Buffer.from(Array.from({ length }, (_, i) => (i === 0 ? 0x17 : Math.floor(rand() * 256))));
}

export async function makeBadFixtures(dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const plan = goodPlanPdf();
  const files: Record<string, Buffer> = {
    "pdf-empty.pdf": Buffer.alloc(0),
    "pdf-truncated.pdf": plan.subarray(0, Math.floor(plan.length / 2)),
    "pdf-encrypted.pdf": encryptedPdf(),
    "pdf-random.pdf": randomBytes(1, 8192),
    "pdf-scanned.pdf": scannedPdf(),
    "pdf-300-pages.pdf": longReportPdf(300),
    "pdf-named.docx": plan,
    "pdf-bomb.pdf": pdfBomb(),
    "docx-named.pdf": await goodPlanDocx(),
    "docx-random.docx": randomBytes(2, 8192),
    "docx-encrypted.docx": encryptedOffice(),
    "docx-excel.docx": excelZip(),
    "docx-zip-bomb.docx": zipBombDocx(),
    "docx-zip-bomb-overlap.docx": overlappingZipBombDocx(),
  };
  for (const [name, data] of Object.entries(files)) await writeFile(path.join(dir, name), data);
  return Object.keys(files);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = path.join(import.meta.dirname, "..", "fixtures", "bad");
  const written = await makeBadFixtures(dir);
  console.log(`wrote ${written.length} files to ${dir}`);
}
