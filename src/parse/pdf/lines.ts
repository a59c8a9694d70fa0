// Text items to lines: items that share a baseline and follow each other closely form a line.
import type { TextItem } from "../../extract/layout.js";
import { collapseWhitespace, removeSoftHyphens } from "../swedish/text.js";

export interface TextLine {
  items: TextItem[];
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  baseline: number;
  fontSize: number;
  bold: boolean;
}

/** Items whose baselines differ by less than this fraction of the font size share a line. */
const BASELINE_TOLERANCE = 0.35;
/** A horizontal gap wider than this many font sizes splits a line into two (columns, cells). */
const MAX_WORD_GAP = 2.5;

export function joinItems(items: TextItem[]): string {
  let text = "";
  let prev: TextItem | undefined;
  for (const item of items) {
    if (prev) {
      const gap = item.x - (prev.x + prev.width);
      const needsSpace = gap > Math.min(prev.fontSize, item.fontSize) * 0.12;
      if (needsSpace && !text.endsWith(" ") && !item.text.startsWith(" ")) text += " ";
    }
    text += item.text;
    prev = item;
  }
  return collapseWhitespace(removeSoftHyphens(text));
}

function makeLine(items: TextItem[]): TextLine {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  let fontSize = 0;
  let boldChars = 0;
  let chars = 0;
  for (const i of sorted) {
    fontSize = Math.max(fontSize, i.fontSize);
    chars += i.text.length;
    if (i.bold) boldChars += i.text.length;
  }
  return {
    items: sorted,
    text: joinItems(sorted),
    x0: Math.min(...sorted.map((i) => i.x)),
    x1: Math.max(...sorted.map((i) => i.x + i.width)),
    top: Math.min(...sorted.map((i) => i.y)),
    bottom: Math.max(...sorted.map((i) => i.y + i.height)),
    baseline: sorted[0]?.baseline ?? 0,
    fontSize,
    bold: chars > 0 && boldChars / chars > 0.6,
  };
}

/**
 * Group items into lines by baseline, then split each baseline group where a wide gap
 * separates runs (so two table cells or text columns on one baseline stay apart).
 */
export function groupLines(items: TextItem[], splitGaps = true): TextLine[] {
  const sorted = items
    .filter((i) => i.text.trim() !== "")
    .sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const groups: TextItem[][] = [];
  for (const item of sorted) {
    const group = groups[groups.length - 1];
    const ref = group?.[0];
    if (
      group &&
      ref &&
      Math.abs(item.baseline - ref.baseline) <=
        BASELINE_TOLERANCE * Math.max(ref.fontSize, item.fontSize)
    ) {
      group.push(item);
    } else {
      groups.push([item]);
    }
  }
  const lines: TextLine[] = [];
  for (const group of groups) {
    group.sort((a, b) => a.x - b.x);
    if (!splitGaps) {
      lines.push(makeLine(group));
      continue;
    }
    let run: TextItem[] = [];
    for (const item of group) {
      const last = run[run.length - 1];
      if (
        last &&
        item.x - (last.x + last.width) > MAX_WORD_GAP * Math.max(last.fontSize, item.fontSize)
      ) {
        lines.push(makeLine(run));
        run = [];
      }
      run.push(item);
    }
    if (run.length > 0) lines.push(makeLine(run));
  }
  return lines.sort((a, b) => a.top - b.top || a.x0 - b.x0);
}
