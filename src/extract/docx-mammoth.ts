// mammoth.convertToHtml, minus two costs it pays on every document: it parses its whole style
// map (ours plus its ~50 defaults, with a parser-combinator library) each call, and it opens
// the zip again with JSZip and inflates the parts in JavaScript. Here the style map is parsed
// once, and mammoth reads the parts our zip reader has already inflated and size-checked.
// The steps are those of mammoth's own `convert` (lib/index.js, mammoth 1.13); the test in
// test/extract/docx-mammoth.test.ts holds the result to convertToHtml's on real documents.
import documentToHtml from "mammoth/lib/document-to-html.js";
import docxReader from "mammoth/lib/docx/docx-reader.js";
import embeddedStyleMap from "mammoth/lib/docx/style-map.js";
import optionsReader from "mammoth/lib/options-reader.js";
import results from "mammoth/lib/results.js";
import styleReader from "mammoth/lib/style-reader.js";
import type { ZipPackage } from "./docx-zip.js";

export interface HtmlResult {
  value: string;
  messages: { type: string; message: string }[];
}

/** mammoth's view of a docx package (lib/zipfile.js), served from our zip reader. */
function mammothFile(pkg: ZipPackage): MammothFile {
  return {
    exists: (name) => pkg.has(name),
    read: async (name, encoding) => {
      const data = await pkg.read(name);
      if (data === null) throw new Error(`no part ${name} in the package`);
      const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
      if (encoding === "base64") return Buffer.from(bytes).toString("base64");
      // As JSZip's reader: TextDecoder, which drops a byte-order mark.
      if (encoding) return new TextDecoder(encoding).decode(bytes);
      return bytes;
    },
    write: () => {
      throw new Error("the package is read-only");
    },
    toArrayBuffer: () => {
      throw new Error("the package is read-only");
    },
  };
}

/** Parsed style maps by their source lines; in practice one entry, ours plus the defaults. */
const PARSED_STYLE_MAPS = new Map<string, MammothResult<unknown[]>>();

function parsedStyleMap(lines: readonly string[]): MammothResult<unknown[]> {
  const key = lines.join("\n");
  let parsed = PARSED_STYLE_MAPS.get(key);
  if (!parsed) {
    // As mammoth's parseStyleMap: mappings it could not read drop out, with a warning.
    parsed = results.Result.combine(lines.map(styleReader.readStyle)).map((mappings) =>
      mappings.filter((m) => !!m),
    );
    // A document's own embedded style map is part of the key; keep the cache small anyway.
    if (PARSED_STYLE_MAPS.size >= 16) PARSED_STYLE_MAPS.clear();
    PARSED_STYLE_MAPS.set(key, parsed);
  }
  return parsed;
}

/** The HTML and messages mammoth.convertToHtml gives for the package with these options. */
export async function convertToHtml(
  pkg: ZipPackage,
  options: { styleMap: string[]; convertImage: unknown },
): Promise<HtmlResult> {
  const docxFile = mammothFile(pkg);
  const read = optionsReader.readOptions(options);
  read.embeddedStyleMap = await embeddedStyleMap.readStyleMap(docxFile);
  const documentResult = (await docxReader.read(docxFile, {}, read)).map(read.transformDocument);
  const styleMap = parsedStyleMap(read.readStyleMap());
  const converter = documentToHtml.DocumentConverter({ ...read, styleMap: styleMap.value });
  return documentResult.flatMapThen((document) =>
    styleMap.flatMapThen(() => converter.convertToHtml(document)),
  );
}
