import { describe, expect, it } from "vitest";
import type { DocumentRecord } from "../../src/model/records.js";
import { markRenditions } from "../../src/pipeline/renditions.js";

function doc(id: string, file: string, over: Partial<DocumentRecord> = {}): DocumentRecord {
  return {
    id,
    file,
    format: file.endsWith(".pdf") ? "pdf" : "docx",
    pageCount: null,
    type: "kommunikationsplan",
    title: "Kommunikationsplan 2025",
    organisation: "Vård- och omsorgsförvaltningen",
    year: 2025,
    reportDate: null,
    status: "ok",
    problems: [],
    renditionOf: null,
    ...over,
  };
}

describe("markRenditions", () => {
  it("points the PDFs of a document at its Word original", () => {
    const marked = markRenditions([
      doc("p1", "plan.pdf"),
      doc("w1", "plan.docx"),
      doc("p2", "plan_chromium.pdf", { title: "Kommunikationsplan  2025" }),
    ]);
    expect(marked.map((d) => [d.id, d.renditionOf])).toEqual([
      ["p1", "w1"],
      ["w1", null],
      ["p2", "w1"],
    ]);
  });

  it("keeps documents apart that differ in year, organisation or type", () => {
    const marked = markRenditions([
      doc("a", "a.docx"),
      doc("b", "b.docx", { year: 2024 }),
      doc("c", "c.docx", { organisation: "Serviceförvaltningen" }),
      doc("d", "d.docx", { type: "program" }),
    ]);
    expect(marked.every((d) => d.renditionOf === null)).toBe(true);
  });

  it("never pairs failed or untitled documents", () => {
    const marked = markRenditions([
      doc("a", "a.docx", { status: "failed" }),
      doc("b", "b.pdf", { status: "failed" }),
      doc("c", "c.docx", { title: null }),
      doc("d", "d.pdf", { title: null }),
    ]);
    expect(marked.every((d) => d.renditionOf === null)).toBe(true);
  });
});
