// Turns pdf.js text-content items into layout TextItems in displayed-page coordinates.
// Pure: the caller supplies the raw items, the font styles and the resolved font objects.
import type { TextItem } from "./layout.js";
import { compose, type Matrix, toMatrix } from "./pdf-geometry.js";

/** The parts of a pdf.js text-content item used here. */
export interface RawTextItem {
  str: string;
  transform: ArrayLike<number>;
  /** Advance along the text direction, in PDF user-space units. */
  width: number;
  height: number;
  /** pdf.js's internal font id (e.g. `g_d0_f1`). */
  fontName: string;
}

/** pdf.js's per-font text style (`textContent.styles[fontName]`). */
export interface RawTextStyle {
  ascent?: number;
  descent?: number;
  vertical?: boolean;
  fontFamily?: string;
}

/** The resolved font object (`page.commonObjs.get(fontName)`), as far as it is known. */
export interface FontInfo {
  name?: string | null;
  bold?: boolean;
  black?: boolean;
  italic?: boolean;
}

// pdf.js's text layer uses the same fallbacks when a font carries no metrics.
const DEFAULT_ASCENT = 0.8;

// Matches Bold, SemiBold, DemiBold, ExtraBold, Black, Heavy, "Arial,Bold".
const BOLD_NAME = /bold|black|heavy/i;
const ITALIC_NAME = /italic|oblique|kursiv/i;

/** `ABCDEF+Calibri-Bold` → `Calibri-Bold`: the subset tag differs per file and means nothing. */
export function stripSubsetTag(name: string): string {
  return name.replace(/^[A-Z]{6}\+/, "");
}

export function isBoldFont(font: FontInfo | null, name: string): boolean {
  return Boolean(font?.bold || font?.black) || BOLD_NAME.test(name);
}

export function isItalicFont(font: FontInfo | null, name: string): boolean {
  return Boolean(font?.italic) || ITALIC_NAME.test(name);
}

/** How far apart (in ems) two runs on one baseline may be and still be one run. */
const MAX_JOIN_GAP_EM = 0.1;

/**
 * Converts a page's items in content-stream order and joins runs that continue each other on one
 * line in the same font. Chromium, for one, shows a ligature ("ff") as a run of its own, which
 * would otherwise split "effekt" into "e", "ff", "ekt".
 */
export function convertTextItems(
  raws: readonly RawTextItem[],
  viewportTransform: Matrix,
  styleOf: (fontId: string) => RawTextStyle | undefined,
  fontOf: (fontId: string) => FontInfo | null,
): TextItem[] {
  const out: TextItem[] = [];
  let prevHorizontal = false;
  for (const raw of raws) {
    const item = toTextItem(raw, viewportTransform, styleOf(raw.fontName), fontOf(raw.fontName));
    if (!item) {
      prevHorizontal = false;
      continue;
    }
    const horizontal = isLeftToRight(raw, viewportTransform);
    const prev = out[out.length - 1];
    if (prev && prevHorizontal && horizontal && continuesRun(prev, item)) {
      out[out.length - 1] = joinRuns(prev, item);
    } else {
      out.push(item);
    }
    prevHorizontal = horizontal;
  }
  return out;
}

function isLeftToRight(raw: RawTextItem, viewportTransform: Matrix): boolean {
  const m = toMatrix(Array.from(raw.transform));
  if (!m) return false;
  const tx = compose(viewportTransform, m);
  return tx[0] > 0 && Math.abs(tx[1]) < 1e-6 * Math.abs(tx[0]);
}

function continuesRun(a: TextItem, b: TextItem): boolean {
  if (a.fontName !== b.fontName || a.bold !== b.bold || a.italic !== b.italic) return false;
  if (Math.abs(a.fontSize - b.fontSize) > 0.01 * a.fontSize) return false;
  if (Math.abs(a.baseline - b.baseline) > 0.05 * a.fontSize) return false;
  const gap = b.x - (a.x + a.width);
  return gap >= -MAX_JOIN_GAP_EM * a.fontSize && gap <= MAX_JOIN_GAP_EM * a.fontSize;
}

function joinRuns(a: TextItem, b: TextItem): TextItem {
  const x1 = Math.max(a.x + a.width, b.x + b.width);
  const y0 = Math.min(a.y, b.y);
  const y1 = Math.max(a.y + a.height, b.y + b.height);
  return { ...a, text: a.text + b.text, width: x1 - a.x, y: y0, height: y1 - y0 };
}

/** Converts one item; null for whitespace-only runs and degenerate transforms. */
export function toTextItem(
  raw: RawTextItem,
  viewportTransform: Matrix,
  style: RawTextStyle | undefined,
  font: FontInfo | null,
): TextItem | null {
  if (raw.str.trim() === "") return null;
  const itemMatrix = toMatrix(Array.from(raw.transform));
  if (!itemMatrix) return null;
  const tx = compose(viewportTransform, itemMatrix);
  const fontSize = Math.hypot(tx[2], tx[3]);
  const advanceScale = Math.hypot(tx[0], tx[1]);
  if (fontSize === 0 || advanceScale === 0) return null;

  const descent = style?.descent && style.descent < 0 ? style.descent : 0;
  const ascent = style?.ascent ? style.ascent : descent ? 1 + descent : DEFAULT_ASCENT;

  // Unit vectors on the displayed page: along the baseline, and "up" the glyphs.
  const ux = tx[0] / advanceScale;
  const uy = tx[1] / advanceScale;
  const vx = tx[2] / fontSize;
  const vy = tx[3] / fontSize;
  const ox = tx[4];
  const oy = tx[5];
  const corners: Array<[number, number]> = [];
  for (const along of [0, raw.width]) {
    for (const up of [descent * fontSize, ascent * fontSize]) {
      corners.push([ox + ux * along + vx * up, oy + uy * along + vy * up]);
    }
  }
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  const x0 = Math.min(...xs);
  const y0 = Math.min(...ys);

  const realName = font?.name ? stripSubsetTag(font.name) : (style?.fontFamily ?? raw.fontName);
  return {
    text: raw.str,
    x: x0,
    y: y0,
    width: Math.max(...xs) - x0,
    height: Math.max(...ys) - y0,
    baseline: oy,
    fontName: realName,
    fontSize,
    bold: isBoldFont(font, realName),
    italic: isItalicFont(font, realName),
  };
}
