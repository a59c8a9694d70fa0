// How pdf.js hands fonts over once it has read them. In Node its default (disableFontFace) is to
// compile every glyph used into path commands and post each one as a message, for drawing on a
// canvas without a font engine. Nothing here draws: that work was about a quarter of
// getOperatorList's time on text-heavy pages. Told that fonts can be loaded instead, pdf.js
// gives each font to `document.fonts` as a `FontFace`; Node has neither, so this module provides
// stand-ins that accept a font and do nothing with it. The text, its positions and the glyph
// widths come from the operator list either way.

/** A FontFace that is loaded at once and never used. */
class UnusedFontFace {
  readonly loaded: Promise<UnusedFontFace> = Promise.resolve(this);
  constructor(readonly family: string) {}
}

/** pdf.js's `ownerDocument` for font loading: only `fonts.add`/`fonts.delete` are called. */
export const FONT_SINK_DOCUMENT = { fonts: { add(): void {}, delete(): void {} } };

/** Installs the FontFace stand-in if the runtime has none (a process-wide global). */
export function provideFontFace(): void {
  const g = globalThis as { FontFace?: unknown };
  if (g.FontFace === undefined) g.FontFace = UnusedFontFace;
}
