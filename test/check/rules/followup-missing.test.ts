import { describe, expect, it } from "vitest";
import { followUpOf } from "../../../src/check/follow-up.js";
import { followupMissing } from "../../../src/check/rules/followup-missing.js";
import type { FollowUpPair } from "../../../src/check/series.js";
import type { FileRecords } from "../../../src/model/records.js";
import { doc, files, measure, risk } from "../builders.js";

function pair(from: FileRecords, to: FileRecords): FollowUpPair {
  return {
    from: { records: from, document: from.document },
    to: { records: to, document: to.document },
  };
}

const year2023 = (...texts: string[]) =>
  files({
    document: doc({
      id: "d2023",
      file: "rapport-2023.docx",
      title: "Arbetsmiljörapport 2023",
      year: 2023,
    }),
    risks: [
      risk(
        "reported",
        texts.map((t, i) =>
          measure({ id: `m${i + 1}`, measure: t, endDate: "2023-12-31", page: 4 }),
        ),
        { risk: "Arbetsrelaterad utmattning" },
      ),
    ],
  });
const year2024 = (...texts: string[]) =>
  files({
    document: doc({ id: "d2024", file: "rapport-2024.docx" }),
    risks: texts.length
      ? [
          risk(
            "evaluation",
            texts.map((t) => measure({ measure: t, status: "Avslutad" })),
          ),
        ]
      : [],
  });

function run(p: FollowUpPair) {
  return followupMissing([p], followUpOf(p));
}

describe("followup-missing", () => {
  it("finds a measure reported onwards that the next report does not evaluate", () => {
    const p = pair(
      year2023(
        "Arbete med att sänka personalomsättningen",
        "Utbildning i stresshantering för chefer",
      ),
      year2024("Arbete med att sänka personalomsättningen"),
    );
    expect(run(p)).toEqual([
      {
        rule: "followup-missing",
        severity: "warning",
        documentId: "d2023",
        page: 4,
        message:
          'Åtgärden "Utbildning i stresshantering för chefer" (risk: Arbetsrelaterad utmattning, slutdatum 2023-12-31, s. 4) rapporterades vidare men utvärderas inte i Arbetsmiljörapport 2024 (rapport-2024.docx).',
        refs: ["m2", "d2024"],
      },
    ]);
  });

  it("is silent when the measure is evaluated in other words", () => {
    const p = pair(
      year2023("Införande av digitalt ärendehanteringssystem"),
      year2024("Implementering av ett digitalt system för ärendehantering"),
    );
    expect(run(p)).toEqual([]);
  });

  it("is silent when the next report has no evaluation at all (an unread table, more likely)", () => {
    expect(run(pair(year2023("Larmknappar i samtalsrum"), year2024()))).toEqual([]);
  });

  it("raises one finding when two renditions of the next year both miss the measure", () => {
    const from = year2023("Larmknappar i samtalsrum");
    const toDocx = year2024("Ny lokallösning");
    const toPdf = files({
      ...toDocx,
      document: doc({ id: "d2024pdf", file: "rapport-2024.pdf", format: "pdf" }),
    });
    const pairs = [pair(from, toDocx), pair(from, toPdf)];
    const findings = followupMissing(pairs, pairs.flatMap(followUpOf));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("(rapport-2024.docx, rapport-2024.pdf)");
  });
});
