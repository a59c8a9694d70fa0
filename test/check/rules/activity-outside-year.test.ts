import { describe, expect, it } from "vitest";
import { activityOutsideYear } from "../../../src/check/rules/activity-outside-year.js";
import { activity, doc, files } from "../builders.js";

const plan = doc({ type: "kommunikationsplan", title: "Kommunikationsplan 2025", year: 2025 });

describe("activity-outside-year", () => {
  it("finds an activity dated wholly in another year than the plan's", () => {
    const a = activity({
      id: "a1",
      when: "Mars 2024",
      start: "2024-03-01",
      end: "2024-03-31",
      page: 2,
    });
    expect(activityOutsideYear(files({ document: plan, activities: [a] }))).toEqual([
      {
        rule: "activity-outside-year",
        severity: "warning",
        documentId: "doc1",
        page: 2,
        message:
          'Aktiviteten "Nyhetsbrev till medarbetare" är daterad 2024-03-01–2024-03-31, utanför planens period 2025 (s. 2).',
        refs: ["a1"],
      },
    ]);
  });

  it("is silent on an activity that runs into the plan's year, or undated", () => {
    const overlap = activity({ start: "2024-12-01", end: "2025-01-31" });
    const undated = activity({ when: "Ej tidssatt", start: null, end: null });
    expect(activityOutsideYear(files({ document: plan, activities: [overlap, undated] }))).toEqual(
      [],
    );
  });

  it("takes a plan's period from its title (2025–2026)", () => {
    const twoYears = doc({
      type: "kommunikationsplan",
      title: "Kommunikationsplan 2025–2026",
      year: 2025,
    });
    const next = activity({ start: "2026-03-01", end: "2026-03-31" });
    expect(activityOutsideYear(files({ document: twoYears, activities: [next] }))).toEqual([]);
    expect(activityOutsideYear(files({ document: plan, activities: [next] }))).toHaveLength(1);
  });
});
