// Writes the hand-built PDFs the extraction tests use (no PDF library needed):
//   fixtures/extract/rotated-90.pdf  a /Rotate 90 page with text, rulings, a shaded box and a
//                                    clipped-away line, drawn so that it reads upright on screen
//   fixtures/extract/encrypted.pdf   a document whose /Encrypt dictionary needs a password
// Usage: npx tsx scripts/make-pdf-fixtures.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

/** Builds a classic-xref PDF from object bodies (object n = bodies[n-1]); latin1 throughout. */
export function buildPdf(bodies: string[], trailerExtra = ""): Buffer {
  let out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  bodies.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xrefAt = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R ${trailerExtra}>>\n`;
  out += `startxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

function stream(content: string): string {
  return `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`;
}

// On a /Rotate 90 page the displayed point (X, Y) (top-left origin) is the user point (x, y) = (Y, X),
// so text reads upright with the text matrix [0 1 -1 0 x y] and a displayed horizontal line is
// a user-space vertical one.
const rotatedContent = [
  "1 g 0 0 595 842 re f", // white page background: paper, not a shaded area
  "0 g BT /F2 14 Tf 0 1 -1 0 100 72 Tm (Roterad sida) Tj ET",
  // WinAnsi: \x96 en dash, \xe5 å, \xe4 ä, \xf6 ö, \xc5 Å
  "BT /F1 10 Tf 0 1 -1 0 130 72 Tm (R12 2023\x9612 \xe5\xe4\xf6 \xc5rsplan) Tj ET",
  "0.5 w 200 72 m 200 472 l S", // displayed horizontal at Y=200, X 72..472
  "200 300 m 400 300 l S", // displayed vertical at X=300, Y 200..400
  "300 72 0.75 400 re f", // thin filled rect: displayed horizontal at Y≈300.4, X 72..472
  "0.8 g 420 100 50 100 re f 0 g", // shaded box: displayed X 100..200, Y 420..470
  "q 0 0 10 10 re W n 250 500 m 250 600 l S Q", // clipped away: must not appear
].join("\n");

const rotatedPdf = buildPdf([
  "<< /Type /Catalog /Pages 2 0 R >>",
  "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
  "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Rotate 90 /Contents 4 0 R " +
    "/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
  stream(rotatedContent),
  "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
  "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
]);

// /U does not match the empty user password, so a reader must ask for one.
const hex32 = (seed: number): string =>
  Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) % 256).toString(16).padStart(2, "0")).join(
    "",
  );
const encryptedPdf = buildPdf(
  [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
    stream("BT ET"),
    `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${hex32(11)}> /U <${hex32(97)}> >>`,
  ],
  `/Encrypt 5 0 R /ID [<${hex32(3).slice(0, 32)}> <${hex32(3).slice(0, 32)}>] `,
);

const outDir = path.join(import.meta.dirname, "..", "fixtures", "extract");
await mkdir(outDir, { recursive: true });
await writeFile(path.join(outDir, "rotated-90.pdf"), rotatedPdf);
await writeFile(path.join(outDir, "encrypted.pdf"), encryptedPdf);
console.log(`wrote rotated-90.pdf and encrypted.pdf to ${outDir}`);
