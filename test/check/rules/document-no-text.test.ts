import { describe, expect, it } from "vitest";
import { documentNoText } from "../../../src/check/rules/document-no-text.js";
import { doc, files } from "../builders.js";

describe("document-no-text", () => {
  it("finds a document without a text layer", () => {
    const document = doc({
      file: "skannad.pdf",
      format: "pdf",
      problems: [{ code: "no-text", message: "…" }],
    });
    expect(documentNoText(files({ document }))).toEqual([
      {
        rule: "document-no-text",
        severity: "error",
        documentId: "doc1",
        page: null,
        message: "skannad.pdf saknar textlager (troligen skannat); inget innehåll kunde läsas.",
        refs: ["doc1"],
      },
    ]);
  });

  it("is silent on a readable document with another problem", () => {
    const document = doc({ problems: [{ code: "wrong-extension", message: "pdf" }] });
    expect(documentNoText(files({ document }))).toEqual([]);
  });
});
