// Year-over-year follow-up: what year N promised against what year N+1 says.
//   measures:   the measures year N reports onwards (section "reported") against the measures
//               year N+1 evaluates (section "evaluation") → followed-up (with the later status)
//               or missing;
//   activities: plan N against plan N+1 → carried-over or missing (plans may drop activities).
// Matching is one to one by text similarity (see similarity.ts), thresholds in docs/checks.md.
import type { FollowUpRecord, MeasureRecord, RiskRecord } from "../model/records.js";
import { assignOneToOne } from "./assignment.js";
import type { FollowUpPair } from "./series.js";
import { preparedSimilarityParts, preparedTokenWeights, prepareText } from "./similarity.js";
import { normaliseForCompare } from "./text.js";

/**
 * Lowest score at which a measure of year N counts as evaluated in year N+1. Measured on the
 * fixtures (docs/checks.md): the 17 true pairs score 0.542–1, the 110 wrong ones at most 0.496.
 */
export const MEASURE_THRESHOLD = 0.5;
/**
 * Same for activities: true pairs 0.765–1, wrong ones at most 0.486. Higher than for measures:
 * a new plan brings many new activities that share words with dropped ones.
 */
export const ACTIVITY_THRESHOLD = 0.6;
/**
 * Tie-break for measures: the same risk adds this much when assigning, so that of two equally
 * worded measures the one under the same risk wins; it never lifts a pair over the threshold.
 */
const SAME_RISK_BONUS = 0.02;

export interface Item {
  id: string;
  text: string;
  status: string | null;
  context: string;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** The first of each distinct text: a plan that lists an activity twice promised it once. */
function distinct<T extends Item>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    const k = normaliseForCompare(i.text);
    if (k === "" || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function measureItems(risks: readonly RiskRecord[], section: RiskRecord["section"]): Item[] {
  return risks
    .filter((r) => r.section === section)
    .flatMap((r) =>
      r.measures.map((m: MeasureRecord) => ({
        id: m.id,
        text: m.measure,
        status: m.status,
        context: r.risk,
      })),
    );
}

/**
 * The measures year N+1 evaluates: its evaluation section, else measures with a status under a
 * heading the parser could not place (a status is what an evaluation adds).
 */
export function evaluatedItems(risks: readonly RiskRecord[]): Item[] {
  const evaluation = measureItems(risks, "evaluation");
  if (evaluation.length > 0) return evaluation;
  return measureItems(risks, "other").filter((m) => m.status !== null && m.status.trim() !== "");
}

function match(
  pair: FollowUpPair,
  kind: FollowUpRecord["kind"],
  from: Item[],
  to: Item[],
  threshold: number,
): FollowUpRecord[] {
  const fromTexts = from.map((f) => prepareText(f.text));
  const toTexts = to.map((t) => prepareText(t.text));
  const weight = preparedTokenWeights(fromTexts, toTexts);
  const scores = fromTexts.map((f) =>
    toTexts.map((t) => preparedSimilarityParts(f, t, weight).score),
  );
  // Assignment weights: the score, a hair more under the same risk.
  const weights = from.map((f, i) =>
    to.map((t, j) => {
      const s = scores[i]![j]!;
      const bonus = kind === "measure" && s >= threshold && sameContext(f, t) ? SAME_RISK_BONUS : 0;
      return Math.min(1, s + bonus);
    }),
  );
  const assigned = new Map(assignOneToOne(weights, threshold).map((a) => [a.from, a.to]));
  return from.map((f, i) => {
    const j = assigned.get(i);
    const t = j === undefined ? undefined : to[j];
    const best = Math.max(0, ...(scores[i] ?? []));
    return {
      kind,
      fromDocumentId: pair.from.document.id,
      fromId: f.id,
      fromText: f.text,
      toDocumentId: pair.to.document.id,
      toId: t?.id ?? null,
      toText: t?.text ?? null,
      toStatus: t && kind === "measure" ? t.status : null,
      outcome: t ? (kind === "measure" ? "followed-up" : "carried-over") : "missing",
      // Matched: the pair's similarity. Missing: the nearest candidate's, so that a near miss
      // can be checked by hand.
      score: round(t ? scores[i]![j!]! : best),
    };
  });
}

function sameContext(a: Item, b: Item): boolean {
  return normaliseForCompare(a.context) === normaliseForCompare(b.context);
}

/** Follow-up of one year pair: measures, then activities. */
export function followUpOf(pair: FollowUpPair): FollowUpRecord[] {
  const out: FollowUpRecord[] = [];
  const reported = distinct(measureItems(pair.from.records.risks, "reported"));
  if (reported.length > 0) {
    const evaluated = evaluatedItems(pair.to.records.risks);
    out.push(...match(pair, "measure", reported, evaluated, MEASURE_THRESHOLD));
  }
  const planned = distinct(
    pair.from.records.activities.map((a) => ({
      id: a.id,
      text: a.activity,
      status: null,
      context: a.section ?? "",
    })),
  );
  if (planned.length > 0 && pair.to.document.type === pair.from.document.type) {
    const next = pair.to.records.activities.map((a) => ({
      id: a.id,
      text: a.activity,
      status: null,
      context: a.section ?? "",
    }));
    out.push(...match(pair, "activity", planned, next, ACTIVITY_THRESHOLD));
  }
  return out;
}
