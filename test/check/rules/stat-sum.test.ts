import { describe, expect, it } from "vitest";
import { statSum } from "../../../src/check/rules/stat-sum.js";
import { files, SICK_LEAVE, SICK_LEAVE_HEADER, table } from "../builders.js";

const HOURS = ["Övertid och mertid", "R12 2023–12", "R12 2022–12", "Skillnad"];

describe("stat-sum", () => {
  it("finds a Summa of hours that is not the sum of its parts", () => {
    const stats = table(HOURS, [
      ["Mertid/fyllnadstid", "184", "213", "-29"],
      ["Övertidstimmar", "205", "629", "-424"],
      ["Summa", "399", "842", "-453"],
    ]);
    const findings = statSum(files({ statistics: stats }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: "stat-sum",
      severity: "error",
      page: 2,
      message:
        "Summa anges till 399 men 184 + 205 = 389 (Övertid och mertid, Summa, R12 2023–12, s. 2).",
      refs: [
        "s-Summa-R12 2023–12",
        "s-Mertid/fyllnadstid-R12 2023–12",
        "s-Övertidstimmar-R12 2023–12",
      ],
    });
  });

  it("is silent when the Summa adds up (the sample's overtime table)", () => {
    const stats = table(HOURS, [
      ["Mertid/fyllnadstid", "184", "213", "-29"],
      ["Övertidstimmar", "205", "629", "-424"],
      ["Summa", "389", "842", "-453"],
    ]);
    expect(statSum(files({ statistics: stats }))).toEqual([]);
  });

  it("never adds up rates: a Totalt sick-leave or turnover figure is not a sum", () => {
    expect(statSum(files({ statistics: table(SICK_LEAVE_HEADER, SICK_LEAVE) }))).toEqual([]);
    const turnover = table(
      ["Personalomsättning", "R12 2023–12", "R12 2022–12"],
      [
        ["Totalt", "12,0 %", "19,5 %"],
        ["Kvinnor", "12,0 %", "21,1 %"],
        ["Män", "11,9 %", "16,7 %"],
      ],
    );
    expect(statSum(files({ statistics: turnover }))).toEqual([]);
  });

  it("adds up a Totalt of whole numbers, first row or last", () => {
    const staff = table(
      ["Antal anställda", "2023", "2022"],
      [
        ["Totalt", "120", "118"],
        ["Kvinnor", "70", "69"],
        ["Män", "45", "49"],
      ],
    );
    expect(statSum(files({ statistics: staff })).map((f) => f.message)).toEqual([
      "Totalt anges till 120 men 70 + 45 = 115 (Antal anställda, Totalt, 2023, s. 2).",
    ]);
  });

  it("leaves out sub-items (varav) from the parts", () => {
    const rows = (total: string) => [
      ["Kvinnor", "70"],
      ["Män", "50"],
      ["varav chefer", "12"],
      ["Totalt", total],
    ];
    const header = ["Antal anställda", "2023"];
    expect(statSum(files({ statistics: table(header, rows("120")) }))).toEqual([]);
    expect(
      statSum(files({ statistics: table(header, rows("125")) })).map((f) => f.message),
    ).toEqual(["Totalt anges till 125 men 70 + 50 = 120 (Antal anställda, Totalt, 2023, s. 2)."]);
  });

  it("accepts a total that covers only the rows right next to it", () => {
    const stats = table(
      ["Antal anställda", "2023"],
      [
        ["Nyanställda", "14"],
        ["Kvinnor", "70"],
        ["Män", "50"],
        ["Totalt", "120"],
      ],
    );
    expect(statSum(files({ statistics: stats }))).toEqual([]);
  });

  it("checks a total column (Kvinnor | Män | Totalt)", () => {
    const stats = table(
      ["Arbetsskador", "Kvinnor", "Män", "Totalt"],
      [
        ["Arbetsskador", "4", "5", "9"],
        ["Tillbud", "6", "2", "9"],
      ],
    );
    expect(statSum(files({ statistics: stats })).map((f) => f.message)).toEqual([
      "Totalt anges till 9 men 6 + 2 = 8 (Arbetsskador, Totalt, Tillbud, s. 2).",
    ]);
  });
});

describe("stat-sum, a total of some of the rows", () => {
  it("accepts a total of two counts beside a third that is no part", () => {
    const stats = table(
      ["Arbetsskador och tillbud", "2023"],
      [
        ["Antal rapporterade arbetsskador", "9"],
        ["Antal rapporterade tillbud", "9"],
        ["Antal klarmarkerade händelser", "2"],
        ["Totalt", "18"],
      ],
    );
    expect(statSum(files({ statistics: stats }))).toEqual([]);
  });
});
