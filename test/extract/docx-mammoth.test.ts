import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { convertToHtml } from "../../src/extract/docx-mammoth.js";
import { withZipPackage } from "../../src/extract/docx-zip.js";

const FIXTURES = fileURLToPath(new URL("../../fixtures/", import.meta.url));

function docxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return docxFiles(path);
    return name.endsWith(".docx") ? [path] : [];
  });
}

const SKIP_IMAGES = mammoth.images.imgElement(async () => ({ src: "" }));

/** What mammoth's public API says, or its error message. */
async function viaMammoth(bytes: Buffer, styleMap: string[]) {
  try {
    const r = await mammoth.convertToHtml(
      { buffer: bytes },
      { styleMap, convertImage: SKIP_IMAGES },
    );
    return { html: r.value, messages: r.messages };
  } catch (error) {
    return { error: String(error) };
  }
}

async function viaPackage(bytes: Buffer, styleMap: string[]) {
  try {
    const r = await withZipPackage(bytes, 64 * 1024 * 1024, (pkg) =>
      convertToHtml(pkg, { styleMap, convertImage: SKIP_IMAGES }),
    );
    return { html: r.value, messages: r.messages };
  } catch (error) {
    return { error: String(error) };
  }
}

describe("convertToHtml over our zip reader", () => {
  // fixtures/bad holds zip bombs our reader refuses on purpose.
  const files = docxFiles(FIXTURES).filter((f) => !f.startsWith(join(FIXTURES, "bad")));

  it("gives mammoth's own HTML and messages for every fixture mammoth reads", async () => {
    const styleMap = ["p[style-name='Rubrik'] => h1:fresh", "p[style-name='Rubrik 2'] => h2:fresh"];
    let read = 0;
    for (const file of files) {
      const bytes = readFileSync(file);
      const expected = await viaMammoth(bytes, styleMap);
      const ours = await viaPackage(bytes, styleMap);
      // Damaged files fail either way, each reader with its own message.
      if ("error" in expected) expect(ours, file).toHaveProperty("error");
      else {
        expect(ours, file).toEqual(expected);
        read++;
      }
    }
    expect(read).toBeGreaterThan(10);
  }, 60_000);

  // Damaged directories and headers: wherever our reader calls a package plain, mammoth on its
  // own (JSZip) must read it alike; elsewhere extractDocx lets mammoth open the zip itself.
  it("agrees with mammoth on damaged copies our reader calls plain", async () => {
    const original = readFileSync(join(FIXTURES, "samples", "vof-kommunikationsplan-2024.docx"));
    let seed = 11;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const styleMap = ["p[style-name='Rubrik'] => h1:fresh"];
    let compared = 0;
    for (let k = 0; k < 300; k++) {
      const bytes = Buffer.from(original);
      // Mostly the directory at the end of the file, sometimes anywhere.
      const span = k % 4 === 0 ? bytes.length : Math.min(bytes.length, 2500);
      bytes[bytes.length - 1 - Math.floor(random() * span)] = Math.floor(random() * 256);
      const plain = await withZipPackage(bytes, 64 * 1024 * 1024, async (pkg) => pkg.plain).catch(
        () => false,
      );
      if (!plain) continue;
      compared++;
      const expected = await viaMammoth(bytes, styleMap);
      const ours = await viaPackage(bytes, styleMap);
      if ("error" in expected) expect(ours, `case ${k}`).toHaveProperty("error");
      else expect(ours, `case ${k}`).toEqual(expected);
    }
    expect(compared).toBeGreaterThan(20);
  }, 60_000);

  it("keeps mammoth's warning for a style mapping it cannot read, on every call", async () => {
    const bytes = readFileSync(join(FIXTURES, "samples", "003_arbetsmiljorapport-2024.docx"));
    const styleMap = ["p[style-name='Rubrik'] => h1:fresh", "p[style-name= => nonsense"];
    const expected = await viaMammoth(bytes, styleMap);
    expect(expected.messages?.some((m) => m.message.includes("Did not understand"))).toBe(true);
    expect(await viaPackage(bytes, styleMap)).toEqual(expected);
    expect(await viaPackage(bytes, styleMap)).toEqual(expected);
  });
});
