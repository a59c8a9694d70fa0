import type { DocumentRecord } from "../../model/records.js";
import { statusState } from "../../parse/swedish/statuses.js";
import { type DocumentRule, type DraftFinding, messagesFor } from "../rule.js";
import { shorten } from "../text.js";

/**
 * What the check makes of a status: done (its end date must not be after the report), open
 * (not started, ongoing, partly done: its end date must not be long past), or neither —
 * "Försenad" past its end date says exactly that, and a cancelled measure has no end to keep.
 */
export function statusKind(status: string | null): "done" | "open" | null {
  const state = statusState(status);
  if (state === "done") return "done";
  if (state === "ongoing" || state === "not-started" || state === "partly-done") return "open";
  return null;
}

/**
 * An open measure is "long past" its end date when it ended at least this many days before the
 * report. A quarter: a measure ending in the autumn and still "Pågående" in the next year's
 * report is overdue, one that ended in December may simply be reported a few weeks late.
 */
export const OPEN_GRACE_DAYS = 90;

export interface ReportDates {
  /** Latest date the report can have been written: the stated date, else the end of its year. */
  latest: string;
  /** Earliest date: the stated date, else the start of its year. */
  earliest: string;
  estimated: boolean;
}

/**
 * The report's date. Without a stated date only the year is known: a report titled 2024 is
 * written during 2024 (it evaluates 2023), so each check uses the bound that favours the
 * document — no finding rests on a guessed date.
 */
export function reportDates(document: DocumentRecord): ReportDates | null {
  if (document.reportDate) {
    return { latest: document.reportDate, earliest: document.reportDate, estimated: false };
  }
  if (document.year === null) return null;
  return { latest: `${document.year}-12-31`, earliest: `${document.year}-01-01`, estimated: true };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/**
 * Status and end date disagree: "Avslutad" with an end date after the report, or not started /
 * ongoing long after its end date. "Försenad" past its end date says exactly that: consistent.
 */
export const measureStatusDate: DocumentRule = ({ document, risks }, options) => {
  const dates = reportDates(document);
  if (dates === null) return [];
  const msg = messagesFor(options);
  const findings: DraftFinding[] = [];
  for (const risk of risks) {
    for (const m of risk.measures) {
      if (!m.endDate || !m.status) continue;
      const kind = statusKind(m.status);
      const page = m.page ?? risk.page;
      if (kind === "done" && m.endDate > dates.latest) {
        findings.push({
          rule: "measure-status-date",
          severity: "warning",
          documentId: document.id,
          page,
          message: msg.measureDoneAfterReport({
            measure: shorten(m.measure),
            status: m.status,
            endDate: m.endDate,
            reportDate: dates.latest,
            estimated: dates.estimated,
            page,
          }),
          refs: [m.id],
        });
      }
      if (kind === "open") {
        const days = daysBetween(m.endDate, dates.earliest);
        if (days < OPEN_GRACE_DAYS) continue;
        findings.push({
          rule: "measure-status-date",
          severity: "warning",
          documentId: document.id,
          page,
          message: msg.measureOpenPastEnd({
            measure: shorten(m.measure),
            status: m.status,
            endDate: m.endDate,
            reportDate: dates.earliest,
            estimated: dates.estimated,
            days,
            page,
          }),
          refs: [m.id],
        });
      }
    }
  }
  return findings;
};
