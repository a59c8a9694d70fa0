import { describe, expect, it } from "vitest";
import { proseClaims } from "../../../src/check/prose-claims.js";
import { claimTargets, textVsTable } from "../../../src/check/rules/text-vs-table.js";
import { statTables } from "../../../src/check/stat-tables.js";
import { files, paragraph, SICK_LEAVE, SICK_LEAVE_HEADER, table } from "../builders.js";

const TURNOVER = table(
  ["Personalomsättning", "R12 2023–12", "R12 2022–12", "Skillnad"],
  [
    ["Totalt", "12,0 %", "19,5 %", "-7,5"],
    ["Kvinnor", "12,0 %", "21,1 %", "-9,1"],
    ["Män", "11,9 %", "16,7 %", "-4,8"],
    ["Antal avgångar (externa)", "44", "68", "-24"],
  ],
  3,
);
const HOURS = table(
  ["Övertid och mertid", "R12 2023–12", "R12 2022–12", "Skillnad"],
  [
    ["Mertid/fyllnadstid", "184", "213", "-29"],
    ["Övertidstimmar", "205", "629", "-424"],
    ["Summa", "389", "842", "-453"],
  ],
  4,
);
const statistics = [...table(SICK_LEAVE_HEADER, SICK_LEAVE, 3), ...TURNOVER, ...HOURS];
const check = (...texts: string[]) =>
  textVsTable(files({ statistics, prose: texts.map((t) => paragraph(t, 3)) }));

/** The sample report's own prose: every figure agrees with its table. */
const SAMPLE_PROSE = [
  "Den totala sjukfrånvaron för 2023 var 4,2 procent, vilket är en minskning med 0,2 procentenheter jämfört med 2022. Sjukfrånvaron är dock fortfarande högre än både 2021 (3,9 procent) och 2020 (3,4 procent). Förvaltningens sjukfrånvaro var mycket låg under pandemin. Jämfört med kommunen totalt (7,8 procent) har förvaltningen en låg sjukfrånvaro. Förvaltningens totala sjukfrånvaro för kvinnor var 5,8 procent och för män 1,8 procent. Kvinnors sjukfrånvaro är på samma nivå som 2023, medan för männen har den minskat med 0,3 procentenheter. Den korta sjukfrånvaron (0–14 dagar) ökade marginellt (0,1 procentenhet) under 2023 jämfört med 2022. För 2023 är det männens korta sjukfrånvaro som har ökat (0,4 procentenheter). Den längre totala sjukfrånvaron över 15 dagar har minskat marginellt (0,3 procentenheter). Männens längre sjukfrånvaro minskade med 0,7 procentenheter. När det gäller de avslutade rehabiliteringsärendena har 83 procent av medarbetarna återgått till ordinarie arbete och 17 procent har antingen slutat sin anställning i Huddinge kommun eller tagit tjänstledigt.",
  "Personalomsättningen inom förvaltningen har minskat med 7,5 procentenheter. Under pandemiåren var personalomsättningen rekordlåg (9,0 procent) för att efter pandemin öka till 19,5 procent. Nu har läget stabiliserats och är nu inom normalnivå (12 procent).",
  "Totalt sett har mertid/fyllnadstid och övertid minskat inom kommunstyrelsens förvaltning med totalt 453 timmar under 2023.",
];

