// Types for the deep imports of mammoth's internals that docx-mammoth.ts uses (mammoth 1.13):
// only the members it calls.

/** A docx package as mammoth reads it (lib/zipfile.js). */
interface MammothFile {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<string | Uint8Array>;
  write(name: string, contents: string): void;
  toArrayBuffer(): Promise<ArrayBuffer>;
}

/** mammoth's lib/results.js Result: a value with warnings and errors. */
interface MammothResult<T> {
  value: T;
  messages: { type: string; message: string }[];
  map<U>(func: (value: T) => U): MammothResult<U>;
  flatMapThen<U>(func: (value: T) => Promise<MammothResult<U>>): Promise<MammothResult<U>>;
}

interface MammothOptions {
  embeddedStyleMap: string | null;
  transformDocument: (document: unknown) => unknown;
  readStyleMap(): string[];
}

declare module "mammoth/lib/results.js" {
  const results: {
    Result: { combine<T>(results: MammothResult<T>[]): MammothResult<T[]> };
  };
  export default results;
}

declare module "mammoth/lib/style-reader.js" {
  const styleReader: { readStyle(line: string): MammothResult<unknown> };
  export default styleReader;
}

declare module "mammoth/lib/options-reader.js" {
  const optionsReader: { readOptions(options: object): MammothOptions };
  export default optionsReader;
}

declare module "mammoth/lib/docx/style-map.js" {
  const styleMap: { readStyleMap(file: MammothFile): Promise<string | null> };
  export default styleMap;
}

declare module "mammoth/lib/docx/docx-reader.js" {
  const docxReader: {
    read(
      file: MammothFile,
      input: object,
      options: MammothOptions,
    ): Promise<MammothResult<unknown>>;
  };
  export default docxReader;
}

declare module "mammoth/lib/document-to-html.js" {
  const documentToHtml: {
    DocumentConverter(options: object): {
      convertToHtml(document: unknown): Promise<MammothResult<string>>;
    };
  };
  export default documentToHtml;
}
