// Text runs from a page's operator list, positioned the way pdf.js's canvas draws them, so that
// one pass over the page yields both its rulings and its text (getTextContent would parse the
// page a second time, which doubles the cost of a page with tables). Pure: the caller supplies
// the operator list and the fonts. Returns null where this reading is not trusted (vertical or
// Type3 fonts, fonts pdf.js could not read): the caller then asks pdf.js for the text content.
import { normalizeUnicode, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";
import { compose, IDENTITY, type Matrix, toMatrix } from "./pdf-geometry.js";
import { stepGraphicsState } from "./pdf-graphics-state.js";
import type { OperatorListLike } from "./pdf-paths.js";
import type { RawTextItem, RawTextStyle } from "./pdf-text.js";

/** The parts of a pdf.js font object (page.commonObjs) that place glyphs. */
export interface OpsFont {
  fontMatrix?: ArrayLike<number> | null;
  vertical?: boolean;
  isType3Font?: boolean;
  isInvalidPDFjsFont?: boolean;
  ascent?: number;
  descent?: number;
}

interface Glyph {
  unicode: string;
  width: number;
  isSpace: boolean;
}

interface TextState {
  ctm: Matrix;
  tm: Matrix;
  x: number;
  y: number;
  lineX: number;
  lineY: number;
  leading: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  rise: number;
  fontId: string | null;
  fontSize: number;
}

/** A gap wider than this (in font sizes) inside a show-text operation is a space. */
const SPACE_EM = 0.1;
/** A gap wider than this starts a new run, as pdf.js's text content does. */
const NEW_RUN_EM = 0.6;
/** A glyph raised or lowered by less than this stays in the run ("LaTeX", superscripts). */
const VERTICAL_SHIFT_EM = 0.25;
/** Format characters pdf.js leaves out of text content (soft hyphens, zero-width marks). */
const INVISIBLE = /^\p{Cf}$/u;

export interface OpsText {
  items: RawTextItem[];
  styles: Record<string, RawTextStyle>;
}

function numberArgs(args: unknown): number[] {
  return Array.isArray(args) ? args.filter((a): a is number => typeof a === "number") : [];
}

export function textFromOperatorList(
  opList: OperatorListLike,
  fontOf: (id: string) => OpsFont | null,
): OpsText | null {
  const runs = new RunBuilder();
  const styles: Record<string, RawTextStyle> = {};
  let s: TextState = {
    ctm: IDENTITY,
    tm: IDENTITY,
    x: 0,
    y: 0,
    lineX: 0,
    lineY: 0,
    leading: 0,
    charSpacing: 0,
    wordSpacing: 0,
    hScale: 1,
    rise: 0,
    fontId: null,
    fontSize: 0,
  };
  const stack: TextState[] = [];
  const moveText = (tx: number, ty: number) => {
    s.lineX += tx;
    s.lineY += ty;
    s.x = s.lineX;
    s.y = s.lineY;
  };

  const { fnArray, argsArray } = opList;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null | undefined;
    const next = stepGraphicsState(fn, args, s, stack);
    if (next) {
      s = next;
      continue;
    }
    switch (fn) {
      case OPS.beginText:
        s.tm = IDENTITY;
        s.x = s.lineX = 0;
        s.y = s.lineY = 0;
        break;
      case OPS.setTextMatrix: {
        const m = toMatrix(args?.length === 1 ? args[0] : args);
        if (m) s.tm = m;
        s.x = s.lineX = 0;
        s.y = s.lineY = 0;
        break;
      }
      case OPS.moveText: {
        const [tx = 0, ty = 0] = numberArgs(args);
        moveText(tx, ty);
        break;
      }
      case OPS.setLeadingMoveText: {
        const [tx = 0, ty = 0] = numberArgs(args);
        s.leading = ty;
        moveText(tx, ty);
        break;
      }
      case OPS.nextLine:
        moveText(0, s.leading);
        break;
      case OPS.setLeading:
        s.leading = -(numberArgs(args)[0] ?? 0);
        break;
      case OPS.setCharSpacing:
        s.charSpacing = numberArgs(args)[0] ?? 0;
        break;
      case OPS.setWordSpacing:
        s.wordSpacing = numberArgs(args)[0] ?? 0;
        break;
      case OPS.setHScale:
        s.hScale = (numberArgs(args)[0] ?? 100) / 100;
        break;
      case OPS.setTextRise:
        s.rise = numberArgs(args)[0] ?? 0;
        break;
      case OPS.setFont: {
        const id = args?.[0];
        const size = args?.[1];
        if (typeof id !== "string" || typeof size !== "number") return null;
        const font = fontOf(id);
        if (!font || font.vertical || font.isType3Font || font.isInvalidPDFjsFont || size < 0)
          return null;
        s.fontId = id;
        s.fontSize = size;
        styles[id] ??= { ascent: font.ascent, descent: font.descent, vertical: false };
        break;
      }
      case OPS.showText: {
        if (!s.fontId || s.fontSize === 0) break;
        const font = fontOf(s.fontId);
        const glyphs = args?.[0];
        if (!font || !Array.isArray(glyphs)) return null;
        const matrixX = font.fontMatrix?.[0] ?? 0.001;
        s.x += showText(s, glyphs as Array<Glyph | number>, matrixX, runs);
        break;
      }
      default:
        break;
    }
  }
  runs.flush();
  return { items: runs.items, styles };
}

