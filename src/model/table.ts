// A reconstructed table, as `tables --json` prints it (CONTRACT.md), plus per-row provenance
// that the record parsers need to say where each row came from.

export interface Cell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
  /**
   * The cell's text split at hard breaks (DOCX paragraphs; PDF lines that end before the cell's
   * right edge would have forced a wrap). Not part of the contract output; parsers use it to
   * split lists such as target groups.
   */
  paragraphs?: string[];
}

export type BBox = [number, number, number, number];

export interface Table {
  /** 1-based page where the table starts; null for docx. */
  page: number | null;
  /** PDF points, origin top-left; null for docx. */
  bbox: BBox | null;
  method: "lattice" | "stream" | "docx";
  rows: number;
  cols: number;
  /** A spanning cell appears once, at its top-left position; covered positions are absent. */
  cells: Cell[];
  /** Page on which each row starts (length = rows); null entries for docx. */
  rowPages: (number | null)[];
  /** Each row's box on its page (length = rows); null entries for docx. */
  rowBoxes: (BBox | null)[];
}
