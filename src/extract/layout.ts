// The layout model: what a file looks like, before anyone knows what it means.
// Nothing domain-specific lives here. PDF coordinates are points, origin top-left of the
// (rotated, as displayed) page.

export interface TextItem {
  text: string;
  /** Left edge of the run. */
  x: number;
  /** Top edge of the run's box (baseline minus ascent). */
  y: number;
  width: number;
  height: number;
  /** Baseline y, top-left origin. */
  baseline: number;
  fontName: string;
  fontSize: number;
  bold: boolean;
  italic: boolean;
}

/** A straight line drawn on the page: a stroked segment or a thin filled rectangle. */
export interface Ruling {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Line thickness in points. */
  thickness: number;
  orientation: "h" | "v";
}

/** A filled rectangle that is not thin enough to be a line (cell backgrounds, shading). */
export interface FilledRect {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Fill colour as #rrggbb where known. */
  fill: string | null;
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  rotation: number;
  items: TextItem[];
  rulings: Ruling[];
  rects: FilledRect[];
}

export interface PdfMetadata {
  title: string | null;
  author: string | null;
  producer: string | null;
  creator: string | null;
}

export interface PdfLayout {
  kind: "pdf";
  pageCount: number;
  metadata: PdfMetadata;
  pages: PdfPage[];
}

export interface DocxCell {
  text: string;
  /** Text lines (paragraphs) inside the cell, in order. */
  lines: string[];
  rowSpan: number;
  colSpan: number;
}

export type DocxBlock =
  | { kind: "heading"; level: number; text: string }
  | { kind: "paragraph"; text: string; style: string | null }
  /** HTML semantics: each row lists only the cells that start in it. */
  | { kind: "table"; rows: DocxCell[][] };

export interface DocxLayout {
  kind: "docx";
  blocks: DocxBlock[];
  /** Text of running headers and footers (word/header*.xml, footer*.xml), one entry per part. */
  headers: string[];
  footers: string[];
  metadata: { title: string | null; creator: string | null };
  /** mammoth's messages (unsupported features etc.). */
  messages: string[];
}

export type Layout = PdfLayout | DocxLayout;
