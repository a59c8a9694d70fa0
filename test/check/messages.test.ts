import { describe, expect, it } from "vitest";
import { checkAll } from "../../src/check/index.js";
import { MESSAGES } from "../../src/check/messages.js";
import { doc, files, SICK_LEAVE_HEADER, table } from "./builders.js";

describe("message table", () => {
  it("has the same messages in Swedish and English", () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.sv).sort());
  });

  it("writes figures the way each language does", () => {
    expect(MESSAGES.sv.number(-0.2, 1)).toBe("−0,2");
    expect(MESSAGES.en.number(-0.2, 1)).toBe("−0.2");
    expect(MESSAGES.sv.number(-0.04, 1)).toBe("0,0");
    expect(MESSAGES.sv.number(1234, 0)).toBe("1234");
  });

  it("gives English findings when asked", () => {
    const stats = table(SICK_LEAVE_HEADER, [["Män", "1,0", "0,3", "0,5"]]);
    const r = files({ document: doc(), statistics: stats });
    const { findings } = checkAll([r], [r.document], { lang: "en" });
    expect(findings.map((f) => f.message)).toEqual([
      "Skillnad is given as 0.5 but 1.0 − 0.3 = 0.7 (Sjukfrånvaro, Män, p. 2).",
    ]);
  });
});
