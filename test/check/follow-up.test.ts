import { describe, expect, it } from "vitest";
import { assignOneToOne } from "../../src/check/assignment.js";
import {
  ACTIVITY_THRESHOLD,
  evaluatedItems,
  followUpOf,
  MEASURE_THRESHOLD,
} from "../../src/check/follow-up.js";
import { buildSeries, followUpPairs } from "../../src/check/series.js";
import { followUpSimilarity, similarityParts, tokenWeights } from "../../src/check/similarity.js";
import type { DocumentRecord } from "../../src/model/records.js";
import { activity, doc, files, measure, risk } from "./builders.js";

describe("similarity", () => {
  it("survives rewording: prefixes, extensions, compounds, synonyms, participles", () => {
    const pairs: [string, string][] = [
      [
        "Nyttja våra yrkesambassadörer på ett strategiskt sätt",
        "Fortsatt nyttja våra yrkesambassadörer på ett strategiskt sätt",
      ],
      [
        "Direktörens månadshälsning på Digitala navet",
        "Direktörens månadshälsning på Digitala navet omarbetas till Förvaltningsledningens månadshälsning där direktör och avdelningschefer är avsändare.",
      ],
      ["Klarspråksutbildning för handläggare", "Utbildning i klarspråk för handläggare"],
      [
        "Införande av digitalt ärendehanteringssystem",
        "Implementering av ett digitalt system för ärendehantering",
      ],
      [
        "Revidering och implementering av de gemensamma förhållningssätten i Husboken",
        "Husbokens förhållningssätt har reviderats och implementerats",
      ],
    ];
    for (const [a, b] of pairs)
      expect(followUpSimilarity(a, b), `${a} ~ ${b}`).toBeGreaterThan(0.6);
  });

  it("keeps apart texts that share only their frame", () => {
    const pairs: [string, string][] = [
      ["Ta fram filmer utifrån olika yrkesroller", "Ta fram en on-boarding film om förvaltningen"],
      ["Rekryteringskampanj för sommarjobb", "Rekryteringskampanj för fritidsledare"],
      ["Införande av ny tjänst som kontorsvärd", "Ny tjänst som vaktmästare i receptionen"],
    ];
    for (const [a, b] of pairs)
      expect(followUpSimilarity(a, b), `${a} ~ ${b}`).toBeLessThan(MEASURE_THRESHOLD);
  });

  it("weighs down words most texts of a list share", () => {
    const from = [
      "Utbildning i stresshantering för alla medarbetare",
      "Utbildning i konflikthantering för receptionens medarbetare",
    ];
    const to = [
      "Utbildning i konflikthantering för medarbetare i receptionen",
      "Utbildning i arbetsmiljö för nya chefer",
    ];
    const weighted = similarityParts(from[0]!, to[0]!, tokenWeights(from, to)).score;
    expect(weighted).toBeLessThan(similarityParts(from[0]!, to[0]!).score);
    expect(weighted).toBeLessThan(MEASURE_THRESHOLD);
  });

  it("is 1 for the same text and in 0..1 otherwise", () => {
    expect(followUpSimilarity("Klarspråk", "klarspråk.")).toBe(1);
    expect(followUpSimilarity("", "Klarspråk")).toBeGreaterThanOrEqual(0);
  });
});

describe("one-to-one assignment", () => {
  it("maximises the total score instead of taking the best pair first", () => {
    // Greedy would give to-item 0 to from-item 0 (0.9) and leave from-item 1 unmatched.
    const scores = [
      [0.9, 0.8],
      [0.85, 0.1],
    ];
    expect(assignOneToOne(scores, 0.5)).toEqual([
      { from: 0, to: 1, score: 0.8 },
      { from: 1, to: 0, score: 0.85 },
    ]);
  });

  it("never pairs below the threshold and handles uneven lists", () => {
    expect(assignOneToOne([[0.4], [0.7], [0.2]], 0.5)).toEqual([{ from: 1, to: 0, score: 0.7 }]);
    expect(assignOneToOne([], 0.5)).toEqual([]);
    expect(assignOneToOne([[0.9, 0.6, 0.7]], 0.5)).toEqual([{ from: 0, to: 0, score: 0.9 }]);
  });
});

const report = (over: Partial<DocumentRecord>) =>
  doc({ type: "arbetsmiljorapport", organisation: "Kommunstyrelsens förvaltning", ...over });

