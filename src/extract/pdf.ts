// PDF bytes → PdfLayout, via pdf.js (legacy build, which is the one that runs in Node).
// Geometry and classification live in pdf-text.ts / pdf-paths.ts; this module does the I/O.
// Before pdf.js: see pdf-native-push.ts.
import "./pdf-native-push.js";
import { createRequire } from "node:module";
import path from "node:path";
import {
  AnnotationMode,
  getDocument,
  type PDFDocumentProxy,
  type PDFPageProxy,
} from "pdfjs-dist/legacy/build/pdf.mjs";
import { ExtractError } from "./errors.js";
import type { PdfLayout, PdfMetadata, PdfPage } from "./layout.js";
import { CachedBinaryDataFactory } from "./pdf-binary-data.js";
import { FONT_SINK_DOCUMENT, provideFontFace } from "./pdf-font-loading.js";
import { IDENTITY, toMatrix } from "./pdf-geometry.js";
import { restoreNativePush } from "./pdf-native-push.js";
import { type OpsFont, textFromOperatorList } from "./pdf-ops-text.js";
import { extractGraphics } from "./pdf-paths.js";
import {
  convertTextItems,
  type FontInfo,
  type RawTextItem,
  type RawTextStyle,
} from "./pdf-text.js";

export { pagePlainText, pdfPlainText } from "./pdf-plaintext.js";

restoreNativePush();
provideFontFace();

// pdf.js reads these with fs in Node; the factories insist on a trailing slash.
const PDFJS_DIR = path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
const CMAP_URL = `${PDFJS_DIR}/cmaps/`;
const STANDARD_FONT_DATA_URL = `${PDFJS_DIR}/standard_fonts/`;
const WASM_URL = `${PDFJS_DIR}/wasm/`;

export interface ExtractPdfOptions {
  /** Refuse files larger than this many bytes (ExtractError "too-large"). */
  maxBytes?: number;
  /** Refuse documents with more pages than this (ExtractError "too-large"). */
  maxPages?: number;
  /**
   * Where the text comes from: by default the operator list that also gives the rulings (one
   * pass over each page), or pdf.js's text content (a second pass; also the fallback for
   * fonts the operator-list reading does not handle).
   */
  textSource?: "operators" | "textContent";
}

export async function extractPdf(
  bytes: Uint8Array,
  options: ExtractPdfOptions = {},
): Promise<PdfLayout> {
  if (bytes.length === 0) throw new ExtractError("empty", "The file is empty (0 bytes).");
  if (options.maxBytes !== undefined && bytes.length > options.maxBytes) {
    throw new ExtractError("too-large", `The file has ${bytes.length} bytes.`);
  }
  if (!hasPdfHeader(bytes)) {
    throw new ExtractError("unsupported", "Not a PDF file (no %PDF- header).");
  }
  if (!hasEofMarker(bytes)) {
    // pdf.js would often rebuild the xref and quietly return empty or partial pages instead.
    throw new ExtractError("corrupt", "The PDF is truncated (no %%EOF at the end).");
  }

  const task = getDocument({
    // pdf.js transfers (detaches) the buffer it is given; keep the caller's bytes intact.
    data: bytes.slice(),
    cMapUrl: CMAP_URL,
    cMapPacked: true,
    standardFontDataUrl: STANDARD_FONT_DATA_URL,
    wasmUrl: WASM_URL,
    BinaryDataFactory: CachedBinaryDataFactory as never, // its own type is not exported
    isEvalSupported: false,
    useSystemFonts: false,
    // Fonts go to a document that ignores them, instead of being compiled into glyph paths:
    // see pdf-font-loading.ts.
    disableFontFace: false,
    ownerDocument: FONT_SINK_DOCUMENT as never, // a stand-in: the type wants a DOM HTMLDocument
    verbosity: 0,
  });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw toExtractError(error);
  } finally {
    // The worker module, loaded with the first document, installs the polyfill again.
    restoreNativePush();
  }

  try {
    const pageCount = doc.numPages;
    if (pageCount === 0) throw new ExtractError("empty", "The PDF has no pages.");
    if (options.maxPages !== undefined && pageCount > options.maxPages) {
      throw new ExtractError("too-large", `The PDF has ${pageCount} pages.`);
    }
    const metadata = await readMetadata(doc);
    const pages: PdfPage[] = [];
    for (let n = 1; n <= pageCount; n++) {
      try {
        pages.push(await extractPage(await doc.getPage(n), options.textSource ?? "operators"));
      } catch (error) {
        if (error instanceof ExtractError) throw error;
        throw new ExtractError("corrupt", `Page ${n} could not be read: ${errorMessage(error)}`, {
          cause: error,
        });
      }
    }
    return { kind: "pdf", pageCount, metadata, pages };
  } finally {
    await doc.destroy();
  }
}

