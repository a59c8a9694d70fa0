// Small builders for records, so that a rule test states only what matters to the rule.
import type {
  ActivityRecord,
  DocumentRecord,
  FileRecords,
  MeasureRecord,
  ProseBlock,
  RiskRecord,
  StatisticRecord,
} from "../../src/model/records.js";
import { parseSwedishNumber } from "../../src/parse/swedish/numbers.js";

export function doc(over: Partial<DocumentRecord> = {}): DocumentRecord {
  return {
    id: "doc1",
    file: "rapport.docx",
    format: "docx",
    pageCount: null,
    type: "arbetsmiljorapport",
    title: "Arbetsmiljörapport 2024",
    organisation: "Testförvaltningen",
    year: 2024,
    reportDate: null,
    status: "ok",
    problems: [],
    renditionOf: null,
    ...over,
  };
}

export function files(
  over: Partial<FileRecords> & { document?: DocumentRecord } = {},
): FileRecords {
  return {
    document: over.document ?? doc(),
    activities: over.activities ?? [],
    risks: over.risks ?? [],
    statistics: over.statistics ?? [],
    prose: over.prose ?? [],
  };
}

let n = 0;
const nextId = (prefix: string) => `${prefix}${++n}`;

export function activity(over: Partial<ActivityRecord> = {}): ActivityRecord {
  return {
    id: nextId("a"),
    documentId: "doc1",
    page: 1,
    bbox: null,
    section: "Fokusområde 1",
    when: "Våren 2025",
    start: "2025-01-01",
    end: "2025-06-30",
    activity: "Nyhetsbrev till medarbetare",
    purpose: null,
    targetGroups: [],
    responsible: "Kommunikatör (AB)",
    responsibleInitials: ["AB"],
    channel: null,
    ...over,
  };
}

export function measure(over: Partial<MeasureRecord> = {}): MeasureRecord {
  return {
    id: nextId("m"),
    measure: "Åtgärd",
    status: null,
    endDate: null,
    owner: null,
    desiredEffect: null,
    page: 1,
    bbox: null,
    ...over,
  };
}

export function risk(
  section: RiskRecord["section"],
  measures: MeasureRecord[],
  over: Partial<RiskRecord> = {},
): RiskRecord {
  return {
    id: nextId("r"),
    documentId: "doc1",
    page: 1,
    bbox: null,
    section,
    risk: "Hög arbetsbelastning",
    level: 12,
    measures,
    ...over,
  };
}

/**
 * A key-figure table as statistics: header is [name, ...columns], each row [label, ...raws];
 * an empty raw leaves the cell out, as the parser does.
 */
export function table(
  header: string[],
  rows: string[][],
  page: number | null = 2,
): StatisticRecord[] {
  const [name, ...columns] = header;
  return rows.flatMap(([label, ...raws]) =>
    raws.flatMap((raw, i) => {
      if (raw === "") return [];
      const { value, unit } = parseSwedishNumber(raw);
      return [
        {
          id: `s-${label}-${columns[i]}`,
          documentId: "doc1",
          page,
          bbox: null,
          table: name!,
          row: label!,
          column: columns[i]!,
          value,
          raw,
          unit,
        },
      ];
    }),
  );
}

export function paragraph(text: string, page: number | null = 2): ProseBlock {
  return { kind: "paragraph", text, page, bbox: null };
}

/** The sick-leave table of the 2024 sample: rates, with Skillnad, all consistent. */
export const SICK_LEAVE = [
  ["Total sjukfrånvaro", "4,2", "4,4", "-0,2"],
  ["Kvinnor", "5,8", "5,8", "0,0"],
  ["Män", "1,8", "2,1", "-0,3"],
  ["Kort sjukfrånvaro (0–14 dagar) / Totalt", "1,5", "1,4", "0,1"],
  ["Kort sjukfrånvaro (0–14 dagar) / Kvinnor", "1,5", "1,6", "-0,1"],
  ["Kort sjukfrånvaro (0–14 dagar) / Män", "1,5", "1,1", "0,4"],
  ["Lång sjukfrånvaro (15-dagar) / Totalt", "2,7", "3,0", "-0,3"],
  ["Lång sjukfrånvaro (15-dagar) / Kvinnor", "4,2", "4,2", "0,0"],
  ["Lång sjukfrånvaro (15-dagar) / Män", "0,3", "1,0", "-0,7"],
];
export const SICK_LEAVE_HEADER = ["Sjukfrånvaro", "R12 2023–12", "R12 2022–12", "Skillnad"];
