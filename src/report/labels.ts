// Every user-facing word of the report layer (sheet names, headers, status words, dashboard
// text), in one place, so that a translation is one more table of the same shape.
import type {
  DocumentRecord,
  DocumentType,
  FindingRecord,
  FollowUpRecord,
  RiskRecord,
} from "../model/records.js";
import type { RiskBand } from "./tones.js";

export interface Labels {
  /** BCP 47 tag for number and date formatting in text (the dashboard, conflict notes). */
  languageTag: string;
  sheets: {
    overview: string;
    activities: string;
    risks: string;
    keyFigures: string;
    keyFigureList: string;
    findings: string;
    followUp: string;
    runLog: string;
  };
  overview: {
    title: string;
    /** "Skapad {date} av planpipe {version}: {files} filer, {documents} dokument". */
    generated: (date: string, version: string, files: number, documents: number) => string;
    seriesTitle: string;
    /** Link text to a sheet with its row count. */
    goTo: (sheet: string, rows: number) => string;
    goToSeries: string;
  };
  columns: {
    documents: {
      file: string;
      type: string;
      title: string;
      organisation: string;
      year: string;
      format: string;
      status: string;
      pages: string;
      activities: string;
      risks: string;
      measures: string;
      statistics: string;
      errors: string;
      warnings: string;
      infos: string;
      renditionOf: string;
      problems: string;
    };
    series: {
      organisation: string;
      type: string;
      years: string;
      firstYear: string;
      lastYear: string;
      missingYears: string;
      documents: string;
      renditions: string;
      activities: string;
      risks: string;
      measures: string;
      statistics: string;
      errors: string;
      warnings: string;
      infos: string;
    };
    activities: {
      file: string;
      organisation: string;
      year: string;
      page: string;
      section: string;
      when: string;
      start: string;
      end: string;
      quarter: string;
      activity: string;
      purpose: string;
      targetGroups: string;
      responsible: string;
      initials: string;
      channel: string;
      findings: string;
      rendition: string;
    };
    risks: {
      file: string;
      organisation: string;
      year: string;
      page: string;
      section: string;
      risk: string;
      level: string;
      band: string;
      measure: string;
      status: string;
      endDate: string;
      owner: string;
      desiredEffect: string;
      findings: string;
      rendition: string;
    };
    keyFigures: {
      organisation: string;
      type: string;
      table: string;
      row: string;
      unit: string;
      conflicts: string;
      source: string;
    };
    keyFigureList: {
      file: string;
      organisation: string;
      year: string;
      page: string;
      table: string;
      row: string;
      column: string;
      period: string;
      value: string;
      unit: string;
      raw: string;
      findings: string;
      rendition: string;
    };
    findings: {
      rule: string;
      description: string;
      severity: string;
      file: string;
      organisation: string;
      year: string;
      page: string;
      message: string;
      refs: string;
      /** Header of the n-th (1-based) link column to a referenced row. */
      refLink: (n: number) => string;
      rendition: string;
    };
    followUp: {
      kind: string;
      organisation: string;
      fromYear: string;
      fromFile: string;
      fromText: string;
      toYear: string;
      toFile: string;
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
      problemCodes: string;
      problems: string;
    };
    runSummary: {
      item: string;
      value: string;
    };
  };
  runSummary: {
    title: string;
    startedAt: string;
    finishedAt: string;
    durationS: string;
    files: string;
    ok: string;
    warning: string;
    failed: string;
    activities: string;
    risks: string;
    measures: string;
    statistics: string;
    findings: string;
    version: string;
    inputFolder: string;
  };
  /** Link text to a row on another sheet: "Aktiviteter, rad 12". */
  rowLink: (sheet: string, row: number) => string;
  /** A finding summary in a record row: "Varning: activity-duplicate". */
  findingSummary: (severity: string, rules: string[], more: number) => string;
  /** "R12 2022–12: 4,4 (2023), 4,5 (2024)" */
  conflict: (period: string, values: string[]) => string;
  unknownOrganisation: string;
  yes: string;
  quarter: (year: number, quarter: number) => string;
  documentFormat: Record<DocumentRecord["format"], string>;
  documentType: Record<DocumentType, string>;
  /** Used for documents and for run-log entries, which share the three states. */
  status: Record<DocumentRecord["status"], string>;
  riskSection: Record<RiskRecord["section"], string>;
  riskBand: Record<RiskBand, string>;
  severity: Record<FindingRecord["severity"], string>;
  followUpKind: Record<FollowUpRecord["kind"], string>;
  followUpOutcome: Record<FollowUpRecord["outcome"], string>;
  /** What each rule catches, shown beside the rule id; rules not listed show none. */
  rules: Record<string, string>;
  dashboard: {
    title: string;
    generated: (date: string, version: string) => string;
    cards: {
      documents: string;
      documentsNote: (files: number) => string;
      activities: string;
      risks: string;
      measures: string;
      findings: string;
      followUp: string;
    };
    findingsTitle: string;
    findingsIntro: string;
    findingsNone: string;
    activitiesTitle: string;
    activitiesIntro: string;
    activitiesNone: string;
    activitiesUndated: (n: number) => string;
    noTargetGroup: string;
    otherTargetGroups: string;
    risksTitle: string;
    risksIntro: string;
    risksNone: string;
    matrixTitle: string;
    probability: string;
    consequence: string;
    followUpTitle: string;
    followUpIntro: string;
    followUpNone: string;
    columns: {
      document: string;
      total: string;
      quarter: string;
      activities: string;
      series: string;
      year: string;
      risks: string;
      maxLevel: string;
      meanLevel: string;
      fromTo: string;
    };
    footer: string;
  };
}

