import { describe, expect, it } from "vitest";
import { riskBand, riskTone, statusTone } from "../../src/report/tones.js";

describe("riskBand", () => {
  it("bands the products of a 4×4 matrix: 1–3 low, 4–6 medium, 8–9 high, 12–16 very high", () => {
    const levels = [1, 2, 3, 4, 6, 8, 9, 12, 16];
    expect(levels.map(riskBand)).toEqual([
      "low",
      "low",
      "low",
      "medium",
      "medium",
      "high",
      "high",
      "veryHigh",
      "veryHigh",
    ]);
    expect(riskTone(9)).toBe("high");
    expect(riskTone(12)).toBe("bad");
  });

  it("leaves levels off the matrix uncoloured", () => {
    expect(riskBand(null)).toBeNull();
    expect(riskBand(0)).toBeNull();
    expect(riskBand(20)).toBeNull();
    expect(riskBand(Number.NaN)).toBeNull();
  });
});

describe("statusTone", () => {
  it("colours Avslutad green, Pågående yellow, Försenad and Ej påbörjad red", () => {
    expect(statusTone("Avslutad")).toBe("good");
    expect(statusTone("Genomförd")).toBe("good");
    expect(statusTone("Pågående")).toBe("neutral");
    expect(statusTone("Påbörjad")).toBe("neutral");
    expect(statusTone("Försenad")).toBe("bad");
    expect(statusTone("Ej påbörjad")).toBe("bad");
    expect(statusTone("ej genomförd")).toBe("bad");
    expect(statusTone("Inte klar")).toBe("neutral");
  });

  it("leaves other words and empty cells alone", () => {
    expect(statusTone(null)).toBeNull();
    expect(statusTone("Se text")).toBeNull();
    expect(statusTone("Klarspråk")).toBeNull();
  });
});
