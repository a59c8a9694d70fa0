// The document content every parser reads: headings, paragraphs and tables in reading order,
// the same for PDF and DOCX, each with its provenance.
import type { BBox, Table } from "./table.js";

export interface Provenance {
  page: number | null;
  bbox: BBox | null;
}

export type Block =
  | ({ kind: "heading"; level: number; text: string } & Provenance)
  | ({ kind: "paragraph"; text: string } & Provenance)
  | ({ kind: "table"; table: Table } & Provenance);

export interface DocumentContent {
  format: "pdf" | "docx";
  pageCount: number | null;
  blocks: Block[];
  /** Running header/footer texts (PDF: lines repeated at the top/bottom of pages; DOCX: header parts). */
  runningTexts: string[];
  metadataTitle: string | null;
}
