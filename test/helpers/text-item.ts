// A text run as the PDF extractor gives it, for hand-made layouts: 10 pt (or `fontSize`),
// about half a font size per character wide unless `width` says otherwise.
import type { TextItem } from "../../src/extract/layout.js";

export function textItem(
  text: string,
  x: number,
  y: number,
  options: Partial<Omit<TextItem, "text" | "x" | "y">> = {},
): TextItem {
  const fontSize = options.fontSize ?? 10;
  const height = options.height ?? 1.1 * fontSize;
  const bold = options.bold ?? false;
  const italic = options.italic ?? false;
  return {
    text,
    x,
    y,
    width: options.width ?? 0.5 * fontSize * text.length,
    height,
    baseline: options.baseline ?? y + 0.85 * height,
    fontName: options.fontName ?? `DejaVuSans${bold ? "-Bold" : ""}${italic ? "-Oblique" : ""}`,
    fontSize,
    bold,
    italic,
  };
}