const sv: Labels = {
  languageTag: "sv-SE",
  sheets: {
    overview: "Översikt",
    activities: "Aktiviteter",
    risks: "Risker och åtgärder",
    keyFigures: "Nyckeltal",
    keyFigureList: "Nyckeltal (lista)",
    findings: "Kontroller",
    followUp: "Uppföljning",
    runLog: "Körlogg",
  },
  overview: {
    title: "Översikt: planer och rapporter",
    generated: (date, version, files, documents) =>
      `Skapad ${date} (UTC) av planpipe ${version}: ${files} filer, ${documents} unika dokument. Återgivningar (samma dokument som Word och PDF) visas men räknas en gång i serierna.`,
    seriesTitle: "Serier (organisation och dokumenttyp), återgivningar räknade en gång",
    goTo: (sheet, rows) => `→ ${sheet} (${rows})`,
    goToSeries: "→ Serier",
  },
  columns: {
    documents: {
      file: "Fil",
      type: "Typ",
      title: "Titel",
      organisation: "Organisation",
      year: "År",
      format: "Format",
      status: "Status",
      pages: "Sidor",
      activities: "Aktiviteter",
      risks: "Risker",
      measures: "Åtgärder",
      statistics: "Nyckeltal",
      errors: "Fel",
      warnings: "Varningar",
      infos: "Info",
      renditionOf: "Återgivning av",
      problems: "Problem",
    },
    series: {
      organisation: "Organisation",
      type: "Typ",
      years: "År",
      firstYear: "Första år",
      lastYear: "Senaste år",
      missingYears: "Saknade år",
      documents: "Dokument",
      renditions: "Återgivningar",
      activities: "Aktiviteter",
      risks: "Risker",
      measures: "Åtgärder",
      statistics: "Nyckeltal",
      errors: "Fel",
      warnings: "Varningar",
      infos: "Info",
    },
    activities: {
      file: "Fil",
      organisation: "Organisation",
      year: "År",
      page: "Sida",
      section: "Avsnitt",
      when: "När",
      start: "Start",
      end: "Slut",
      quarter: "Kvartal",
      activity: "Aktivitet",
      purpose: "Syfte/mål",
      targetGroups: "Målgrupper",
      responsible: "Ansvarig",
      initials: "Initialer",
      channel: "Kanal",
      findings: "Kontroller",
      rendition: "Återgivning",
    },
    risks: {
      file: "Fil",
      organisation: "Organisation",
      year: "År",
      page: "Sida",
      section: "Avsnitt",
      risk: "Risk",
      level: "Risknivå",
      band: "Nivåklass",
      measure: "Åtgärd",
      status: "Status",
      endDate: "Slutdatum",
      owner: "Ansvarig",
      desiredEffect: "Önskad effekt",
      findings: "Kontroller",
      rendition: "Återgivning",
    },
    keyFigures: {
      organisation: "Organisation",
      type: "Typ",
      table: "Tabell",
      row: "Rad",
      unit: "Enhet",
      conflicts: "Avvikelser mellan rapporter",
      source: "Källa (senaste)",
    },
    keyFigureList: {
      file: "Fil",
      organisation: "Organisation",
      year: "År",
      page: "Sida",
      table: "Tabell",
      row: "Rad",
      column: "Kolumn",
      period: "Period",
      value: "Värde",
      unit: "Enhet",
      raw: "Som skrivet",
      findings: "Kontroller",
      rendition: "Återgivning",
    },
    findings: {
      rule: "Regel",
      description: "Vad regeln fångar",
      severity: "Allvarlighet",
      file: "Fil",
      organisation: "Organisation",
      year: "År",
      page: "Sida",
      message: "Meddelande",
      refs: "Berörda poster",
      refLink: (n) => `Gå till post ${n}`,
      rendition: "Återgivning",
    },
    followUp: {
      kind: "Typ",
      organisation: "Organisation",
      fromYear: "År N",
      fromFile: "Fil år N",
      fromText: "Utlovat år N",
      toYear: "År N+1",
      toFile: "Fil år N+1",
      toText: "Sagt år N+1",
      status: "Status år N+1",
      outcome: "Utfall",
      score: "Matchning",
    },
    runLog: {
      file: "Fil",
      status: "Status",
      durationMs: "Tid (ms)",
      pages: "Sidor",
      problemCodes: "Problemkoder",
      problems: "Problem",
    },
    runSummary: { item: "Uppgift", value: "Värde" },
  },
  runSummary: {
    title: "Körningen",
    startedAt: "Startad (UTC)",
    finishedAt: "Klar (UTC)",
    durationS: "Total tid (s)",
    files: "Filer",
    ok: "OK",
    warning: "Med varningar",
    failed: "Misslyckade",
    activities: "Aktiviteter",
    risks: "Risker",
    measures: "Åtgärder",
    statistics: "Nyckeltal",
    findings: "Kontrollfynd",
    version: "planpipe-version",
    inputFolder: "Indatamapp",
  },
  rowLink: (sheet, row) => `${sheet}, rad ${row}`,
  findingSummary: (severity, rules, more) =>
    `${severity}: ${rules.join(", ")}${more > 0 ? ` (+${more})` : ""}`,
  conflict: (period, values) => `${period}: ${values.join(", ")}`,
  unknownOrganisation: "(okänd organisation)",
  yes: "Ja",
  quarter: (year, quarter) => `${year} K${quarter}`,
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
  riskBand: { low: "Låg", medium: "Medel", high: "Hög", veryHigh: "Mycket hög" },
  severity: { error: "Fel", warning: "Varning", info: "Info" },
  followUpKind: { measure: "Åtgärd", activity: "Aktivitet" },
  followUpOutcome: { "followed-up": "Följd upp", "carried-over": "Överförd", missing: "Saknas" },
  rules: {
    "stat-difference": "En skillnadskolumn som inte är nuvarande minus föregående värde",
    "stat-sum": "En summarad (Summa, Totalt) som inte är summan av sina delar",
    "text-vs-table": "En siffra i texten som motsäger dokumentets egen tabell",
    "followup-missing": "En åtgärd som rapporterades vidare år N men inte utvärderas år N+1",
    "activity-duplicate": "Samma aktivitet står två gånger i samma plan",
    "activity-outside-year": "En aktivitet daterad utanför planens år",
    "activity-missing-field": "En aktivitet utan tid eller utan ansvarig",
    "measure-status-date":
      "Status och slutdatum stämmer inte (klar men slutar efter rapporten, eller öppen långt efter slutdatum)",
    "document-no-text": "Dokumentet saknar textlager (inskannat), så inget kunde läsas",
    "document-unreadable":
      "Filen kunde inte öppnas (trasig, krypterad, avkortad eller inget dokument)",
  },
  dashboard: {
    title: "Översikt: planer och rapporter",
    generated: (date, version) => `Skapad ${date} (UTC) av planpipe ${version}.`,
    cards: {
      documents: "Dokument",
      documentsNote: (files) => `${files} filer; Word och PDF av samma dokument räknas en gång`,
      activities: "Aktiviteter",
      risks: "Risker",
      measures: "Åtgärder",
      findings: "Kontrollfynd",
      followUp: "Uppföljda åtgärder och aktiviteter",
    },
    findingsTitle: "Kontroller per dokument och regel",
    findingsIntro: "Antal kontrollfynd per dokument, uppdelat på regel.",
    findingsNone: "Kontrollerna hittade inget att anmärka på.",
    activitiesTitle: "Aktiviteter per kvartal och målgrupp",
    activitiesIntro:
      "Aktiviteter i kommunikationsplanerna per kvartal de pågår och per målgrupp. En aktivitet som pågår flera kvartal räknas i vart och ett; en aktivitet med flera målgrupper räknas för var och en.",
    activitiesNone: "Inga daterade aktiviteter i den här körningen.",
    activitiesUndated: (n) => `${n} aktiviteter saknar datum och visas inte i diagrammet.`,
    noTargetGroup: "Ingen målgrupp angiven",
    otherTargetGroups: "Övriga målgrupper",
    risksTitle: "Risknivåer per serie och år",
    risksIntro:
      "Antal risker per arbetsmiljörapport, färgade efter nivå i en 4×4-riskmatris (nivå = sannolikhet × konsekvens).",
    risksNone: "Inga risker med nivå i den här körningen.",
    matrixTitle: "Riskmatris",
    probability: "Sannolikhet",
    consequence: "Konsekvens",
    followUpTitle: "Uppföljning år N → år N+1",
    followUpIntro: "Vad år N lovade och vad år N+1 säger om det, per serie och årspar.",
    followUpNone: "Ingen uppföljning mellan år i den här körningen.",
    columns: {
      document: "Dokument",
      total: "Totalt",
      quarter: "Kvartal",
      activities: "Aktiviteter",
      series: "Serie",
      year: "År",
      risks: "Risker",
      maxLevel: "Högsta nivå",
      meanLevel: "Medelnivå",
      fromTo: "År N → N+1",
    },
    footer:
      "Diagrammen är ritade som SVG i filen och fungerar utan nätverk. Detaljerna finns i oversikt.xlsx.",
  },
};

