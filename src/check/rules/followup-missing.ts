import type { FollowUpRecord } from "../../model/records.js";
import { evaluatedItems } from "../follow-up.js";
import { type CheckOptions, type DraftFinding, messagesFor } from "../rule.js";
import type { FollowUpPair } from "../series.js";
import { shorten } from "../text.js";

/**
 * A measure that year N reported onwards and year N+1 does not evaluate. Raised once per
 * measure on the year-N document, also when several renditions of year N+1 follow it, and only
 * when every one of them misses it. A year-N+1 report with no evaluation section at all raises
 * nothing: that is more likely a table that could not be read than a report that evaluates
 * nothing.
 */
export function followupMissing(
  pairs: readonly FollowUpPair[],
  followUp: readonly FollowUpRecord[],
  options?: CheckOptions,
): DraftFinding[] {
  const msg = messagesFor(options);
  const findings: DraftFinding[] = [];
  const byFrom = new Map<string, FollowUpPair[]>();
  for (const pair of pairs) {
    const evaluates = evaluatedItems(pair.to.records.risks).length > 0;
    if (!evaluates) continue;
    const list = byFrom.get(pair.from.document.id) ?? [];
    list.push(pair);
    byFrom.set(pair.from.document.id, list);
  }
  for (const [fromId, list] of byFrom) {
    const from = list[0]!.from;
    const toIds = new Set(list.map((p) => p.to.document.id));
    for (const risk of from.records.risks.filter((r) => r.section === "reported")) {
      for (const m of risk.measures) {
        const records = followUp.filter(
          (f) =>
            f.kind === "measure" &&
            f.fromDocumentId === fromId &&
            f.fromId === m.id &&
            f.toDocumentId !== null &&
            toIds.has(f.toDocumentId),
        );
        if (records.length === 0 || records.some((f) => f.outcome !== "missing")) continue;
        const to = list[0]!.to.document;
        findings.push({
          rule: "followup-missing",
          severity: "warning",
          documentId: from.document.id,
          page: m.page ?? risk.page,
          message: msg.followupMissing({
            measure: shorten(m.measure, 80),
            risk: shorten(risk.risk, 60),
            endDate: m.endDate,
            fromPage: m.page ?? risk.page,
            toFiles: list.map((p) => p.to.document.file),
            toTitle: to.title ?? to.file,
          }),
          refs: [m.id, ...records.map((f) => f.toDocumentId!)],
        });
      }
    }
  }
  return findings;
}
