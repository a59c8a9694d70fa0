import { describe, expect, it } from "vitest";
import yauzl from "yauzl";
import { readZip, rewriteInternalLinks, writeZip } from "../../src/report/xlsx-package.js";

describe("rewriteInternalLinks", () => {
  it("keeps only the location of an internal link and drops its relationship", () => {
    const sheet =
      '<hyperlinks><hyperlink ref="A1" r:id="rId1" location="#&apos;Risker och åtgärder&apos;!A3"/>' +
      '<hyperlink ref="A2" r:id="rId2"/></hyperlinks>';
    const rels =
      '<Relationships><Relationship Id="rId1" Type="h" Target="#&apos;Risker och åtgärder&apos;!A3" TargetMode="External"/>' +
      '<Relationship Id="rId2" Type="h" Target="../in/a%20b.pdf" TargetMode="External"/>' +
      '<Relationship Id="rId3" Type="t" Target="../tables/table1.xml"/></Relationships>';
    const out = rewriteInternalLinks(sheet, rels);
    expect(out.sheet).toBe(
      '<hyperlinks><hyperlink ref="A1" location="&apos;Risker och åtgärder&apos;!A3"/>' +
        '<hyperlink ref="A2" r:id="rId2"/></hyperlinks>',
    );
    expect(out.rels).not.toContain('Id="rId1"');
    expect(out.rels).toContain('Id="rId2"');
    expect(out.rels).toContain('Id="rId3"');
  });

  it("also reads the location from the relationship, as the streaming writer leaves it", () => {
    const sheet = '<hyperlinks><hyperlink ref="B4" r:id="rId7"/></hyperlinks>';
    const rels =
      '<Relationships><Relationship Id="rId7" Type="h" Target="#&apos;Kontroller&apos;!A2" TargetMode="External"/></Relationships>';
    const out = rewriteInternalLinks(sheet, rels);
    expect(out.sheet).toBe(
      '<hyperlinks><hyperlink ref="B4" location="&apos;Kontroller&apos;!A2"/></hyperlinks>',
    );
    expect(out.rels).toBe("<Relationships></Relationships>");
  });
});

describe("writeZip", () => {
  it("writes a zip that reads back with the same parts and fixed timestamps", async () => {
    const parts = [
      { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
      { name: "xl/worksheets/sheet1.xml", data: Buffer.from("å".repeat(5000)) },
    ];
    const when = new Date("2025-03-01T10:00:00.000Z");
    const bytes = writeZip(parts, when);
    expect(await readZip(bytes)).toEqual(parts);
    expect(Buffer.from(writeZip(parts, when)).equals(Buffer.from(bytes))).toBe(true);
    const zip = await yauzl.fromBufferPromise(Buffer.from(bytes));
    for await (const entry of zip.eachEntry()) {
      expect(entry.getLastModDate({ forceDosFormat: true, timezone: "UTC" }).toISOString()).toBe(
        "2025-03-01T10:00:00.000Z",
      );
    }
  });
});