describe("text-vs-table", () => {
  it("finds a stated level that contradicts the same row and year of the table", () => {
    const findings = check(
      "Den totala sjukfrånvaron för 2023 var 4,6 procent, vilket är en minskning med 0,2 procentenheter jämfört med 2022.",
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: "text-vs-table",
      page: 3,
      refs: ["s-Total sjukfrånvaro-R12 2023–12"],
    });
    expect(findings[0]!.message).toMatch(
      /^Texten anger 4,6 procent men tabellen visar 4,2 \(Sjukfrånvaro, Total sjukfrånvaro, R12 2023–12, s\. 3\); texten står på s\. 3: "Den totala/,
    );
  });

  it("finds a stated change that contradicts the Skillnad column, sign from the wording", () => {
    const [f, ...rest] = check("Männens längre sjukfrånvaro minskade med 0,5 procentenheter.");
    expect(rest).toEqual([]);
    expect(f?.message).toMatch(
      /^Texten anger en minskning med 0,5 procentenheter men tabellen visar −0,7 \(Sjukfrånvaro, Lång sjukfrånvaro \(15-dagar\), Män, Skillnad/,
    );
    // An increase where the table shows a decrease is a contradiction too.
    expect(check("Personalomsättningen har ökat med 7,5 procentenheter.")).toHaveLength(1);
  });

  it("reads rows by their qualifiers: women, men, short and long sick leave", () => {
    expect(check("Kvinnornas korta sjukfrånvaro var 1,9 procent under 2023.")).toHaveLength(1);
    expect(check("Kvinnornas korta sjukfrånvaro var 1,5 procent under 2023.")).toEqual([]);
  });

  it("ties hours to the total row when the text says totalt", () => {
    expect(check("Övertid och mertid minskade med totalt 435 timmar under 2023.")).toHaveLength(1);
    expect(check("Övertiden minskade med 424 timmar.")).toEqual([]);
  });

  it("is silent on the sample's own prose, where every figure agrees or is no table figure", () => {
    expect(check(...SAMPLE_PROSE)).toEqual([]);
  });

  it("is silent on figures about the municipality, other years, or nothing in the table", () => {
    expect(
      check(
        "Jämfört med kommunen totalt (6,1 procent) har förvaltningen en låg sjukfrånvaro.",
        "Sjukfrånvaron var högre 2021 (5,9 procent).",
        "Under pandemiåren var sjukfrånvaron 2,9 procent.",
        "Målet är att sjukfrånvaron ska vara högst 4,0 procent.",
        "Av medarbetarna har 91 procent svarat på enkäten.",
      ),
    ).toEqual([]);
  });

  it("does nothing without prose or without statistics", () => {
    expect(textVsTable(files({ statistics }))).toEqual([]);
    expect(
      textVsTable(files({ prose: [paragraph("Sjukfrånvaron var 9,9 procent 2023.")] })),
    ).toEqual([]);
  });
});

describe("text-vs-table, readings that must not fire", () => {
  it("reads a change in per cent both as points and as a relative change", () => {
    // −0,2 points is −4,5 % of 4,4.
    expect(check("Den totala sjukfrånvaron minskade med 0,2 procent jämfört med 2022.")).toEqual(
      [],
    );
    expect(check("Den totala sjukfrånvaron minskade med 4,5 procent jämfört med 2022.")).toEqual(
      [],
    );
    expect(
      check("Den totala sjukfrånvaron minskade med 1,5 procent jämfört med 2022."),
    ).toHaveLength(1);
  });

  it("reads last year's figure and a direction after the figure", () => {
    expect(check("Förra året var den totala sjukfrånvaron 4,4 procent.")).toEqual([]);
    expect(check("Männens sjukfrånvaro var 0,3 procentenheter lägre än 2022.")).toEqual([]);
  });

  it("is silent on a part of the organisation the table does not show", () => {
    expect(check("Sjukfrånvaron i åldersgruppen 50–59 år var 6,3 procent 2023.")).toEqual([]);
    expect(check("På avdelningen för ekonomi var sjukfrånvaron 2,1 procent 2023.")).toEqual([]);
  });
});

describe("text-vs-table, every tied figure changed", () => {
  it("catches a change to each figure of the sample prose it ties to a cell", () => {
    const tables = statTables(statistics);
    let tied = 0;
    for (const text of SAMPLE_PROSE) {
      for (const claim of proseClaims([paragraph(text, 3)])) {
        const targets = claimTargets(claim, tables);
        if (targets.length !== 1) continue;
        tied++;
        // Not onto another year's figure of the row: a sentence without a year may mean that year.
        const step = claim.decimals > 0 ? 0.5 : 7;
        const changed = (claim.value + step).toFixed(claim.decimals).replace(".", ",");
        const at = text.indexOf(claim.text);
        const mutated =
          text.slice(0, at) +
          claim.text.replace(/^[\d ,]+/, `${changed} `) +
          text.slice(at + claim.text.length);
        expect(
          check(mutated.replace(/\s+/g, " ")),
          mutated.slice(Math.max(0, at - 40), at + 30),
        ).not.toEqual([]);
      }
    }
    expect(tied).toBe(11);
  });
});
