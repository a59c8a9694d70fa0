// mammoth's HTML -> layout blocks. mammoth emits a small, regular vocabulary: h1..h6, p, ul/ol
// with li, table/thead/tbody/tr/th/td (colspan/rowspan for merged cells), inline strong/em/a/sup/
// br/img, and at the end an <ol> of footnotes/endnotes plus a <dl> of comments.
import { type HTMLElement, type Node, NodeType, parse } from "node-html-parser";
import { cleanText } from "./docx-text.js";
import type { DocxBlock, DocxCell } from "./layout.js";

/** Block before text normalisation: `raw` keeps line breaks (<br>) as "\n". */
type RawBlock =
  | { kind: "heading"; level: number; raw: string }
  | { kind: "paragraph"; raw: string; style: string | null }
  | { kind: "table"; rows: DocxCell[][] };

/**
 * Converts mammoth's HTML into blocks in reading order. List items become paragraphs with style
 * "list"; footnotes and endnotes (which mammoth appends after the body) become paragraphs with
 * style "footnote"/"endnote" at the end, and their reference marks ("[1]") are removed from the
 * text they were attached to.
 */
export function htmlToBlocks(html: string): DocxBlock[] {
  const root = parse(html, { comment: false });
  const raw: RawBlock[] = [];
  walkFlow(root.childNodes, raw, null);
  const blocks: DocxBlock[] = [];
  for (const block of raw) {
    if (block.kind === "table") {
      if (block.rows.length > 0) blocks.push(block);
      continue;
    }
    const text = cleanText(block.raw);
    if (text === "") continue;
    blocks.push(
      block.kind === "heading"
        ? { kind: "heading", level: block.level, text }
        : { kind: "paragraph", text, style: block.style },
    );
  }
  return blocks;
}

const HEADING = /^h([1-6])$/;
const CONTAINERS = new Set(["div", "section", "article", "blockquote", "body", "html", "dl", "dd"]);

function tagOf(node: Node): string | null {
  return node.nodeType === NodeType.ELEMENT_NODE
    ? (node as HTMLElement).rawTagName.toLowerCase()
    : null;
}

/** Appends the blocks of a sequence of nodes; loose inline content forms a paragraph. */
function walkFlow(nodes: Node[], out: RawBlock[], style: string | null): void {
  let pending = "";
  const flush = () => {
    if (pending.trim() !== "") out.push({ kind: "paragraph", raw: pending, style });
    pending = "";
  };
  for (const node of nodes) {
    const tag = tagOf(node);
    const element = node as HTMLElement;
    const heading = tag ? HEADING.exec(tag) : null;
    if (heading) {
      flush();
      out.push({ kind: "heading", level: Number(heading[1]), raw: inlineText(element) });
    } else if (tag === "p") {
      flush();
      out.push({ kind: "paragraph", raw: inlineText(element), style });
    } else if (tag === "ul" || tag === "ol") {
      flush();
      walkList(element, out, style);
    } else if (tag === "table") {
      flush();
      out.push({ kind: "table", rows: tableRows(element) });
    } else if (tag !== null && CONTAINERS.has(tag)) {
      flush();
      walkFlow(element.childNodes, out, style);
    } else {
      pending += tag === null ? textOf(node) : inlineText(element);
    }
  }
  flush();
}

function walkList(list: HTMLElement, out: RawBlock[], inherited: string | null): void {
  for (const item of list.childNodes) {
    if (tagOf(item) !== "li") continue;
    const id = (item as HTMLElement).getAttribute("id") ?? "";
    const note = /^(footnote|endnote)-/.exec(id);
    walkFlow(item.childNodes, out, note ? (note[1] ?? null) : (inherited ?? "list"));
  }
}

/** Rows of a table: its own rows only (those of nested tables belong to their cells). */
function tableRows(table: HTMLElement): DocxCell[][] {
  const rows: DocxCell[][] = [];
  const visit = (parent: HTMLElement) => {
    for (const child of parent.childNodes) {
      const tag = tagOf(child);
      if (tag === "thead" || tag === "tbody" || tag === "tfoot") visit(child as HTMLElement);
      else if (tag === "tr") rows.push(rowCells(child as HTMLElement));
    }
  };
  visit(table);
  return rows;
}

function rowCells(row: HTMLElement): DocxCell[] {
  const cells: DocxCell[] = [];
  for (const child of row.childNodes) {
    const tag = tagOf(child);
    if (tag !== "td" && tag !== "th") continue;
    const cell = child as HTMLElement;
    const lines = cellLines(cell);
    cells.push({
      text: cleanText(lines.join(" ")),
      lines,
      rowSpan: spanOf(cell.getAttribute("rowspan")),
      colSpan: spanOf(cell.getAttribute("colspan")),
    });
  }
  return cells;
}

/** A cell's lines: its paragraphs, split at line breaks; a nested table's cells in order. */
function cellLines(cell: HTMLElement): string[] {
  const raw: RawBlock[] = [];
  walkFlow(cell.childNodes, raw, null);
  const lines: string[] = [];
  for (const block of raw) {
    const parts =
      block.kind === "table"
        ? block.rows.flatMap((row) => row.flatMap((c) => c.lines))
        : block.raw.split("\n");
    for (const part of parts) {
      const line = cleanText(part);
      if (line !== "") lines.push(line);
    }
  }
  return lines;
}

function spanOf(value: string | undefined): number {
  const n = Number.parseInt(value ?? "", 10);
  return Number.isFinite(n) && n >= 1 ? n : 1;
}

/**
 * Text of inline content; <br> becomes "\n", check boxes ☒/☐, note reference marks and images
 * are dropped.
 */
function inlineText(element: HTMLElement): string {
  let text = "";
  for (const node of element.childNodes) {
    const tag = tagOf(node);
    if (tag === null) {
      text += textOf(node);
      continue;
    }
    const child = node as HTMLElement;
    if (tag === "br") text += "\n";
    else if (tag === "img") continue;
    // mammoth turns Word check boxes into <input>; keep the answer a form table gives.
    else if (tag === "input" && child.getAttribute("type") === "checkbox") {
      text += child.hasAttribute("checked") ? "☒" : "☐";
    } else if (isNoteLink(child) || (tag === "sup" && child.childNodes.every(isNoteLinkNode)))
      continue;
    else if (tag === "p" || HEADING.test(tag) || tag === "li") text += `\n${inlineText(child)}\n`;
    else text += inlineText(child);
  }
  return text;
}

/** Links mammoth adds for notes: "[1]" in the body, "↑" back in the note. */
function isNoteLink(element: HTMLElement): boolean {
  if (tagOf(element) !== "a") return false;
  const href = element.getAttribute("href") ?? "";
  return /^#(footnote|endnote|comment)-(ref-)?/.test(href);
}

function isNoteLinkNode(node: Node): boolean {
  if (node.nodeType === NodeType.TEXT_NODE) return textOf(node).trim() === "";
  return node.nodeType === NodeType.ELEMENT_NODE && isNoteLink(node as HTMLElement);
}

function textOf(node: Node): string {
  // `text` decodes HTML entities; mammoth escapes &, <, > and quotes.
  return node.nodeType === NodeType.TEXT_NODE ? node.text : "";
}
