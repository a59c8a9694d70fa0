// Every user-facing word of the report layer (sheet names, headers, status words), in one place
// so that a translation is one more table of the same shape.
import type {
  DocumentRecord,
  DocumentType,
  FindingRecord,
  FollowUpRecord,
  RiskRecord,
} from "../model/records.js";

export interface Labels {
  sheets: {
    documents: string;
    activities: string;
    risks: string;
    statistics: string;
    findings: string;
    followUp: string;
    runLog: string;
  };
  columns: {
    documents: {
      file: string;
      format: string;
      type: string;
      title: string;
      organisation: string;
      year: string;
      status: string;
      pages: string;
      activities: string;
      risks: string;
      measures: string;
      statistics: string;
      findings: string;
      problems: string;
      renditionOf: string;
    };
    activities: {
      file: string;
      page: string;
      section: string;
      when: string;
      start: string;
      end: string;
      activity: string;
      purpose: string;
      targetGroups: string;
      responsible: string;
      initials: string;
      channel: string;
    };
    risks: {
      file: string;
      page: string;
      section: string;
      risk: string;
      level: string;
      measure: string;
      status: string;
      endDate: string;
      owner: string;
      desiredEffect: string;
    };
    statistics: {
      file: string;
      page: string;
      table: string;
      row: string;
      column: string;
      value: string;
      unit: string;
      raw: string;
    };
    findings: {
      rule: string;
      severity: string;
      file: string;
      page: string;
      message: string;
      refs: string;
    };
    followUp: {
      kind: string;
      fromFile: string;
      fromPage: string;
      fromText: string;
      toFile: string;
      toPage: string;
      toText: string;
      status: string;
      outcome: string;
      score: string;
    };
    runLog: {
      file: string;
      status: string;
      durationMs: string;
      pages: string;
      problems: string;
    };
  };
  documentFormat: Record<DocumentRecord["format"], string>;
  documentType: Record<DocumentType, string>;
  /** Used for documents and for run-log entries, which share the three states. */
  status: Record<DocumentRecord["status"], string>;
  riskSection: Record<RiskRecord["section"], string>;
  severity: Record<FindingRecord["severity"], string>;
  followUpKind: Record<FollowUpRecord["kind"], string>;
  followUpOutcome: Record<FollowUpRecord["outcome"], string>;
}

const sv: Labels = {
  sheets: {
    documents: "Dokument",
    activities: "Aktiviteter",
    risks: "Risker och åtgärder",
    statistics: "Nyckeltal",
    findings: "Kontroller",
    followUp: "Uppföljning",
    runLog: "Körlogg",
  },
  columns: {
    documents: {
      file: "Fil",
      format: "Format",
      type: "Typ",
      title: "Titel",
      organisation: "Organisation",
      year: "År",
      status: "Status",
      pages: "Sidor",
      activities: "Antal aktiviteter",
      risks: "Antal risker",
      measures: "Antal åtgärder",
      statistics: "Antal nyckeltal",
      findings: "Antal kontroller",
      problems: "Problem",
      renditionOf: "Samma dokument som",
    },
    activities: {
      file: "Fil",
      page: "Sida",
      section: "Avsnitt",
      when: "När",
      start: "Start",
      end: "Slut",
      activity: "Aktivitet",
      purpose: "Syfte/mål",
      targetGroups: "Målgrupper",
      responsible: "Ansvarig",
      initials: "Initialer",
      channel: "Kanal",
    },
    risks: {
      file: "Fil",
      page: "Sida",
      section: "Avsnitt",
      risk: "Risk",
      level: "Risknivå",
      measure: "Åtgärd",
      status: "Status",
      endDate: "Slutdatum",
      owner: "Ansvarig",
      desiredEffect: "Önskad effekt",
    },
    statistics: {
      file: "Fil",
      page: "Sida",
      table: "Tabell",
      row: "Rad",
      column: "Kolumn",
      value: "Värde",
      unit: "Enhet",
      raw: "Rått värde",
    },
    findings: {
      rule: "Regel",
      severity: "Allvarlighet",
      file: "Fil",
      page: "Sida",
      message: "Meddelande",
      refs: "Berörda poster",
    },
    followUp: {
      kind: "Typ",
      fromFile: "Från fil",
      fromPage: "Från sida",
      fromText: "Från text",
      toFile: "Till fil",
      toPage: "Till sida",
      toText: "Till text",
      status: "Status",
      outcome: "Utfall",
      score: "Poäng",
    },
    runLog: {
      file: "Fil",
      status: "Status",
      durationMs: "Tid (ms)",
      pages: "Sidor",
      problems: "Problem",
    },
  },
  documentFormat: { pdf: "PDF", docx: "Word (docx)" },
  documentType: {
    kommunikationsplan: "Kommunikationsplan",
    arbetsmiljorapport: "Arbetsmiljörapport",
    policy: "Policy",
    program: "Program",
    annat: "Annat",
  },
  status: { ok: "OK", warning: "Varning", failed: "Misslyckad" },
  riskSection: { evaluation: "Utvärdering", reported: "Rapporteras vidare", other: "Övrigt" },
  severity: { error: "Fel", warning: "Varning", info: "Info" },
  followUpKind: { measure: "Åtgärd", activity: "Aktivitet" },
  followUpOutcome: { "followed-up": "Följd upp", "carried-over": "Överförd", missing: "Saknas" },
};

export const labels = { sv } satisfies Record<string, Labels>;

export type Locale = keyof typeof labels;
