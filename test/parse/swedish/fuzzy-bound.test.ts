import jaroWinklerDistance from "natural/lib/natural/distance/jaro-winkler_distance.js";
import { describe, expect, it } from "vitest";
import { jaroWinklerBound, letterCounts } from "../../../src/parse/swedish/fuzzy-bound.js";

describe("jaroWinklerBound", () => {
  it("is never below natural's Jaro-Winkler similarity", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    // A small alphabet, with letters outside a–zåäö, so that many pairs are similar.
    const alphabet = "aeiknrståäöé1 ";
    const text = () =>
      Array.from({ length: 1 + Math.floor(random() * 14) }, () =>
        alphabet.charAt(Math.floor(random() * alphabet.length)),
      ).join("");
    for (let i = 0; i < 20_000; i++) {
      const [x, y] = [text(), text()];
      const bound = jaroWinklerBound(letterCounts(x), letterCounts(y));
      expect(bound, `${x} / ${y}`).toBeGreaterThanOrEqual(jaroWinklerDistance(x, y));
    }
  });

  it("rules out texts that share few letters, not near-typos", () => {
    const bound = (x: string, y: string) => jaroWinklerBound(letterCounts(x), letterCounts(y));
    expect(bound("målgupp", "målgrupp")).toBeGreaterThan(0.92);
    expect(bound("kommunikationsinsats", "kommunikationsinstas")).toBeGreaterThan(0.92);
    expect(bound("utbildning", "målgrupp")).toBeLessThan(0.9);
  });
});