const en: Labels = {
  languageTag: "en-GB",
  sheets: {
    overview: "Overview",
    activities: "Activities",
    risks: "Risks and measures",
    keyFigures: "Key figures",
    keyFigureList: "Key figures (list)",
    findings: "Checks",
    followUp: "Follow-up",
    runLog: "Run log",
  },
  overview: {
    title: "Overview: plans and reports",
    generated: (date, version, files, documents) =>
      `Created ${date} (UTC) by planpipe ${version}: ${files} files, ${documents} distinct documents. Renditions (the same document as Word and PDF) are listed but counted once in the series.`,
    seriesTitle: "Series (organisation and document type), renditions counted once",
    goTo: (sheet, rows) => `→ ${sheet} (${rows})`,
    goToSeries: "→ Series",
  },
  columns: {
    documents: {
      file: "File",
      type: "Type",
      title: "Title",
      organisation: "Organisation",
      year: "Year",
      format: "Format",
      status: "Status",
      pages: "Pages",
      activities: "Activities",
      risks: "Risks",
      measures: "Measures",
      statistics: "Key figures",
      errors: "Errors",
      warnings: "Warnings",
      infos: "Info",
      renditionOf: "Rendition of",
      problems: "Problems",
    },
    series: {
      organisation: "Organisation",
      type: "Type",
      years: "Years",
      firstYear: "First year",
      lastYear: "Latest year",
      missingYears: "Missing years",
      documents: "Documents",
      renditions: "Renditions",
      activities: "Activities",
      risks: "Risks",
      measures: "Measures",
      statistics: "Key figures",
      errors: "Errors",
      warnings: "Warnings",
      infos: "Info",
    },
    activities: {
      file: "File",
      organisation: "Organisation",
      year: "Year",
      page: "Page",
      section: "Section",
      when: "When",
      start: "Start",
      end: "End",
      quarter: "Quarter",
      activity: "Activity",
      purpose: "Purpose/goal",
      targetGroups: "Target groups",
      responsible: "Responsible",
      initials: "Initials",
      channel: "Channel",
      findings: "Checks",
      rendition: "Rendition",
    },
    risks: {
      file: "File",
      organisation: "Organisation",
      year: "Year",
      page: "Page",
      section: "Section",
      risk: "Risk",
      level: "Risk level",
      band: "Level band",
      measure: "Measure",
      status: "Status",
      endDate: "End date",
      owner: "Responsible",
      desiredEffect: "Desired effect",
      findings: "Checks",
      rendition: "Rendition",
    },
    keyFigures: {
      organisation: "Organisation",
      type: "Type",
      table: "Table",
      row: "Row",
      unit: "Unit",
      conflicts: "Differences between reports",
      source: "Source (latest)",
    },
    keyFigureList: {
      file: "File",
      organisation: "Organisation",
      year: "Year",
      page: "Page",
      table: "Table",
      row: "Row",
      column: "Column",
      period: "Period",
      value: "Value",
      unit: "Unit",
      raw: "As written",
      findings: "Checks",
      rendition: "Rendition",
    },
    findings: {
      rule: "Rule",
      description: "What the rule catches",
      severity: "Severity",
      file: "File",
      organisation: "Organisation",
      year: "Year",
      page: "Page",
      message: "Message",
      refs: "Records involved",
      refLink: (n) => `Go to record ${n}`,
      rendition: "Rendition",
    },
    followUp: {
      kind: "Kind",
      organisation: "Organisation",
      fromYear: "Year N",
      fromFile: "File year N",
      fromText: "Promised in year N",
      toYear: "Year N+1",
      toFile: "File year N+1",
      toText: "Said in year N+1",
      status: "Status year N+1",
      outcome: "Outcome",
      score: "Match",
    },
    runLog: {
      file: "File",
      status: "Status",
      durationMs: "Time (ms)",
      pages: "Pages",
      problemCodes: "Problem codes",
      problems: "Problems",
    },
    runSummary: { item: "Item", value: "Value" },
  },
  runSummary: {
    title: "The run",
    startedAt: "Started (UTC)",
    finishedAt: "Finished (UTC)",
    durationS: "Total time (s)",
    files: "Files",
    ok: "OK",
    warning: "With warnings",
    failed: "Failed",
    activities: "Activities",
    risks: "Risks",
    measures: "Measures",
    statistics: "Key figures",
    findings: "Findings",
    version: "planpipe version",
    inputFolder: "Input folder",
  },
  rowLink: (sheet, row) => `${sheet}, row ${row}`,
  findingSummary: (severity, rules, more) =>
    `${severity}: ${rules.join(", ")}${more > 0 ? ` (+${more})` : ""}`,
  conflict: (period, values) => `${period}: ${values.join(", ")}`,
  unknownOrganisation: "(unknown organisation)",
  yes: "Yes",
  quarter: (year, quarter) => `${year} Q${quarter}`,
  documentFormat: { pdf: "PDF", docx: "Word (docx)" },
  documentType: {
    kommunikationsplan: "Communication plan",
    arbetsmiljorapport: "Work environment report",
    policy: "Policy",
    program: "Programme",
    annat: "Other",
  },
  status: { ok: "OK", warning: "Warning", failed: "Failed" },
  riskSection: { evaluation: "Evaluation", reported: "Reported onwards", other: "Other" },
  riskBand: { low: "Low", medium: "Medium", high: "High", veryHigh: "Very high" },
  severity: { error: "Error", warning: "Warning", info: "Info" },
  followUpKind: { measure: "Measure", activity: "Activity" },
  followUpOutcome: {
    "followed-up": "Followed up",
    "carried-over": "Carried over",
    missing: "Missing",
  },
  rules: {
    "stat-difference": "A difference column that is not current minus previous",
    "stat-sum": "A total row (Summa, Totalt) that is not the sum of its parts",
    "text-vs-table": "A figure in the prose that contradicts the document's own table",
    "followup-missing": "A measure reported onwards in year N with no evaluation in year N+1",
    "activity-duplicate": "The same activity listed twice in one plan",
    "activity-outside-year": "An activity dated outside the plan's year",
    "activity-missing-field": "An activity with no time, or no one responsible",
    "measure-status-date":
      "Status and end date disagree (done but ends after the report, or open and long past its end)",
    "document-no-text": "The document has no text layer (scanned), so nothing could be read",
    "document-unreadable":
      "The file could not be opened (corrupt, encrypted, truncated or not a document)",
  },
  dashboard: {
    title: "Overview: plans and reports",
    generated: (date, version) => `Created ${date} (UTC) by planpipe ${version}.`,
    cards: {
      documents: "Documents",
      documentsNote: (files) => `${files} files; Word and PDF of one document count once`,
      activities: "Activities",
      risks: "Risks",
      measures: "Measures",
      findings: "Findings",
      followUp: "Measures and activities followed up",
    },
    findingsTitle: "Findings per document and rule",
    findingsIntro: "Number of findings per document, by rule.",
    findingsNone: "The checks found nothing to report.",
    activitiesTitle: "Activities per quarter and target group",
    activitiesIntro:
      "Activities in the communication plans per quarter in which they run and per target group. An activity running over several quarters counts in each; one with several target groups counts for each.",
    activitiesNone: "No dated activities in this run.",
    activitiesUndated: (n) => `${n} activities have no date and are not in the chart.`,
    noTargetGroup: "No target group given",
    otherTargetGroups: "Other target groups",
    risksTitle: "Risk levels per series and year",
    risksIntro:
      "Number of risks per work environment report, coloured by level on a 4×4 risk matrix (level = probability × consequence).",
    risksNone: "No risks with a level in this run.",
    matrixTitle: "Risk matrix",
    probability: "Probability",
    consequence: "Consequence",
    followUpTitle: "Follow-up year N → year N+1",
    followUpIntro:
      "What year N promised and what year N+1 says about it, per series and pair of years.",
    followUpNone: "No follow-up between years in this run.",
    columns: {
      document: "Document",
      total: "Total",
      quarter: "Quarter",
      activities: "Activities",
      series: "Series",
      year: "Year",
      risks: "Risks",
      maxLevel: "Highest level",
      meanLevel: "Mean level",
      fromTo: "Year N → N+1",
    },
    footer:
      "The charts are drawn as SVG inside this file and work offline. The details are in oversikt.xlsx.",
  },
};

export const labels = { sv, en } satisfies Record<string, Labels>;

export type Locale = keyof typeof labels;

export const LOCALES: readonly Locale[] = ["sv", "en"];

/** The locale for a `--lang` value; throws on one there is no table for. */
export function parseLocale(value: string): Locale {
  const locale = value.trim().toLowerCase();
  if ((LOCALES as readonly string[]).includes(locale)) return locale as Locale;
  throw new Error(`unknown language "${value}" (known: ${LOCALES.join(", ")})`);
}