/** A run of text being collected, in user space. */
interface Run {
  fontId: string;
  fontSize: number;
  transform: Matrix;
  /** Start and current end of the run, and the unit vector along its baseline. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  ux: number;
  uy: number;
  /** User-space length of one font size along the baseline. */
  em: number;
  text: string;
}

/** Collects runs over show-text operations the way pdf.js's text content does. */
class RunBuilder {
  readonly items: RawTextItem[] = [];
  private run: Run | null = null;

  flush(): void {
    const r = this.run;
    if (r && r.text.trim() !== "") {
      this.items.push({
        str: normalizeUnicode(r.text.trimEnd()),
        transform: r.transform,
        width: Math.hypot(r.x1 - r.x0, r.y1 - r.y0),
        height: r.em,
        fontName: r.fontId,
      });
    }
    this.run = null;
  }

  /**
   * Adds a glyph at text-space point (ox, oy) of a show-text operation whose text rendering
   * matrix is `trm` and glyph scale (a, d); `advance` is in user units.
   */
  glyph(
    unicode: string,
    fontId: string,
    fontSize: number,
    at: { trm: Matrix; a: number; d: number; ox: number; oy: number },
    advance: number,
  ): void {
    const { trm, ox, oy } = at;
    const px = trm[0] * ox + trm[2] * oy + trm[4];
    const py = trm[1] * ox + trm[3] * oy + trm[5];
    const r = this.run;
    if (r && r.fontId === fontId && r.fontSize === fontSize) {
      const dx = px - r.x1;
      const dy = py - r.y1;
      const along = (dx * r.ux + dy * r.uy) / r.em;
      const across = Math.abs(dx * -r.uy + dy * r.ux) / r.em;
      if (across <= VERTICAL_SHIFT_EM && along <= NEW_RUN_EM && along >= -NEW_RUN_EM) {
        // Spaces go by the gap, as in pdf.js: a zero-width space glyph separates nothing.
        if (along > SPACE_EM) r.text += " ";
        r.text += unicode;
        r.x1 = px + advance * r.ux;
        r.y1 = py + advance * r.uy;
        return;
      }
    }
    this.flush();
    // Only a run's first glyph needs its whole matrix.
    const glyphMatrix = compose(trm, [at.a, 0, 0, at.d, ox, oy]);
    const scale = Math.hypot(glyphMatrix[0], glyphMatrix[1]);
    const ux = scale === 0 ? 1 : glyphMatrix[0] / scale;
    const uy = scale === 0 ? 0 : glyphMatrix[1] / scale;
    this.run = {
      fontId,
      fontSize,
      transform: glyphMatrix,
      x0: px,
      y0: py,
      x1: px + advance * ux,
      y1: py + advance * uy,
      ux,
      uy,
      em: Math.hypot(glyphMatrix[2], glyphMatrix[3]),
      text: unicode,
    };
  }
}

/**
 * Lays out one show-text operation's glyphs into `runs`; returns the advance in text space, for
 * the text position.
 */
function showText(
  s: TextState,
  glyphs: Array<Glyph | number>,
  fontMatrixX: number,
  runs: RunBuilder,
): number {
  const fontSize = s.fontSize;
  const advanceScale = fontSize * fontMatrixX;
  const trm = compose(s.ctm, s.tm);
  const userScale = Math.hypot(trm[0], trm[1]);
  let x = 0;
  for (const glyph of glyphs) {
    if (typeof glyph === "number") {
      x -= (glyph * fontSize) / 1000;
      continue;
    }
    const spacing = (glyph.isSpace ? s.wordSpacing : 0) + s.charSpacing;
    const advance = glyph.width * advanceScale + spacing;
    const unicode = glyph.unicode ?? "";
    // isSpace says "byte 32" (word spacing applies), not "a space": subset fonts reuse codes.
    if (unicode.trim() !== "" && !INVISIBLE.test(unicode)) {
      const at = {
        trm,
        a: fontSize * s.hScale,
        d: fontSize,
        ox: s.x + x * s.hScale,
        oy: s.y + s.rise,
      };
      runs.glyph(unicode, s.fontId as string, fontSize, at, advance * s.hScale * userScale);
    }
    x += advance;
  }
  return x * s.hScale;
}
