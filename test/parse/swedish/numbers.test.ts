import { describe, expect, it } from "vitest";
import { looksNumeric, parseSwedishNumber } from "../../../src/parse/swedish/numbers.js";
import { loadTruthFiles } from "./truth.js";

describe("parseSwedishNumber", () => {
  it.each([
    ["4,2", 4.2, null],
    ["12,0 %", 12, "%"],
    ["12,0%", 12, "%"],
    ["\u22120,3", -0.3, null], // minus sign
    ["\u20130,3", -0.3, null], // en dash
    ["- 0,3", -0.3, null],
    ["-424", -424, null],
    ["+0,4", 0.4, null],
    ["0,0", 0, null],
    ["-0,0", 0, null],
    ["12 717", 12717, null],
    ["12\u00a0717", 12717, null], // no-break space
    ["12\u202f717", 12717, null], // narrow no-break space
    ["1 234 567", 1234567, null],
    ["1 234,5 kr", 1234.5, "kr"],
    ["3,5 procentenheter", 3.5, "procentenheter"],
    ["4,2 procent", 4.2, "procent"],
    ["150 tkr", 150, "tkr"],
    ["12.5", 12.5, null],
    ["12.717", 12717, null],
    ["1.234,5", 1234.5, null],
    [" 9 ", 9, null],
    ["2023", 2023, null],
  ])("%j → %s %s", (raw, value, unit) => {
    expect(parseSwedishNumber(raw)).toEqual({ value, unit });
  });

  it.each([
    "53 (2010: 62)",
    "(3,2)",
    "Ja",
    "Nej",
    "",
    "   ",
    "–",
    "R12 2023–12",
    "2023–12",
    "4,2 4,4",
    "ca 12",
    "12 71",
  ])("%j is not a plain figure", (raw) => {
    expect(parseSwedishNumber(raw)).toEqual({ value: null, unit: null });
    expect(looksNumeric(raw)).toBe(false);
  });

  it("reads every statistic of the samples' truth", () => {
    const stats = loadTruthFiles().flatMap((t) => t.statistics);
    expect(stats.length).toBeGreaterThan(50);
    for (const s of stats) {
      expect(parseSwedishNumber(s.raw).value, s.raw).toBe(s.value);
      expect(looksNumeric(s.raw)).toBe(s.value !== null);
    }
  });

  it("rejects the non-statistic cells of the samples' NKI and Ja/Nej tables", () => {
    const cells = loadTruthFiles().flatMap((t) => t.tables.flatMap((tb) => tb.cells));
    const nki = cells.filter((c) => /\(2010:/.test(c.text));
    const yesNo = cells.filter((c) => /^(Ja|Nej)$/.test(c.text));
    expect(nki.length).toBeGreaterThan(0);
    expect(yesNo.length).toBeGreaterThan(0);
    for (const c of [...nki, ...yesNo]) expect(looksNumeric(c.text)).toBe(false);
  });
});
