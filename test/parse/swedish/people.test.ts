import { describe, expect, it } from "vitest";
import { responsibleInitials, splitTargetGroups } from "../../../src/parse/swedish/people.js";
import { loadTruthFiles } from "./truth.js";

describe("responsibleInitials", () => {
  it.each([
    ["Kommunikatörer (CW, MW)", ["CW", "MW"]],
    ["Kommunikatör/HR (CW, SS)", ["CW", "SS"]],
    ["Kommunikationschef, kommunikatör (MB, MW)", ["MB", "MW"]],
    ["Kommunikatör (HM)", ["HM"]],
    ["HR (SS)", ["SS"]],
    ["Stadsledningskontoret, SLK", []],
    ["Anna Tengelin Skoog", []],
    ["Verksamhetschefer", []],
    ["", []],
    ["Kommunikatörer (CW,\nMW)", ["CW", "MW"]],
    ["Kommunikatör (ÅÖ och LP)", ["ÅÖ", "LP"]],
    ["Kommunikatör (CW/MW; ABCD)", ["CW", "MW", "ABCD"]],
    ["Kommunikatör (C.W.)", ["CW"]],
    ["Kommunikatör (CW) och HR (SS, CW)", ["CW", "SS"]],
    ["Kommunikatör (ABCDE, C, Cw)", []],
    ["Chefer (se bilaga)", []],
  ])("%j → %j", (text, expected) => {
    expect(responsibleInitials(text)).toEqual(expected);
  });

  it("matches every activity of the samples' truth", () => {
    const activities = loadTruthFiles().flatMap((t) => t.activities);
    expect(activities.length).toBeGreaterThan(50);
    for (const a of activities) {
      expect(responsibleInitials(a.responsible ?? ""), a.responsible ?? "").toEqual(
        a.responsibleInitials,
      );
    }
  });
});

describe("splitTargetGroups", () => {
  // Paragraph arrays as the Målgrupp cells of the samples hold them.
  it.each([
    [["Alla medarbetare"], ["Alla medarbetare"]],
    [["Chefer och medarbetare"], ["Chefer och medarbetare"]],
    [
      ["Nya chefer och chefer som vill ha en uppfräschning i området kommunikation."],
      ["Nya chefer och chefer som vill ha en uppfräschning i området kommunikation."],
    ],
    [
      ["Nyanställa medarbetare", "Blivande medarbetare"],
      ["Nyanställa medarbetare", "Blivande medarbetare"],
    ],
    [
      ["Blivande medarbetare", "Alla medarbetare"],
      ["Blivande medarbetare", "Alla medarbetare"],
    ],
    [["Chefer, HR"], ["Chefer", "HR"]],
    [
      ["Chefer", "HR"],
      ["Chefer", "HR"],
    ],
  ])("%j → %j", (paragraphs, expected) => {
    expect(splitTargetGroups(paragraphs)).toEqual(expected);
  });

  it("splits at commas and semicolons, never at 'och'", () => {
    expect(splitTargetGroups(["Chefer; medarbetare, HR och fack"])).toEqual([
      "Chefer",
      "medarbetare",
      "HR och fack",
    ]);
  });

  it("drops empty paragraphs and parts, collapses whitespace, removes soft hyphens", () => {
    expect(
      splitTargetGroups(["", "  Led\u00adnings\u00adgrupper\u00a0 ,", " ; ", "Chefer\n"]),
    ).toEqual(["Ledningsgrupper", "Chefer"]);
  });

  it("keeps commas inside parentheses and drops list bullets", () => {
    expect(splitTargetGroups(["• Chefer (enhets-, avdelnings-)", "- Medarbetare"])).toEqual([
      "Chefer (enhets-, avdelnings-)",
      "Medarbetare",
    ]);
  });

  it("gives the truth's groups when each group of the truth is one paragraph", () => {
    for (const a of loadTruthFiles().flatMap((t) => t.activities)) {
      expect(splitTargetGroups(a.targetGroups)).toEqual(a.targetGroups);
    }
  });
});
