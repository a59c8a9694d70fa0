import { describe, expect, it } from "vitest";
import { statDifference } from "../../../src/check/rules/stat-difference.js";
import { files, SICK_LEAVE, SICK_LEAVE_HEADER, table } from "../builders.js";

describe("stat-difference", () => {
  it("finds a Skillnad that is not current minus previous, with the figures in the message", () => {
    const rows = SICK_LEAVE.map((r) =>
      r[0] === "Lång sjukfrånvaro (15-dagar) / Män" ? [r[0], "1,0", "0,3", "0,5"] : r,
    );
    const findings = statDifference(files({ statistics: table(SICK_LEAVE_HEADER, rows) }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: "stat-difference",
      severity: "error",
      documentId: "doc1",
      page: 2,
      message:
        "Skillnad anges till 0,5 men 1,0 − 0,3 = 0,7 (Sjukfrånvaro, Lång sjukfrånvaro (15-dagar), Män, s. 2).",
    });
    expect(findings[0]!.refs).toEqual([
      "s-Lång sjukfrånvaro (15-dagar) / Män-Skillnad",
      "s-Lång sjukfrånvaro (15-dagar) / Män-R12 2023–12",
      "s-Lång sjukfrånvaro (15-dagar) / Män-R12 2022–12",
    ]);
  });

  it("is silent on a consistent table, zero written as 0,0 included", () => {
    expect(statDifference(files({ statistics: table(SICK_LEAVE_HEADER, SICK_LEAVE) }))).toEqual([]);
  });

  it("is silent on a difference off by less than the table's precision", () => {
    // 12,0 % − 19,5 % = −7,5 exactly; "−7,50" written with one more decimal still agrees.
    const stats = table(
      ["Personalomsättning", "R12 2023–12", "R12 2022–12", "Skillnad"],
      [["Totalt", "12,0 %", "19,5 %", "-7,50"]],
    );
    expect(statDifference(files({ statistics: stats }))).toEqual([]);
  });

  it("warns (not errs) when the difference is one unit of the last decimal off", () => {
    const stats = table(SICK_LEAVE_HEADER, [["Total sjukfrånvaro", "4,2", "4,4", "-0,1"]]);
    const [f] = statDifference(files({ statistics: stats }));
    expect(f?.severity).toBe("warning");
  });

  it("reads years in either column order and a previous-year column without a year", () => {
    const reversed = table(
      ["Övertid", "2022", "2023", "Förändring"],
      [["Övertidstimmar", "629", "205", "-424"]],
    );
    expect(statDifference(files({ statistics: reversed }))).toEqual([]);
    const relative = table(
      ["Tillbud", "Innevarande år", "Föregående år", "Skillnad"],
      [["Antal tillbud", "9", "7", "3"]],
    );
    expect(statDifference(files({ statistics: relative }))).toHaveLength(1);
  });

  it("accepts a percentage change in a column headed %", () => {
    const stats = table(
      ["Övertid", "2023", "2022", "Förändring %"],
      [["Övertidstimmar", "205", "629", "-67,4"]],
    );
    expect(statDifference(files({ statistics: stats }))).toEqual([]);
  });

  it("checks a Skillnad row under year rows too", () => {
    const stats = table(
      ["Övertid", "Mertid", "Övertid"],
      [
        ["2023", "184", "205"],
        ["2022", "213", "629"],
        ["Skillnad", "-29", "-414"],
      ],
    );
    const findings = statDifference(files({ statistics: stats }));
    expect(findings.map((f) => f.message)).toEqual([
      "Skillnad anges till −414 men 205 − 629 = −424 (Övertid, Övertid, s. 2).",
    ]);
  });

  it("leaves a difference made wrong by a wrong Summa to stat-sum", () => {
    const stats = table(
      ["Arbetstid (timmar)", "R12 2023–12", "R12 2022–12", "Skillnad"],
      [
        ["Mertid/fyllnadstid", "184", "213", "-29"],
        ["Övertidstimmar", "205", "629", "-424"],
        ["Summa", "399", "842", "-453"],
      ],
    );
    expect(statDifference(files({ statistics: stats }))).toEqual([]);
  });
});

describe("stat-difference, relative changes", () => {
  it("reads a Skillnad in % beside plain figures as a change in per cent", () => {
    const stats = table(
      ["Övertid", "2023", "2022", "Skillnad"],
      [["Övertidstimmar", "205", "629", "-67,4 %"]],
    );
    expect(statDifference(files({ statistics: stats }))).toEqual([]);
  });
});
