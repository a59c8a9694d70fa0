import { describe, expect, it } from "vitest";
import { measureStatusDate, statusKind } from "../../../src/check/rules/measure-status-date.js";
import { doc, files, measure, risk } from "../builders.js";

const withMeasures = (document = doc(), ...ms: ReturnType<typeof measure>[]) =>
  measureStatusDate(files({ document, risks: [risk("evaluation", ms)] }));

describe("measure-status-date", () => {
  it("finds a measure marked Avslutad that ends after the report's date", () => {
    const m = measure({
      id: "m1",
      measure: "Digital inspektionsapp",
      status: "Avslutad",
      endDate: "2024-06-30",
    });
    const [f, ...rest] = withMeasures(doc({ reportDate: "2024-03-15" }), m);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: "measure-status-date", page: 1, refs: ["m1"] });
    expect(f?.message).toBe(
      'Åtgärden "Digital inspektionsapp" har status Avslutad men slutdatum 2024-06-30, efter rapportens datum 2024-03-15 (s. 1).',
    );
  });

  it("without a stated date, uses the end of the report's year for Avslutad", () => {
    const m = measure({ status: "Avslutad", endDate: "2025-01-31" });
    expect(withMeasures(doc(), m)).toHaveLength(1);
    // The sample: Avslutad 2024-03-31 in the 2024 report is consistent.
    expect(withMeasures(doc(), measure({ status: "Avslutad", endDate: "2024-03-31" }))).toEqual([]);
  });

  it("finds an ongoing or not started measure long past its end date", () => {
    const ongoing = measure({ status: "Pågående", endDate: "2023-09-30" });
    const notStarted = measure({ status: "Ej påbörjad", endDate: "2022-12-31" });
    const findings = withMeasures(doc(), ongoing, notStarted);
    expect(findings).toHaveLength(2);
    expect(findings[0]?.message).toContain(
      "passerades 93 dagar före rapportens tidigast möjliga datum 2024-01-01",
    );
  });

  it("is silent on Försenad past its end, on a measure just past its end, and on no year", () => {
    const delayed = measure({ status: "Försenad", endDate: "2023-03-31" });
    const justPast = measure({ status: "Pågående", endDate: "2024-01-31" });
    expect(withMeasures(doc({ reportDate: "2024-03-15" }), delayed, justPast)).toEqual([]);
    const done = measure({ status: "Avslutad", endDate: "2030-01-01" });
    expect(withMeasures(doc({ year: null }), done)).toEqual([]);
  });

  it("reads Swedish status words: done, open, or neither", () => {
    expect(["Avslutad", "Klar", "Genomförd"].map(statusKind)).toEqual(["done", "done", "done"]);
    expect(["Pågående", "Ej påbörjad", "Delvis genomförd"].map(statusKind)).toEqual([
      "open",
      "open",
      "open",
    ]);
    expect(["Försenad", "Stryks", "Se kommentar"].map(statusKind)).toEqual([null, null, null]);
    expect(statusKind(null)).toBeNull();
  });
});
