// pdf.js's binary data (standard font programs, CMaps, wasm decoders) read once per thread,
// not once per document. pdf.js's own Node factory reads the file from disk every time a
// document asks, and most PDFs that use a non-embedded standard font (Helvetica, Times) ask for
// the same one: a disk read and a wait per document. pdf.js builds its factory itself from the
// class given as `BinaryDataFactory`, with the three base URLs.
import { readFile } from "node:fs/promises";

type Kind = "cMapUrl" | "standardFontDataUrl" | "wasmUrl";

/** Kept for the thread's life: the files are pdf.js's own, a few MB at most in all. */
const loaded = new Map<string, Promise<Uint8Array>>();

export class CachedBinaryDataFactory {
  private readonly base: Record<Kind, string | null>;

  constructor(urls: {
    cMapUrl?: string | null;
    standardFontDataUrl?: string | null;
    wasmUrl?: string | null;
  }) {
    this.base = {
      cMapUrl: urls.cMapUrl ?? null,
      standardFontDataUrl: urls.standardFontDataUrl ?? null,
      wasmUrl: urls.wasmUrl ?? null,
    };
  }

  async fetch({ kind, filename }: { kind: Kind; filename: string }): Promise<Uint8Array> {
    const base = this.base[kind];
    if (!base) throw new Error(`No ${kind} given to pdf.js.`);
    const url = `${base}${filename}`;
    let data = loaded.get(url);
    if (data === undefined) {
      data = readFile(url).then((b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
      loaded.set(url, data);
      // A failed read is not kept: the next document tries again.
      data.catch(() => loaded.delete(url));
    }
    // A copy: pdf.js may transfer what it is given, which would empty the kept bytes.
    return (await data).slice();
  }
}
