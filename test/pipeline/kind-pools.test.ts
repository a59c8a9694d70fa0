// Threads split between PDF and Word files, and the reading order that keeps both fed.
import { describe, expect, it } from "vitest";
import { KindPools, readingOrder, splitThreads } from "../../src/pipeline/kind-pools.js";

const names = (pdf: number, docx: number) => [
  ...Array.from({ length: pdf }, (_, i) => `p${i}.pdf`),
  ...Array.from({ length: docx }, (_, i) => `d${i}.docx`),
];

describe("splitThreads", () => {
  it("shares one thread, or a folder of one kind, without splitting", () => {
    expect([...splitThreads(names(3, 3), 1)]).toEqual([["all", 1]]);
    expect([...splitThreads(names(5, 0), 2)]).toEqual([["all", 2]]);
    expect([...splitThreads(names(0, 5), 4)]).toEqual([["all", 4]]);
  });

  it("gives each kind threads in proportion to its files, at least one each", () => {
    expect([...splitThreads(names(122, 98), 2)]).toEqual([
      ["pdf", 1],
      ["office", 1],
    ]);
    expect([...splitThreads(names(30, 10), 4)]).toEqual([
      ["pdf", 3],
      ["office", 1],
    ]);
    expect([...splitThreads(names(95, 5), 4)]).toEqual([
      ["pdf", 3],
      ["office", 1],
    ]);
  });
});

describe("readingOrder", () => {
  const files = [
    { file: "a.pdf", size: 10 },
    { file: "b.pdf", size: 30 },
    { file: "c.pdf", size: 20 },
    { file: "d.docx", size: 5 },
    { file: "e.docx", size: 50 },
    { file: "f.doc", size: 1 },
  ];

  it("puts the largest of each kind first and interleaves the kinds in proportion", () => {
    expect(readingOrder(files).map((f) => f.file)).toEqual([
      "b.pdf",
      "e.docx",
      "c.pdf",
      "d.docx",
      "a.pdf",
      "f.doc",
    ]);
  });

  it("keeps every file once, for one kind too", () => {
    const pdfs = files.filter((f) => f.file.endsWith(".pdf"));
    expect(readingOrder(pdfs).map((f) => f.file)).toEqual(["b.pdf", "c.pdf", "a.pdf"]);
    expect(readingOrder([])).toEqual([]);
  });
});

describe("KindPools", () => {
  const options = { workers: 2, timeoutMs: 1000, maxMemoryMb: 256 };

  it("hands a kind's threads to the other kind once its last file is done", async () => {
    const pools = new KindPools(["a.pdf", "b.pdf", "c.docx"], options);
    expect(pools.threadsFor("a.pdf")).toBe(1);
    expect(pools.threadsFor("c.docx")).toBe(1);
    pools.finished("a.pdf");
    expect(pools.threadsFor("c.docx")).toBe(1); // b.pdf is still to come
    pools.finished("b.pdf");
    expect(pools.threadsFor("c.docx")).toBe(2);
    await pools.close();
  });

  it("shares all threads when it does not split", async () => {
    const pools = new KindPools(["a.pdf", "b.pdf"], options);
    expect(pools.keyOf("a.pdf")).toBe("all");
    expect(pools.threadsFor("a.pdf")).toBe(2);
    pools.finished("a.pdf");
    pools.finished("b.pdf");
    expect(pools.threadsFor("a.pdf")).toBe(2);
    await pools.close();
  });
});
