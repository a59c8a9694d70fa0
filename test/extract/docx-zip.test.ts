import { describe, expect, it } from "vitest";
import { withZipPackage } from "../../src/extract/docx-zip.js";
import { deflated, type Part, stored, zip } from "./raw-zip.js";

const LIMIT = 1024 * 1024;
const readAll = (bytes: Buffer) =>
  withZipPackage(bytes, LIMIT, async (pkg) => {
    const out: Record<string, string | null> = {};
    for (const name of pkg.names) out[name] = (await pkg.read(name))?.toString("utf8") ?? null;
    return out;
  });
const errorOf = (bytes: Buffer) =>
  readAll(bytes).then(
    () => "no error",
    (error: Error) => error.message,
  );

describe("withZipPackage", () => {
  const text = "<w:document>".concat("Kommunikationsplan 2025 ".repeat(2000), "</w:document>");

  it("reads stored and deflated parts, and knows parts from folders", async () => {
    const bytes = zip([
      stored("[Content_Types].xml", "<Types/>"),
      deflated("word/document.xml", text),
      stored("word/media/", ""),
      deflated("word/media/image1.png", "not really a png"),
    ]);
    expect(await readAll(bytes)).toEqual({
      "[Content_Types].xml": "<Types/>",
      "word/document.xml": text,
      "word/media/": "",
      "word/media/image1.png": "not really a png",
    });
    const seen = await withZipPackage(bytes, LIMIT, async (pkg) => ({
      part: pkg.has("word/document.xml"),
      folder: pkg.has("word/media/"),
      missing: pkg.has("word/styles.xml"),
      read: await pkg.read("word/styles.xml"),
    }));
    expect(seen).toEqual({ part: true, folder: false, missing: false, read: null });
  });

  it("says when JSZip could read the package otherwise (mammoth then opens it itself)", async () => {
    const plainOf = (parts: Part[], edit?: (bytes: Buffer) => void) => {
      const bytes = zip(parts);
      edit?.(bytes);
      return withZipPackage(bytes, LIMIT, async (pkg) => pkg.plain);
    };
    const doc = deflated("word/document.xml", text);
    expect(await plainOf([doc, stored("word/media/image1.png", "png")])).toBe(true);
    expect(await plainOf([doc, stored("word\\media\\image1.png", "png")])).toBe(false);
    expect(await plainOf([doc, stored("word/media/bild ö.png", "png")])).toBe(false);
    // An entry compressed with a method JSZip does not know (12: bzip2).
    const bzip = zip([doc, stored("word/media/image1.png", "png")]);
    const centralImage = bzip.lastIndexOf(Buffer.from("word/media/image1.png")) - 46;
    expect(bzip.readUInt32LE(centralImage)).toBe(0x02014b50);
    bzip.writeUInt16LE(12, centralImage + 10);
    expect(await withZipPackage(bzip, LIMIT, async (pkg) => pkg.plain)).toBe(false);
  });

  // A damaged part is left to yauzl's stream reader, whose words the problem report shows.
  it("reports a part longer than declared as yauzl does", async () => {
    const bytes = zip([deflated("word/document.xml", text, 1000)]);
    expect(await errorOf(bytes)).toBe(
      "damaged zip archive: too many bytes in the stream. expected 1000. got at least 16384",
    );
  });

  it("reports a part shorter than declared as yauzl does", async () => {
    const bytes = zip([deflated("word/document.xml", text, text.length + 10)]);
    expect(await errorOf(bytes)).toBe(
      `damaged zip archive: not enough bytes in the stream. expected ${text.length + 10}. got only ${text.length}`,
    );
  });

  it("reports broken deflate data and a broken local header as yauzl does", async () => {
    const part = deflated("word/document.xml", text);
    const truncated = { ...part, stored: part.stored.subarray(0, part.stored.length - 20) };
    expect(await errorOf(zip([truncated]))).toBe("damaged zip archive: unexpected end of file");
    const bytes = zip([part]);
    bytes.writeUInt32LE(0x12345678, 0);
    expect(await errorOf(bytes)).toBe(
      "damaged zip archive: invalid local file header signature: 0x12345678",
    );
  });
});
