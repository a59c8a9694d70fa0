import { describe, expect, it } from "vitest";
import { documentUnreadable } from "../../../src/check/rules/document-unreadable.js";
import { doc, files } from "../builders.js";

describe("document-unreadable", () => {
  it("finds a file that could not be opened, once", () => {
    const document = doc({
      status: "failed",
      problems: [
        { code: "corrupt", message: "Filen kunde inte öppnas: den är skadad eller avkortad." },
        { code: "wrong-extension", message: "docx" },
      ],
    });
    expect(documentUnreadable(files({ document }))).toEqual([
      {
        rule: "document-unreadable",
        severity: "error",
        documentId: "doc1",
        page: null,
        message:
          "rapport.docx kunde inte läsas: Filen kunde inte öppnas: den är skadad eller avkortad.",
        refs: ["doc1"],
      },
    ]);
  });

  it("is silent on a scanned document (it opened; document-no-text says the rest)", () => {
    const document = doc({ problems: [{ code: "no-text", message: "…" }] });
    expect(documentUnreadable(files({ document }))).toEqual([]);
  });
});
