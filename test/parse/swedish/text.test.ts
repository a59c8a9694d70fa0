import { describe, expect, it } from "vitest";
import {
  collapseWhitespace,
  removeSoftHyphens,
  SWEDISH_STOP_WORDS,
  stripDiacriticsForMatch,
  swedishStem,
  textSimilarity,
  tokensForMatch,
} from "../../../src/parse/swedish/text.js";

describe("text helpers", () => {
  it("collapses all kinds of whitespace", () => {
    expect(collapseWhitespace("  a\u00a0 b\n\tc\u202fd  ")).toBe("a b c d");
  });

  it("removes soft hyphens", () => {
    expect(removeSoftHyphens("kommunika\u00adtions\u00adinsats")).toBe("kommunikationsinsats");
  });

  it("strips diacritics for matching", () => {
    expect(stripDiacriticsForMatch("Målgrupp för äldre, Åtgärd, café")).toBe(
      "Malgrupp for aldre, Atgard, cafe",
    );
  });

  it("stems Swedish words", () => {
    expect(swedishStem("Medarbetarna")).toBe(swedishStem("medarbetare"));
    expect(swedishStem("yrkesambassadörer")).toBe("yrkesambassadör");
  });

  it("has a stop word list of about a hundred words", () => {
    expect(SWEDISH_STOP_WORDS.length).toBeGreaterThanOrEqual(90);
    expect(new Set(SWEDISH_STOP_WORDS).size).toBe(SWEDISH_STOP_WORDS.length);
  });

  it("tokenises without stop words, stemmed", () => {
    expect(tokensForMatch("Nyttja våra yrkesambassadörer på ett strategiskt sätt")).toEqual([
      swedishStem("nyttja"),
      "yrkesambassadör",
      swedishStem("strategiskt"),
      swedishStem("sätt"),
    ]);
    expect(tokensForMatch("och i på")).toEqual([]);
  });
});

describe("textSimilarity", () => {
  it("is high for a reworded carried-over activity", () => {
    expect(
      textSimilarity(
        "Nyttja våra yrkesambassadörer på ett strategiskt sätt",
        "Fortsatt nyttja våra yrkesambassadörer på ett strategiskt sätt",
      ),
    ).toBeGreaterThan(0.8);
  });

  it("is low for unrelated activities", () => {
    expect(
      textSimilarity(
        "Medieträning och krishantering/kriskommunikation",
        "Ta fram en on-boarding film om förvaltningen",
      ),
    ).toBeLessThan(0.4);
    expect(textSimilarity("Klarspråk", "Presentationsteknik och effektiva möten")).toBeLessThan(
      0.4,
    );
  });

  it("is 1 for the same text up to case, punctuation and whitespace", () => {
    expect(textSimilarity("Sprida goda exempel.", "sprida  goda exempel")).toBe(1);
  });

  it("is symmetric-ish and within 0..1", () => {
    const a = "Ta fram filmer utifrån olika yrkesroller";
    const b = "Berätta om goda exempel från verksamheten och om olika yrkesroller";
    const s = textSimilarity(a, b);
    expect(s).toBeGreaterThanOrEqual(0);
    expect(s).toBeLessThanOrEqual(1);
    expect(Math.abs(s - textSimilarity(b, a))).toBeLessThan(0.05);
  });

  it("handles empty texts", () => {
    expect(textSimilarity("", "")).toBe(1);
    expect(textSimilarity("", "Klarspråk")).toBe(0);
  });
});