async function extractPage(
  page: PDFPageProxy,
  textSource: "operators" | "textContent",
): Promise<PdfPage> {
  try {
    const viewport = page.getViewport({ scale: 1 });
    const transform = toMatrix(viewport.transform) ?? IDENTITY;
    // The operator list also makes the worker send the page's fonts to commonObjs.
    const opList = await page.getOperatorList({ annotationMode: AnnotationMode.DISABLE });
    const { rulings, rects } = extractGraphics(opList, transform, viewport.width, viewport.height);
    const fromOps =
      textSource === "operators" ? textFromOperatorList(opList, (id) => opsFont(page, id)) : null;
    let raws: RawTextItem[];
    let styleOf: (id: string) => RawTextStyle | undefined;
    if (fromOps) {
      raws = fromOps.items;
      styleOf = (id) => fromOps.styles[id];
    } else {
      const content = await page.getTextContent({
        includeMarkedContent: false,
        disableNormalization: false,
      });
      const styles = content.styles as Record<string, RawTextStyle | undefined>;
      raws = content.items.filter((raw): raw is RawTextItem & typeof raw => "str" in raw);
      styleOf = (id) => styles[id];
    }
    const fonts = new Map<string, FontInfo | null>();
    const fontFor = (id: string): FontInfo | null => {
      if (!fonts.has(id)) fonts.set(id, lookupFont(page, id));
      return fonts.get(id) ?? null;
    };
    const items = convertTextItems(raws, transform, styleOf, fontFor);
    return {
      number: page.pageNumber,
      width: viewport.width,
      height: viewport.height,
      rotation: viewport.rotation,
      items,
      rulings,
      rects,
    };
  } finally {
    page.cleanup();
  }
}

function opsFont(page: PDFPageProxy, id: string): OpsFont | null {
  try {
    if (!page.commonObjs.has(id)) return null;
    return (page.commonObjs.get(id) as OpsFont | null | undefined) ?? null;
  } catch {
    return null;
  }
}

function lookupFont(page: PDFPageProxy, id: string): FontInfo | null {
  try {
    if (!page.commonObjs.has(id)) return null;
    const font = page.commonObjs.get(id) as FontInfo | null | undefined;
    if (!font) return null;
    return { name: font.name ?? null, bold: font.bold, black: font.black, italic: font.italic };
  } catch {
    return null;
  }
}

async function readMetadata(doc: PDFDocumentProxy): Promise<PdfMetadata> {
  try {
    const { info, metadata } = await doc.getMetadata();
    const dict = (info ?? {}) as Record<string, unknown>;
    return {
      title: cleanString(dict.Title) ?? cleanString(metadata?.get("dc:title")),
      author: cleanString(dict.Author) ?? cleanString(metadata?.get("dc:creator")),
      producer: cleanString(dict.Producer),
      creator: cleanString(dict.Creator),
    };
  } catch {
    // Broken metadata is no reason to lose the document's text.
    return { title: null, author: null, producer: null, creator: null };
  }
}

function cleanString(value: unknown): string | null {
  if (Array.isArray(value)) return cleanString(value.join(", "));
  if (typeof value !== "string") return null;
  const trimmed = value.replace(/\0/g, "").trim();
  return trimmed === "" ? null : trimmed;
}

/** pdf.js itself searches the first kilobyte for the header, so do we. */
function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  return head.includes("%PDF-");
}

/** A complete PDF ends with %%EOF, give or take trailing whitespace or NUL padding. */
function hasEofMarker(bytes: Uint8Array): boolean {
  let end = bytes.length;
  while (end > 0 && isPadding(bytes[end - 1] ?? 0)) end--;
  const tail = Buffer.from(bytes.subarray(Math.max(0, end - 1024), end)).toString("latin1");
  return tail.includes("%%EOF");
}

function isPadding(byte: number): boolean {
  return (
    byte === 0 || byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0x0c
  );
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** pdf.js errors cross its worker boundary as re-created objects, so match by name. */
function toExtractError(error: unknown): ExtractError {
  if (error instanceof ExtractError) return error;
  const name =
    typeof error === "object" && error !== null ? String((error as { name?: unknown }).name) : "";
  const message = errorMessage(error);
  if (name === "PasswordException") {
    return new ExtractError("encrypted", `The PDF is password-protected: ${message}`, {
      cause: error,
    });
  }
  if (name === "InvalidPDFException" || /invalid pdf/i.test(message)) {
    return new ExtractError("corrupt", `The PDF structure is broken: ${message}`, { cause: error });
  }
  return new ExtractError("corrupt", `The PDF could not be opened: ${message}`, { cause: error });
}
