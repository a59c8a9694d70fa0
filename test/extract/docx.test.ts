import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractDocx } from "../../src/extract/docx.js";
import { ExtractError } from "../../src/extract/errors.js";
import type { DocxBlock, DocxCell, DocxLayout } from "../../src/extract/layout.js";
import { stored, zip } from "./raw-zip.js";

const SAMPLES = new URL("../../fixtures/samples/", import.meta.url);
const BAD = new URL("../../fixtures/bad/", import.meta.url);

const sample = (name: string) => extractDocx(readFileSync(new URL(name, SAMPLES)));
const tablesOf = (layout: DocxLayout) =>
  layout.blocks.flatMap((b) => (b.kind === "table" ? [b.rows] : []));
const headingsOf = (layout: DocxLayout) =>
  layout.blocks.flatMap((b) => (b.kind === "heading" ? [b] : []));
const paragraphsOf = (layout: DocxLayout) =>
  layout.blocks.flatMap((b) => (b.kind === "paragraph" ? [b] : []));

async function extractError(bytes: Uint8Array): Promise<ExtractError> {
  try {
    await extractDocx(bytes);
  } catch (error) {
    if (error instanceof ExtractError) return error;
    throw error;
  }
  throw new Error("extractDocx did not throw");
}

describe("extractDocx on the samples", () => {
  it("keeps headings with their level and the title line as a paragraph", async () => {
    const layout = await sample("003_arbetsmiljorapport-2024.docx");
    expect(headingsOf(layout)).toContainEqual({
      kind: "heading",
      level: 1,
      text: "1. Bedömning och utvärdering av föregående års åtgärder",
    });
    expect(headingsOf(layout)).toContainEqual({
      kind: "heading",
      level: 2,
      text: "2.2 Sjukfrånvaro",
    });
    // docx-js wrote the title as a bold Normal paragraph, not in a Title style.
    expect(layout.blocks[0]).toEqual({
      kind: "paragraph",
      text: "Arbetsmiljörapport 2024",
      style: null,
    });
    expect(layout.metadata).toEqual({
      title: "Arbetsmiljörapport 2024",
      creator: "Huddinge kommun",
    });
    expect(layout.messages).toEqual([]);
  });

  it("reads vertically and horizontally merged cells as rowspan/colspan", async () => {
    const [evaluation] = tablesOf(await sample("003_arbetsmiljorapport-2024.docx"));
    const rows = evaluation ?? [];
    expect(rows).toHaveLength(13);
    expect(rows[0]?.map((c) => c.text)).toEqual([
      "Risk",
      "Risknivå",
      "Åtgärd",
      "Status",
      "Slutdatum",
    ]);
    const first = rows[1] ?? [];
    expect(first.map((c) => [c.rowSpan, c.colSpan])).toEqual([
      [4, 1],
      [4, 1],
      [1, 1],
      [1, 1],
      [1, 1],
    ]);
    expect(first[1]?.text).toBe("12");
    // The "Önskad effekt" sub-row lists only its own cell; the risk cells above cover cols 0-1.
    const effect = rows[2] ?? [];
    expect(effect).toHaveLength(1);
    expect(effect[0]).toEqual<DocxCell>({
      text: "Önskad effekt Den önskade effekten är att öka förvaltningens förmåga till kompetensförsörjning.",
      lines: [
        "Önskad effekt",
        "Den önskade effekten är att öka förvaltningens förmåga till kompetensförsörjning.",
      ],
      rowSpan: 1,
      colSpan: 3,
    });
    expect(rows[5]?.[0]?.rowSpan).toBe(8);
  });

  it("keeps a cell's paragraphs as lines and an empty cell as empty", async () => {
    const tables = tablesOf(await sample("000_kommunikationsplan-2025.docx"));
    const cells = tables.flat(2);
    expect(cells.find((c) => c.text === "26 februari 4 april")?.lines).toEqual([
      "26 februari",
      "4 april",
    ]);
    const storytelling = tables.flat().find((row) => row[1]?.text === "Storytelling");
    expect(storytelling?.[0]).toEqual({ text: "", lines: [], rowSpan: 1, colSpan: 1 });
  });

  it("reads the running header with the organisation, which the body does not name", async () => {
    const layout = await sample("000_kommunikationsplan-2025.docx");
    expect(layout.headers).toEqual(["Vård- och omsorgsförvaltningen\nKommunikationsplan 2025"]);
    // "Sida {PAGE} av {NUMPAGES}" is page-number boilerplate only.
    expect(layout.footers).toEqual([]);
    const body = layout.blocks.map((b) => (b.kind === "table" ? "" : b.text)).join(" ");
    expect(body).not.toContain("Vård- och omsorgsförvaltningen");
    expect(layout.metadata.creator).toBe("Vård- och omsorgsförvaltningen");
  });

  it("drops page-number fields from footers but keeps their text", async () => {
    expect((await sample("003_arbetsmiljorapport-2024.docx")).footers).toEqual([
      "Arbetsmiljörapport 2024",
    ]);
    const plan2012 = await sample("001_kommunikationsplan-serviceforvaltningen-2012.docx");
    expect(plan2012.headers).toEqual(["KOMMUNIKATIONSPLAN 2012"]);
    expect(plan2012.footers).toEqual([
      "Box 7005, 121 07 Stockholm. Palmfeltsvägen 5, Johanneshov\narja.lindholm@stockholm.se www.stockholm.se",
    ]);
  });

  it("moves footnotes to the end and removes their reference marks", async () => {
    const layout = await sample("001_kommunikationsplan-serviceforvaltningen-2012.docx");
    const paragraphs = paragraphsOf(layout);
    const last = paragraphs.at(-1);
    expect(last?.style).toBe("footnote");
    expect(last?.text).toMatch(/^Med kommunikationsplattform menas .* och andra\.$/);
    expect(paragraphs.filter((p) => p.style === "footnote")).toHaveLength(1);
    const referring = paragraphs.find((p) =>
      p.text.startsWith("De verksamhetsspecifika kommunikationsbehoven"),
    );
    expect(referring?.text.endsWith("som stöd för arbetet.")).toBe(true);
    expect(layout.blocks.some((b) => b.kind !== "table" && b.text.includes("[1]"))).toBe(false);
  });

  it("turns list items into paragraphs with style 'list'", async () => {
    const paragraphs = paragraphsOf(
      await sample("001_kommunikationsplan-serviceforvaltningen-2012.docx"),
    );
    expect(paragraphs.find((p) => p.text === "Berörda myndigheter")?.style).toBe("list");
  });
});