describe("series", () => {
  it("groups by organisation and type, orders by year, counts renditions once", () => {
    const docs = [
      report({ id: "b", file: "b-2024.pdf", format: "pdf", year: 2024, renditionOf: "a" }),
      report({ id: "a", file: "a-2024.docx", year: 2024 }),
      report({ id: "c", file: "c-2023.docx", year: 2023 }),
      report({ id: "x", file: "x.docx", year: 2024, organisation: "Annan förvaltning" }),
      report({ id: "y", file: "y.docx", year: 2024, type: "kommunikationsplan" }),
      report({ id: "z", file: "z.docx", year: null }),
    ];
    const series = buildSeries(
      docs.map((d) => files({ document: d })),
      docs,
    );
    const ksf = series.find(
      (s) => s.type === "arbetsmiljorapport" && s.organisation.startsWith("Kommun"),
    );
    expect(ksf?.members.map((m) => m.document.id)).toEqual(["c", "a", "b"]);
    expect(ksf?.documents.map((m) => m.document.id)).toEqual(["c", "a"]);
    expect(series).toHaveLength(3);
  });

  it("pairs each year-N+1 file with the year-N file of the same format", () => {
    const docs = [
      report({ id: "w23", file: "r-2023.docx", year: 2023 }),
      report({ id: "p23", file: "r-2023.pdf", format: "pdf", year: 2023, renditionOf: "w23" }),
      report({ id: "w24", file: "r-2024.docx", year: 2024 }),
      report({ id: "p24", file: "r-2024.pdf", format: "pdf", year: 2024, renditionOf: "w24" }),
      report({
        id: "c24",
        file: "r-2024_chromium.pdf",
        format: "pdf",
        year: 2024,
        renditionOf: "w24",
      }),
      report({ id: "w26", file: "r-2026.docx", year: 2026 }),
    ];
    const [series] = buildSeries(
      docs.map((d) => files({ document: d })),
      docs,
    );
    const pairs = followUpPairs(series!).map((p) => `${p.from.document.id}→${p.to.document.id}`);
    // 2026 has no 2025 report before it: no pair across a gap.
    expect(pairs).toEqual(["w23→w24", "p23→p24", "p23→c24"]);
  });
});

describe("follow-up of a year pair", () => {
  const from = files({
    document: report({ id: "d23", year: 2023 }),
    risks: [
      risk(
        "reported",
        [
          measure({
            id: "m1",
            measure: "Utbildning i konflikthantering för receptionens medarbetare",
          }),
          measure({ id: "m2", measure: "Utbildning i stresshantering för alla medarbetare" }),
        ],
        { risk: "Hot och våld" },
      ),
    ],
    activities: [
      activity({ id: "a1", activity: "Nyttja våra yrkesambassadörer på ett strategiskt sätt" }),
      activity({ id: "a2", activity: "Sommarvikariekampanj i sociala medier" }),
      activity({ id: "a3", activity: "Nyttja våra yrkesambassadörer på ett strategiskt sätt" }),
    ],
  });
  const to = files({
    document: report({ id: "d24", year: 2024 }),
    risks: [
      risk(
        "evaluation",
        [
          measure({
            id: "e1",
            measure: "Utbildning i konflikthantering för medarbetare i receptionen",
            status: "Avslutad",
          }),
          measure({
            id: "e2",
            measure: "Utbildning i arbetsmiljö för nya chefer",
            status: "Avslutad",
          }),
        ],
        { risk: "Hög arbetsbelastning" },
      ),
    ],
    activities: [
      activity({
        id: "b1",
        activity: "Fortsatt nyttja våra yrkesambassadörer på ett strategiskt sätt",
      }),
    ],
  });
  const records = followUpOf({
    from: { records: from, document: from.document },
    to: { records: to, document: to.document },
  });

  it("matches a measure evaluated under another risk and leaves the dropped one missing", () => {
    const measures = records.filter((r) => r.kind === "measure");
    expect(measures.map((r) => [r.fromId, r.toId, r.toStatus, r.outcome])).toEqual([
      ["m1", "e1", "Avslutad", "followed-up"],
      ["m2", null, null, "missing"],
    ]);
    expect(measures.every((r) => r.toDocumentId === "d24" && r.score >= 0 && r.score <= 1)).toBe(
      true,
    );
  });

  it("carries over reworded activities, once per distinct activity", () => {
    const activities = records.filter((r) => r.kind === "activity");
    expect(activities.map((r) => [r.fromId, r.toId, r.outcome])).toEqual([
      ["a1", "b1", "carried-over"],
      ["a2", null, "missing"],
    ]);
    expect(activities[0]!.score).toBeGreaterThanOrEqual(ACTIVITY_THRESHOLD);
  });
});

describe("what year N+1 evaluates", () => {
  it("is its evaluation section, else measures with a status under an unplaced heading", () => {
    const evaluated = risk("evaluation", [measure({ measure: "A", status: "Avslutad" })]);
    const other = risk("other", [
      measure({ measure: "B", status: "Pågående" }),
      measure({ measure: "C", status: null }),
    ]);
    expect(evaluatedItems([evaluated, other]).map((i) => i.text)).toEqual(["A"]);
    expect(evaluatedItems([other]).map((i) => i.text)).toEqual(["B"]);
  });
});
