// Bytes to DocumentContent: pick the reader by the file's bytes, then turn its layout into
// headings, paragraphs and tables. Throws ExtractError for files that cannot be read.
import { extractDocx } from "../extract/docx.js";
import { ExtractError } from "../extract/errors.js";
import type { Layout } from "../extract/layout.js";
import { extractPdf } from "../extract/pdf.js";
import type { DocumentContent } from "../model/content.js";
import { docxToContent } from "../parse/docx-content.js";
import { pdfToContent } from "../parse/pdf-content.js";
import { unrecognisedBytesError } from "./analyse.js";
import { formatFromName, sniffFormat } from "./sniff.js";

export interface LoadedContent {
  format: "pdf" | "docx";
  layout: Layout;
  content: DocumentContent;
}

export interface LoadedDocument extends LoadedContent {
  /** True when the bytes say another format than the file name. */
  extensionMismatch: boolean;
}

export interface LoadLimits {
  /** PDFs with more pages are refused as "too-large". */
  maxPages?: number;
}

/**
 * Reads bytes that sniff as PDF, zip or OLE. Depends on the bytes only (never on a file name),
 * so that its result can be cached by content hash.
 */
export async function loadContent(
  bytes: Uint8Array,
  limits: LoadLimits = {},
): Promise<LoadedContent> {
  const sniffed = sniffFormat(bytes);
  if (sniffed === "empty") throw new ExtractError("empty", "file is empty");
  if (sniffed === "pdf") {
    const layout = await extractPdf(bytes, { maxPages: limits.maxPages });
    return { format: "pdf", layout, content: pdfToContent(layout) };
  }
  if (sniffed === "zip" || sniffed === "ole") {
    // extractDocx tells an encrypted Office file and a zip that is no Word document apart.
    const layout = await extractDocx(bytes);
    return { format: "docx", layout, content: docxToContent(layout) };
  }
  throw new ExtractError("unsupported", "not a PDF or Word document: unrecognised bytes");
}

export async function loadDocument(
  bytes: Uint8Array,
  fileName: string,
  limits: LoadLimits = {},
): Promise<LoadedDocument> {
  const sniffed = sniffFormat(bytes);
  if (sniffed === "unknown") throw unrecognisedBytesError(fileName);
  const loaded = await loadContent(bytes, limits);
  const byName = formatFromName(fileName);
  return { ...loaded, extensionMismatch: byName !== null && byName !== loaded.format };
}
