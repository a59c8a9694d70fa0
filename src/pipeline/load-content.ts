// Bytes to DocumentContent: pick the reader by the file's bytes, then turn its layout into
// headings, paragraphs and tables. Throws ExtractError for files that cannot be read.
import { extractDocx } from "../extract/docx.js";
import { ExtractError } from "../extract/errors.js";
import type { Layout } from "../extract/layout.js";
import { extractPdf } from "../extract/pdf.js";
import type { DocumentContent } from "../model/content.js";
import { docxToContent } from "../parse/docx-content.js";
import { pdfToContent } from "../parse/pdf-content.js";
import { sniffFormat } from "./sniff.js";

export interface LoadedDocument {
  format: "pdf" | "docx";
  layout: Layout;
  content: DocumentContent;
  /** True when the bytes say another format than the file name. */
  extensionMismatch: boolean;
}

export async function loadDocument(bytes: Uint8Array, fileName: string): Promise<LoadedDocument> {
  const sniffed = sniffFormat(bytes);
  const byName = fileName.toLowerCase().endsWith(".pdf") ? "pdf" : "docx";
  if (sniffed === "empty") throw new ExtractError("empty", "file is empty");
  if (sniffed === "pdf") {
    const layout = await extractPdf(bytes);
    return {
      format: "pdf",
      layout,
      content: pdfToContent(layout),
      extensionMismatch: byName !== "pdf",
    };
  }
  if (sniffed === "zip" || sniffed === "ole") {
    // extractDocx tells an encrypted Office file and a zip that is no Word document apart.
    const layout = await extractDocx(bytes);
    return {
      format: "docx",
      layout,
      content: docxToContent(layout),
      extensionMismatch: byName !== "docx",
    };
  }
  throw new ExtractError(
    byName === "pdf" ? "corrupt" : "unsupported",
    `not a ${byName === "pdf" ? "PDF" : "Word document"}: unrecognised bytes`,
  );
}
