// DOCX bytes -> DocxLayout: the body through mammoth (headings, paragraphs, tables with merged
// cells), running headers/footers and core properties straight from the package, which mammoth
// ignores.
import mammoth from "mammoth";
import { htmlToBlocks } from "./docx-html.js";
import { convertToHtml, type HtmlResult } from "./docx-mammoth.js";
import { packageTarget, parseCoreProperties, wordPartParagraphs } from "./docx-parts.js";
import { withZipPackage, type ZipPackage } from "./docx-zip.js";
import { ExtractError } from "./errors.js";
import type { DocxLayout } from "./layout.js";

/** No real plan or report has XML parts anywhere near this; beyond it, assume a zip bomb. */
const MAX_PART_BYTES = 64 * 1024 * 1024;

const HEADING_STYLE_MAP: string[] = [
  // Word stores built-in names in English whatever the UI language; LibreOffice and planning
  // systems sometimes write the Swedish display names. Matching is case-insensitive.
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Rubrik'] => h1:fresh",
  ...[1, 2, 3, 4, 5, 6].flatMap((n) => [
    `p[style-name='Heading ${n}'] => h${n}:fresh`,
    `p[style-name='Rubrik ${n}'] => h${n}:fresh`,
  ]),
];

// Images are never read: their bytes are irrelevant here and can be large.
const SKIP_IMAGES = mammoth.images.imgElement(async () => ({ src: "" }));

export async function extractDocx(bytes: Uint8Array): Promise<DocxLayout> {
  rejectNonZip(bytes);
  // One pass over the zip: mammoth reads the parts our reader has inflated and checked.
  const { packageInfo, result } = await withZipPackage(bytes, MAX_PART_BYTES, async (pkg) => ({
    packageInfo: await readPackageInfo(pkg),
    result: await convertBody(pkg, bytes),
  }));
  return {
    kind: "docx",
    blocks: htmlToBlocks(result.value),
    headers: packageInfo.headers,
    footers: packageInfo.footers,
    metadata: packageInfo.metadata,
    messages: result.messages.map((m) => m.message),
  };
}

async function convertBody(pkg: ZipPackage, bytes: Uint8Array): Promise<HtmlResult> {
  const options = { styleMap: HEADING_STYLE_MAP, convertImage: SKIP_IMAGES };
  try {
    if (pkg.plain) return await convertToHtml(pkg, options);
    // A package JSZip may read otherwise than our reader: mammoth opens it itself, as always.
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return await mammoth.convertToHtml({ buffer }, options);
  } catch (error) {
    // Our zip reader's own refusals (an oversized part) keep their code.
    if (error instanceof ExtractError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new ExtractError("corrupt", `the Word document could not be read: ${detail}`, {
      cause: error,
    });
  }
}

/** Classifies what is plainly not a zip before any parsing. */
function rejectNonZip(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new ExtractError("empty", "the file is empty");
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    // Password-protected OOXML is an OLE compound file with an "EncryptedPackage" stream;
    // any other OLE file here is a legacy binary .doc (or another Office format).
    if (containsStreamName(bytes, "EncryptedPackage")) {
      throw new ExtractError("encrypted", "the Office document is password-protected");
    }
    throw new ExtractError("unsupported", "a legacy binary Office file (.doc), not .docx");
  }
  // Local file header, or the end-of-central-directory record of an empty archive.
  if (
    !startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) &&
    !startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])
  ) {
    throw new ExtractError("unsupported", "not a Word .docx file (no zip signature)");
  }
}

interface PackageInfo {
  headers: string[];
  footers: string[];
  metadata: DocxLayout["metadata"];
}

async function readPackageInfo(pkg: ZipPackage): Promise<PackageInfo> {
  const names = new Set(pkg.names);
  const rels = await readText(pkg, "_rels/.rels");
  const mainPath = [rels ? packageTarget(rels, "officeDocument") : null, "word/document.xml"].find(
    (path): path is string => path !== null && names.has(path),
  );
  if (!mainPath) {
    throw new ExtractError("unsupported", "a zip archive without a Word main document part");
  }
  const contentType = declaredContentType(await readText(pkg, "[Content_Types].xml"), mainPath);
  if (contentType !== null && !contentType.includes("wordprocessingml")) {
    // An Excel or PowerPoint package renamed .docx: its main part is no Word document.
    throw new ExtractError("unsupported", `an Office package of type ${contentType}, not Word`);
  }
  // Reading the body here refuses an oversized one before any other work (an XML part is
  // already inflated, so this costs nothing).
  await pkg.read(mainPath);

  const corePath = (rels ? packageTarget(rels, "core-properties") : null) ?? "docProps/core.xml";
  const core = await readText(pkg, corePath);
  const metadata = core ? parseCoreProperties(core) : { title: null, creator: null };

  const folder = mainPath.includes("/") ? mainPath.slice(0, mainPath.lastIndexOf("/") + 1) : "";
  return {
    headers: await runningParts(pkg, folder, "header"),
    footers: await runningParts(pkg, folder, "footer"),
    metadata,
  };
}

/** Text of each header (or footer) part next to the main document, paragraphs joined by "\n". */
async function runningParts(pkg: ZipPackage, folder: string, kind: string): Promise<string[]> {
  const pattern = new RegExp(`^${escapeRegExp(folder)}${kind}(\\d*)\\.xml$`);
  const parts = pkg.names
    .map((name) => ({ name, match: pattern.exec(name) }))
    .filter((p) => p.match !== null)
    .sort((a, b) => Number(a.match?.[1] || 0) - Number(b.match?.[1] || 0));
  const texts: string[] = [];
  for (const { name } of parts) {
    const xml = await readText(pkg, name);
    const text = xml ? wordPartParagraphs(xml).join("\n") : "";
    if (text !== "") texts.push(text);
  }
  return texts;
}

async function readText(pkg: ZipPackage, name: string): Promise<string | null> {
  const data = await pkg.read(name);
  return data ? data.toString("utf8") : null;
}

/** The content type [Content_Types].xml overrides for a part, or null when it says none. */
function declaredContentType(types: string | null, partName: string): string | null {
  if (types === null) return null;
  for (const match of types.matchAll(/<(?:\w+:)?Override\b[^>]*>/g)) {
    const tag = match[0];
    const name = /PartName\s*=\s*["']([^"']*)["']/.exec(tag)?.[1];
    if (name?.replace(/^\//, "").toLowerCase() !== partName.toLowerCase()) continue;
    return /ContentType\s*=\s*["']([^"']*)["']/.exec(tag)?.[1] ?? null;
  }
  return null;
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** OLE directory entries store names in UTF-16LE. */
function containsStreamName(bytes: Uint8Array, name: string): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return (
    buffer.includes(Buffer.from(name, "utf16le")) || buffer.includes(Buffer.from(name, "latin1"))
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
