import { describe, expect, it } from "vitest";
import { activityMissingField } from "../../../src/check/rules/activity-missing-field.js";
import { activity, doc, files } from "../builders.js";

const plan = doc({ type: "kommunikationsplan", title: "Kommunikationsplan 2025", year: 2025 });

describe("activity-missing-field", () => {
  it("finds an empty time cell, a time not set, and no one responsible", () => {
    const activities = [
      activity({ id: "a1", activity: "Storytelling", when: "", start: null, end: null }),
      activity({
        id: "a2",
        activity: "Förändringskommunikation",
        when: "Våren 2025 datum ej satt",
      }),
      activity({ id: "a3", activity: "Intranätsnyheter", responsible: null, page: null }),
    ];
    const findings = activityMissingField(files({ document: plan, activities }));
    expect(findings.map((f) => [f.refs[0], f.page, f.message])).toEqual([
      ["a1", 1, 'Aktiviteten "Storytelling": tid saknas (tom tidscell) (s. 1).'],
      [
        "a2",
        1,
        'Aktiviteten "Förändringskommunikation": tid inte satt ("Våren 2025 datum ej satt") (s. 1).',
      ],
      ["a3", null, 'Aktiviteten "Intranätsnyheter": ansvarig saknas.'],
    ]);
  });

  it("reads the same timing cell anew under another plan year", () => {
    // An impossible date is "not set" only where a year makes it a date at all.
    const a = activity({ id: "a1", when: "31 februari" });
    const undated = (year: number | null) =>
      activityMissingField(files({ document: { ...plan, year }, activities: [a] })).length;
    expect([undated(null), undated(2025), undated(null), undated(2025)]).toEqual([0, 1, 0, 1]);
  });

  it("is silent on a running activity (Löpande) with someone responsible", () => {
    const a = activity({ when: "Löpande", responsible: "Stadsledningskontoret, SLK" });
    expect(activityMissingField(files({ document: plan, activities: [a] }))).toEqual([]);
  });
});