describe("extractDocx on files that are not readable Word documents", () => {
  const bad = (name: string) => extractError(readFileSync(new URL(name, BAD)));

  it("reports an empty file as empty", async () => {
    expect((await bad("docx-empty.docx")).code).toBe("empty");
  });

  it("reports a text file renamed .docx as unsupported", async () => {
    expect((await bad("docx-text-renamed.docx")).code).toBe("unsupported");
  });

  it("reports a truncated .docx as corrupt", async () => {
    expect((await bad("docx-truncated.docx")).code).toBe("corrupt");
  });

  it("reports a zip without a main document part as unsupported", async () => {
    expect((await bad("docx-no-document.docx")).code).toBe("unsupported");
  });

  it("tells a password-protected Office file from a legacy .doc", async () => {
    const ole = (streamName: string) => {
      const bytes = Buffer.alloc(2048);
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
      Buffer.from(streamName, "utf16le").copy(bytes, 1024);
      return bytes;
    };
    expect((await extractError(ole("EncryptedPackage"))).code).toBe("encrypted");
    expect((await extractError(ole("WordDocument"))).code).toBe("unsupported");
  });

  it("reports a main document that is not XML as corrupt", async () => {
    const zip = storedZip({ ...wordLikePackage(), "word/document.xml": "<w:document><w:body>" });
    expect((await extractError(zip)).code).toBe("corrupt");
  });
});

describe("extractDocx on a Word-style package", () => {
  // Features docx-js does not write but Word and LibreOffice do: style ids in the UI language,
  // vMerge/gridSpan with short rows, nested tables, soft hyphens, cached page-number results,
  // text boxes with a VML fallback, a second header part.
  it("reads headings, merged and nested tables, notes and running texts", async () => {
    const layout = await extractDocx(storedZip(wordLikePackage()));
    const blocks = layout.blocks;
    expect(blocks.filter((b) => b.kind === "heading")).toEqual([
      { kind: "heading", level: 1, text: "Arbetsmiljörapport 2025" },
      { kind: "heading", level: 1, text: "1. Risker & åtgärder" },
      { kind: "heading", level: 2, text: "1.1 Detaljer" },
    ]);
    const table = blocks.find(
      (b): b is Extract<DocxBlock, { kind: "table" }> => b.kind === "table",
    );
    const shape = table?.rows.map((row) => row.map((c) => `${c.text}|${c.rowSpan}x${c.colSpan}`));
    expect(shape).toEqual([
      ["Risk|1x1", "Åtgärd|1x1", "Status|1x1"],
      ["Arbetsbelastning hög|2x1", "Rekrytera|1x1", "Pågående|1x1"],
      ["Utbilda chefer|1x1", "Inner A Inner B|1x1"],
      ["Fokusområde 2|1x2"],
    ]);
    expect(table?.rows[2]?.[1]?.lines).toEqual(["Inner A", "Inner B"]);
    expect(blocks.at(-1)).toEqual({
      kind: "paragraph",
      text: "Källa: enkät 2024.",
      style: "footnote",
    });
    const body = blocks.find((b) => b.kind === "paragraph" && b.text.startsWith("Se not"));
    expect(body).toEqual({ kind: "paragraph", text: "Se not.", style: null });
    expect(blocks).toContainEqual({ kind: "paragraph", text: "Klart: ☒ Ja", style: null });
    expect(layout.headers).toEqual(["Kommunstyrelsens förvaltning", "Förstasidan Dnr 12"]);
    expect(layout.footers).toEqual(["Arbetsmiljörapport 2025"]);
    expect(layout.metadata).toEqual({ title: "Rapport <2025>", creator: null });
  });
});

