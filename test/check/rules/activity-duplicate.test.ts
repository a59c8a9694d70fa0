import { describe, expect, it } from "vitest";
import { activityDuplicate } from "../../../src/check/rules/activity-duplicate.js";
import { activity, doc, files } from "../builders.js";

const plan = doc({ type: "kommunikationsplan", title: "Kommunikationsplan 2025", year: 2025 });

describe("activity-duplicate", () => {
  it("finds the same activity, time and responsible listed under two focus areas", () => {
    const first = activity({ id: "a1", section: "Fokusområde 1", page: 1 });
    const copy = activity({
      id: "a2",
      section: "Fokusområde 3",
      page: 3,
      activity: "Nyhetsbrev till  medarbetare.",
    });
    const findings = activityDuplicate(files({ document: plan, activities: [first, copy] }));
    expect(findings).toEqual([
      {
        rule: "activity-duplicate",
        severity: "warning",
        documentId: "doc1",
        page: 3,
        message:
          'Aktiviteten "Nyhetsbrev till medarbetare." står två gånger i samma plan (Fokusområde 1, s. 1 / Fokusområde 3, s. 3).',
        refs: ["a1", "a2"],
      },
    ]);
  });

  it("is silent on the same activity at another time (a planned repeat)", () => {
    const spring = activity({ when: "Våren 2025" });
    const autumn = activity({ when: "Hösten 2025", start: "2025-07-01", end: "2025-12-31" });
    expect(activityDuplicate(files({ document: plan, activities: [spring, autumn] }))).toEqual([]);
  });
});
