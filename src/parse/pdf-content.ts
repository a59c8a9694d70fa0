// A PDF's layout to DocumentContent: tables from the page's rulings, the rest of the text as
// paragraphs and headings in reading order, running headers and footers set apart, and
// tables that continue on the next page joined.
import type { PdfLayout, PdfPage, TextItem } from "../extract/layout.js";
import type { Block, DocumentContent } from "../model/content.js";
import type { BBox, Table } from "../model/table.js";
import { joinLines } from "./pdf/join-lines.js";
import { groupLines, type TextLine } from "./pdf/lines.js";
import { findRunningLines } from "./pdf/running-texts.js";
import { documentVocabulary, type Vocabulary } from "./pdf/vocabulary.js";
import { continues, joinTables } from "./tables/continuation.js";
import { latticeTables } from "./tables/lattice.js";
import { mergeSegments, type Segment, toSegments } from "./tables/segments.js";
import { streamTables } from "./tables/stream.js";

/** A line is in a heading when its font is this much larger than the body text's. */
const HEADING_SIZE_RATIO = 1.12;
const MAX_HEADING_CHARS = 200;

interface Paragraph {
  lines: TextLine[];
  page: number;
}

function bodyFontSize(lines: TextLine[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) {
    const size = Math.round(l.fontSize * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + l.text.length);
  }
  let best = 10;
  let bestWeight = -1;
  for (const [size, w] of weight)
    if (w > bestWeight) {
      best = size;
      bestWeight = w;
    }
  return best;
}

function sameParagraph(prev: TextLine, line: TextLine): boolean {
  const height = Math.max(prev.bottom - prev.top, 1);
  const gap = line.top - prev.bottom;
  return (
    gap < height * 0.8 &&
    gap > -height * 0.5 &&
    Math.abs(prev.fontSize - line.fontSize) < 0.6 &&
    prev.bold === line.bold &&
    line.x0 < prev.x1 &&
    prev.x0 < line.x1
  );
}

function paragraphsOf(lines: TextLine[], page: number): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const line of lines) {
    const current = paragraphs[paragraphs.length - 1];
    const last = current?.lines[current.lines.length - 1];
    if (current && last && sameParagraph(last, line)) current.lines.push(line);
    else paragraphs.push({ lines: [line], page });
  }
  return paragraphs;
}

function paragraphBox(p: Paragraph): BBox {
  return [
    Math.min(...p.lines.map((l) => l.x0)),
    Math.min(...p.lines.map((l) => l.top)),
    Math.max(...p.lines.map((l) => l.x1)),
    Math.max(...p.lines.map((l) => l.bottom)),
  ];
}

function insideBox(item: TextItem, box: BBox): boolean {
  const x = item.x + item.width / 2;
  const y = item.y + item.height / 2;
  return x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3];
}

interface PageBlocks {
  blocks: Block[];
  lines: TextLine[];
}

interface PageTables {
  tables: Table[];
  /** Items not in a lattice table. */
  free: TextItem[];
  lines: TextLine[];
}

function latticePage(page: PdfPage, vocabulary: Vocabulary): PageTables {
  const found = latticeTables(page, vocabulary);
  const free = page.items.filter(
    (it) =>
      !found.some((t) => t.items.has(it) || (t.table.bbox !== null && insideBox(it, t.table.bbox))),
  );
  return { tables: found.map((t) => t.table), free, lines: groupLines(free) };
}

/** Horizontal rulings outside the lattice tables: header rules and row separators. */
function freeRules(page: PdfPage, tables: Table[]): Segment[] {
  return mergeSegments(toSegments(page.rulings, "h"), 2.5).filter(
    (s) =>
      !tables.some(
        (t) =>
          t.bbox !== null &&
          s.pos >= t.bbox[1] - 2 &&
          s.pos <= t.bbox[3] + 2 &&
          s.a >= t.bbox[0] - 2 &&
          s.b <= t.bbox[2] + 2,
      ),
  );
}

/** Stream tables in the text outside lattice tables and running texts; the rest as lines. */
function streamPage(
  page: PdfPage,
  lattice: PageTables,
  running: Set<TextLine>,
  vocabulary: Vocabulary,
): PageTables {
  const body = lattice.lines.filter((l) => !running.has(l)).flatMap((l) => l.items);
  const found = streamTables(page.number, body, freeRules(page, lattice.tables), vocabulary);
  const used = new Set(found.flatMap((t) => [...t.items]));
  const rest = body.filter((it) => !used.has(it));
  return {
    tables: [...lattice.tables, ...found.map((t) => t.table)],
    free: rest,
    lines: groupLines(rest),
  };
}

export function pdfToContent(layout: PdfLayout): DocumentContent {
  const vocabulary = documentVocabulary(layout.pages);
  const lattice = layout.pages.map((page) => latticePage(page, vocabulary));
  const { running, texts } = findRunningLines(
    layout.pages,
    lattice.map((p) => p.lines),
  );
  const perPage = layout.pages.map((page, i) =>
    streamPage(page, lattice[i] as PageTables, running, vocabulary),
  );
  const bodyLines = perPage.flatMap((p) => p.lines);
  const body = bodyFontSize(bodyLines);
  const headingSizes = [
    ...new Set(
      bodyLines
        .filter((l) => l.fontSize >= body * HEADING_SIZE_RATIO)
        .map((l) => Math.round(l.fontSize * 2) / 2),
    ),
  ].sort((a, b) => b - a);

  const pages: PageBlocks[] = perPage.map((p, i) => {
    const page = layout.pages[i]!;
    const lines = p.lines;
    const blocks: Block[] = p.tables.map((table) => ({
      kind: "table",
      table,
      page: page.number,
      bbox: table.bbox,
    }));
    for (const para of paragraphsOf(lines, page.number)) {
      const { text } = joinLines(para.lines, null, vocabulary);
      if (text === "") continue;
      const first = para.lines[0]!;
      const size = Math.round(first.fontSize * 2) / 2;
      const larger = first.fontSize >= body * HEADING_SIZE_RATIO;
      const boldShort = para.lines.every((l) => l.bold) && para.lines.length <= 3;
      const bbox = paragraphBox(para);
      if ((larger || boldShort) && text.length <= MAX_HEADING_CHARS) {
        const level = larger ? headingSizes.indexOf(size) + 1 : headingSizes.length + 1;
        blocks.push({ kind: "heading", level: Math.max(1, level), text, page: page.number, bbox });
      } else {
        blocks.push({ kind: "paragraph", text, page: page.number, bbox });
      }
    }
    blocks.sort(
      (a, b) => (a.bbox?.[1] ?? 0) - (b.bbox?.[1] ?? 0) || (a.bbox?.[0] ?? 0) - (b.bbox?.[0] ?? 0),
    );
    return { blocks, lines };
  });

  const blocks: Block[] = [];
  for (const page of pages) {
    const [first, ...rest] = page.blocks;
    const prev = blocks[blocks.length - 1];
    if (
      first &&
      prev &&
      first.kind === "table" &&
      prev.kind === "table" &&
      continues(prev.table, first.table)
    ) {
      const joined = joinTables(prev.table, first.table);
      blocks[blocks.length - 1] = { ...prev, table: joined };
      blocks.push(...rest);
    } else {
      blocks.push(...page.blocks);
    }
  }
  return {
    format: "pdf",
    pageCount: layout.pageCount,
    blocks,
    runningTexts: texts,
    metadataTitle: layout.metadata.title,
  };
}