// --- a minimal Word package, written as a stored (uncompressed) zip ---------------------------

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const NS = `${W} xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"`;
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const p = (text: string, style?: string) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (content: string, props = "") => `<w:tc><w:tcPr>${props}</w:tcPr>${content}</w:tc>`;
const pageField = (instr: string, cached: string) =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${instr} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${cached}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;

function wordLikePackage(): Record<string, string> {
  const table = [
    "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>",
    `<w:tr><w:trPr><w:tblHeader/></w:trPr>${tc(p("Risk"))}${tc(p("Åtgärd"))}${tc(p("Status"))}</w:tr>`,
    `<w:tr>${tc(`<w:p><w:r><w:t>Arbets</w:t></w:r><w:r><w:softHyphen/><w:t>belastning</w:t></w:r><w:r><w:t xml:space="preserve">  hög</w:t></w:r></w:p>`, '<w:vMerge w:val="restart"/>')}${tc(p("Rekrytera"))}${tc(p("Pågående"))}</w:tr>`,
    `<w:tr>${tc("<w:p/>", "<w:vMerge/>")}${tc(p("Utbilda chefer"))}${tc(`<w:tbl><w:tr>${tc(p("Inner A"))}${tc(p("Inner B"))}</w:tr></w:tbl><w:p/>`)}</w:tr>`,
    `<w:tr><w:trPr><w:gridAfter w:val="1"/></w:trPr>${tc(p("Fokusområde 2"), '<w:gridSpan w:val="2"/>')}</w:tr>`,
    "</w:tbl>",
  ].join("");
  const document = [
    `<w:document ${NS}><w:body>`,
    p("Arbetsmiljörapport 2025", "Rubrik"),
    p("1. Risker &amp; åtgärder", "Rubrik1"),
    p("1.1 Detaljer", "Heading2Custom"),
    table,
    `<w:p><w:r><w:t xml:space="preserve">Klart: </w:t></w:r><w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="1"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>☒</w:t></w:r></w:sdtContent></w:sdt><w:r><w:t xml:space="preserve"> Ja</w:t></w:r></w:p>`,
    `<w:p><w:r><w:t>Se not.</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r></w:p>`,
    "</w:body></w:document>",
  ].join("");
  const style = (id: string, name: string) =>
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`;
  return {
    "[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="/docProps/core.xml"/></Relationships>`,
    "docProps/core.xml": `<cp:coreProperties xmlns:cp="x" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Rapport &lt;2025&gt;</dc:title><dc:creator></dc:creator></cp:coreProperties>`,
    "word/document.xml": document,
    "word/_rels/document.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL}/footnotes" Target="footnotes.xml"/></Relationships>`,
    // Swedish Word: ids in the UI language, built-in names in English (lower case).
    "word/styles.xml": `<w:styles ${W}>${style("Rubrik", "Title")}${style("Rubrik1", "heading 1")}${style("Heading2Custom", "Rubrik 2")}${style("FootnoteReference", "footnote reference")}</w:styles>`,
    "word/footnotes.xml": `<w:footnotes ${W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Källa: enkät 2024.</w:t></w:r></w:p></w:footnote></w:footnotes>`,
    // A text box in the header: the drawing and its VML fallback both carry the text.
    "word/header1.xml": `<w:hdr ${NS}><w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>${p("Kommunstyrelsens förvaltning")}</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>${p("Kommunstyrelsens förvaltning")}</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p></w:hdr>`,
    "word/header2.xml": `<w:hdr ${W}><w:p><w:r><w:t>Förstasidan</w:t></w:r><w:r><w:ptab w:alignment="right" w:relativeTo="margin" w:leader="none"/></w:r><w:r><w:t>Dnr 12</w:t></w:r></w:p><w:p><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:hdr>`,
    "word/footer1.xml": `<w:ftr ${W}><w:p>${pageField("PAGE", "3")}<w:r><w:t xml:space="preserve"> | Arbetsmiljörapport 2025</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">Sida </w:t></w:r>${pageField("PAGE", "3")}<w:r><w:t xml:space="preserve"> av </w:t></w:r>${pageField("NUMPAGES", "9")}</w:p></w:ftr>`,
  };
}

/** A zip with every entry stored uncompressed: enough for yauzl and mammoth. */
function storedZip(files: Record<string, string>): Uint8Array {
  return zip(Object.entries(files).map(([name, content]) => stored(name, content)));
}
