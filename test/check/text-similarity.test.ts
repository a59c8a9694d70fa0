import jaroWinklerDistance from "natural/lib/natural/distance/jaro-winkler_distance.js";
import { describe, expect, it } from "vitest";
import { jaroWinkler, prepareWords, wordsSimilarity } from "../../src/check/text-similarity.js";
import { textSimilarity } from "../../src/parse/swedish/text.js";

const TEXTS = [
  "",
  " ",
  "–",
  "Klarspråk",
  "klarspråk.",
  "Klarspråksutbildning för handläggare",
  "Utbildning i klarspråk för handläggare",
  "Sprida goda exempel.",
  "sprida  goda exempel",
  "och i att det som",
  "Infor\u00admationsmöte på intranätet",
  "Informationsmöte på intranätet",
  "Ta fram en on-boarding film om förvaltningen",
  "Ta fram filmer utifrån olika yrkesroller",
  "Nyttja våra yrkesambassadörer på ett strategiskt sätt",
  "Fortsatt nyttja våra yrkesambassadörer på ett strategiskt sätt",
  "Revidering 2024 av rutiner (steg 1/3)",
  "ΣΑΣ İstanbul",
  "a",
  "ab",
  "ba",
];

/** Deterministic strings over a small alphabet, so that characters often match. */
function strings(count: number): string[] {
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed;
  };
  const alphabet = "abcåäö xy";
  return Array.from({ length: count }, () =>
    Array.from({ length: next() % 14 }, () => alphabet[next() % alphabet.length]).join(""),
  );
}

describe("prepared text similarity", () => {
  it("equals textSimilarity for every pair", () => {
    const prepared = TEXTS.map(prepareWords);
    TEXTS.forEach((a, i) => {
      TEXTS.forEach((b, j) => {
        expect(wordsSimilarity(prepared[i]!, prepared[j]!), `${a} ~ ${b}`).toBe(
          textSimilarity(a, b),
        );
      });
    });
  });

  it("computes Jaro-Winkler exactly as natural does", () => {
    const list = [...strings(300), ...TEXTS];
    for (let i = 0; i + 1 < list.length; i++) {
      const [a, b] = [list[i]!, list[i + 1]!];
      expect(jaroWinkler(a, b), `${a} ~ ${b}`).toBe(jaroWinklerDistance(a, b));
      expect(jaroWinkler(b, a), `${b} ~ ${a}`).toBe(jaroWinklerDistance(b, a));
    }
  });
});
