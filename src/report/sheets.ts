// Records -> plain sheet specs: every decision about content, order, layout, formats, colours,
// links and widths, made without exceljs so that it can be tested and compared directly.
import path from "node:path";
import type {
  ActivityRecord,
  DocumentRecord,
  FindingRecord,
  FollowUpRecord,
  MeasureRecord,
  RecordsFile,
  RiskRecord,
  RunLogFile,
  StatisticRecord,
} from "../model/records.js";
import { type KeyFigureRow, periodOf, pivotKeyFigures } from "./key-figures.js";
import { type Labels, type Locale, labels } from "./labels.js";
import { compareText, type Location, sortByLocation } from "./order.js";
import { buildSeries, canonicalIds, quarterOf, type Series } from "./series.js";
import {
  DOCUMENT_STATUS_TONE,
  OUTCOME_TONE,
  riskBand,
  riskTone,
  SEVERITY_ORDER,
  SEVERITY_TONE,
  statusTone,
  type Tone,
} from "./tones.js";

export interface WorkbookOptions {
  /** Folder the input files' `file` paths are relative to. */
  inputFolder: string;
  /** Folder the workbook is written to; hyperlinks are relative to it. */
  outFolder: string;
  locale?: Locale;
}

/**
 * One cell as the sheet shows it. `value` is deliberately never an object: exceljs turns only
 * objects into formulas, so text from documents ("=SUM(...)", "+46 8 ...", "-0,3") stays text.
 */
export interface CellSpec {
  value: string | number | Date | null;
  /**
   * Hyperlink target, only on non-empty text cells: a relative link to an input file, or
   * `#'Sheet'!A12` to a row of this workbook.
   */
  link?: string;
  numFmt?: string;
  /** Background colour by meaning (status, severity, risk level, outcome). */
  tone?: Tone;
  /** Greyed out: a rendition, shown but counted once elsewhere. */
  muted?: boolean;
  /** A heading line above a table (bold), `size` in points for the sheet title. */
  heading?: { size: number };
}

export interface ColumnSpec {
  header: string;
  /** Wrap long text instead of letting it run into the next cell. */
  wrap: boolean;
}

export interface TableSpec {
  /** Excel table name: ASCII, unique in the workbook, the same in every language. */
  id: string;
  /** A heading line just above the header row, or null. */
  title: string | null;
  /** Sheet row (1-based) of the header. Data follows; an empty table keeps one blank row. */
  headerRow: number;
  columns: ColumnSpec[];
  rows: CellSpec[][];
}

export interface SheetSpec {
  name: string;
  /** Rows from row 1 above the first table: title, navigation. */
  preamble: CellSpec[][];
  tables: TableSpec[];
  /** Width of each sheet column, in characters. */
  widths: number[];
  /** Rows kept in view when scrolling: everything down to the first table's header. */
  frozenRows: number;
}

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
const LONG_TEXT_WIDTH = 50;
export const DATE_FORMAT = "yyyy-mm-dd";
export const DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";
/** No thousands separator: years and page numbers must not read "2 024". */
const PLAIN_INTEGER_FORMAT = "0";
const COUNT_FORMAT = "#,##0";
const SCORE_FORMAT = "0%";
/** Columns of links from a finding to the rows it refers to. */
export const FINDING_LINK_COLUMNS = 3;

// ---------------------------------------------------------------------------------------------
// Layout: where each table's header lands, known before any cell is built, so that findings
// can link to record rows and record rows to findings.

interface TableShape {
  title: boolean;
  rows: number;
}

/** Header row of each table: one blank row between tables, a title line above where given. */
export function layoutTables(preambleRows: number, tables: TableShape[]): number[] {
  let row = preambleRows + 1;
  return tables.map((t, i) => {
    if (i > 0) row += 1;
    if (t.title) row += 1;
    const header = row;
    row = header + Math.max(1, t.rows) + 1;
    return header;
  });
}

/** A row of this workbook a link can point at. */
interface Anchor {
  sheet: string;
  row: number;
}

export function internalLink(sheet: string, row: number, column = "A"): string {
  return `#'${sheet.replace(/'/g, "''")}'!${column}${row}`;
}

// ---------------------------------------------------------------------------------------------
// Sheets

interface Column<T> {
  header: string;
  /** Free text that is usually long: fixed width, wrapped. */
  long?: boolean;
  cell: (item: T) => CellSpec;
}

interface RiskRow {
  risk: RiskRecord;
  /** Null for a risk without measures, which still gets its row. */
  measure: MeasureRecord | null;
}

interface StatisticRow {
  statistic: StatisticRecord;
  period: string | null;
}

/** Everything the column definitions need beyond the row itself. */
interface Context {
  l: Labels;
  documents: Map<string, DocumentRecord>;
  canonical: Set<string>;
  anchors: Map<string, Anchor>;
  /** Findings that refer to a record id (or name a document), in the findings sheet's order. */
  findingsByRef: Map<string, FindingRecord[]>;
  findingRows: Map<string, number>;
  /** Hyperlink cell to an input file, at `page` where the file is a PDF and the page is known. */
  fileLink: (doc: DocumentRecord | undefined, page: number | null) => CellSpec;
}

export function buildSheetSpecs(
  records: RecordsFile,
  runLog: RunLogFile,
  opts: WorkbookOptions,
): SheetSpec[] {
  const l = labels[opts.locale ?? "sv"];
  const s = l.sheets;
  const documents = new Map(records.documents.map((d) => [d.id, d]));
  const fileOf = (id: string | null) => (id === null ? null : (documents.get(id)?.file ?? null));
  const at = (
    documentId: string | null,
    page: number | null,
    bbox: Location["bbox"],
    id: string | null,
  ): Location => ({
    file: fileOf(documentId),
    page,
    bbox,
    id,
  });

  // 1. Row order of every sheet.
  const docs = sortByLocation(records.documents, (d) => at(d.id, null, null, d.file));
  const series = buildSeries(records.documents);
  const activities = sortByLocation(records.activities, (a) =>
    at(a.documentId, a.page, a.bbox, a.id),
  );
  const riskRows = sortByLocation(records.risks, (r) =>
    at(r.documentId, r.page ?? r.measures[0]?.page ?? null, r.bbox, r.id),
  ).flatMap((risk): RiskRow[] =>
    risk.measures.length === 0
      ? [{ risk, measure: null }]
      : risk.measures.map((measure) => ({ risk, measure })),
  );
  const statistics = sortByLocation(records.statistics, (st) =>
    at(st.documentId, st.page, st.bbox, st.id),
  ).map((statistic): StatisticRow => {
    const period = periodOf(statistic.column, documents.get(statistic.documentId)?.year ?? null);
    return { statistic, period: period?.label ?? null };
  });
  const pivot = pivotKeyFigures(records);
  const findings = sortByLocation(records.findings, (f) => at(f.documentId, f.page, null, f.id));
  const pages = recordPages(records);
  const followUps = sortByLocation(records.followUp, (f) =>
    at(f.fromDocumentId, pages.get(f.fromId) ?? null, null, f.fromId),
  );
  const runFiles = sortByLocation(runLog.files, (e) => ({
    file: e.file,
    page: null,
    bbox: null,
    id: null,
  }));

  // 2. Where every record's row is.
  const overviewPreamble = OVERVIEW_INTRO_ROWS + Math.ceil((navigationSheets(s).length + 1) / 2);
  const [docsHeader = 1, seriesHeader = 1] = layoutTables(overviewPreamble, [
    { title: false, rows: docs.length },
    { title: true, rows: series.length },
  ]);
  const anchors = new Map<string, Anchor>();
  docs.forEach((d, i) => {
    anchors.set(d.id, { sheet: s.overview, row: docsHeader + 1 + i });
  });
  activities.forEach((a, i) => {
    anchors.set(a.id, { sheet: s.activities, row: 2 + i });
  });
  riskRows.forEach((r, i) => {
    if (!anchors.has(r.risk.id)) anchors.set(r.risk.id, { sheet: s.risks, row: 2 + i });
    if (r.measure) anchors.set(r.measure.id, { sheet: s.risks, row: 2 + i });
  });
  statistics.forEach((r, i) => {
    anchors.set(r.statistic.id, { sheet: s.keyFigureList, row: 2 + i });
  });
  const findingRows = new Map<string, number>();
  findings.forEach((f, i) => {
    anchors.set(f.id, { sheet: s.findings, row: 2 + i });
    findingRows.set(f.id, 2 + i);
  });
  const findingsByRef = new Map<string, FindingRecord[]>();
  for (const f of findings) {
    // A finding on a risk shows on every row of the risk, one on a measure on that row only.
    for (const ref of new Set(f.refs)) push(findingsByRef, ref, f);
  }

  // Every row links to its file: the relative path is worked out once per file.
  const hrefs = new Map<string, string>();
  const hrefOf = (file: string) => {
    let href = hrefs.get(file);
    if (href === undefined) {
      href = fileHref(opts.inputFolder, opts.outFolder, file, null);
      hrefs.set(file, href);
    }
    return href;
  };

  const ctx: Context = {
    l,
    documents,
    canonical: canonicalIds(records.documents),
    anchors,
    findingsByRef,
    findingRows,
    fileLink: (doc, page) =>
      doc
        ? linkCell(doc.file, withPage(hrefOf(doc.file), doc.format === "pdf" ? page : null))
        : text(null),
  };

  // 3. Cells.
  const counts = {
    [s.activities]: activities.length,
    [s.risks]: riskRows.length,
    [s.keyFigures]: pivot.rows.length,
    [s.keyFigureList]: statistics.length,
    [s.findings]: findings.length,
    [s.followUp]: followUps.length,
    [s.runLog]: runFiles.length,
  };
  return [
    overviewSheet(records, runLog, docs, series, ctx, counts, docsHeader, seriesHeader),
    activitiesSheet(activities, ctx),
    risksSheet(riskRows, ctx),
    keyFiguresSheet(
      pivot.periods.map((p) => p.label),
      pivot.rows,
      ctx,
    ),
    keyFigureListSheet(statistics, ctx),
    findingsSheet(findings, records, ctx),
    followUpSheet(followUps, records, ctx),
    runLogSheet(runFiles, runLog, ctx, opts),
  ];
}

function overviewSheet(
  records: RecordsFile,
  runLog: RunLogFile,
  docs: DocumentRecord[],
  series: Series[],
  ctx: Context,
  counts: Record<string, number>,
  docsHeader: number,
  seriesHeader: number,
): SheetSpec {
  const { l } = ctx;
  const h = l.columns.documents;
  const hs = l.columns.series;
  const tally = perDocumentCounts(records);
  const n = (id: string, key: keyof DocumentCounts) => integer(tally.get(id)?.[key] ?? 0);
  const severityCount = (id: string, severity: FindingRecord["severity"]): CellSpec => {
    const value = tally.get(id)?.[severity] ?? 0;
    return value > 0 ? { ...integer(value), tone: SEVERITY_TONE[severity] } : integer(value);
  };

  const docColumns: Column<DocumentRecord>[] = [
    { header: h.file, cell: (d) => ctx.fileLink(d, null) },
    { header: h.type, cell: (d) => text(l.documentType[d.type]) },
    { header: h.title, long: true, cell: (d) => text(d.title) },
    { header: h.organisation, cell: (d) => text(d.organisation) },
    { header: h.year, cell: (d) => integer(d.year) },
    { header: h.format, cell: (d) => text(l.documentFormat[d.format]) },
    {
      header: h.status,
      cell: (d) => toned(text(l.status[d.status]), DOCUMENT_STATUS_TONE[d.status]),
    },
    { header: h.pages, cell: (d) => integer(d.pageCount) },
    { header: h.activities, cell: (d) => n(d.id, "activities") },
    { header: h.risks, cell: (d) => n(d.id, "risks") },
    { header: h.measures, cell: (d) => n(d.id, "measures") },
    { header: h.statistics, cell: (d) => n(d.id, "statistics") },
    { header: h.errors, cell: (d) => severityCount(d.id, "error") },
    { header: h.warnings, cell: (d) => severityCount(d.id, "warning") },
    { header: h.infos, cell: (d) => severityCount(d.id, "info") },
    {
      header: h.renditionOf,
      cell: (d) => {
        const original = d.renditionOf === null ? undefined : ctx.documents.get(d.renditionOf);
        if (!original) return text(d.renditionOf);
        const anchor = ctx.anchors.get(original.id);
        return anchor
          ? linkCell(original.file, internalLink(anchor.sheet, anchor.row))
          : text(original.file);
      },
    },
    { header: h.problems, long: true, cell: (d) => text(problemsText(d.problems)) },
  ];
  const docsTable = table("Documents", null, docsHeader, docColumns, docs, (d) =>
    ctx.canonical.has(d.id) ? {} : { muted: true },
  );

  const seriesColumns: Column<Series>[] = [
    { header: hs.organisation, cell: (x) => text(x.organisation ?? l.unknownOrganisation) },
    { header: hs.type, cell: (x) => text(l.documentType[x.type]) },
    { header: hs.years, cell: (x) => text(x.years.join(", ")) },
    { header: hs.firstYear, cell: (x) => integer(x.years[0] ?? null) },
    { header: hs.lastYear, cell: (x) => integer(x.years.at(-1) ?? null) },
    {
      header: hs.missingYears,
      cell: (x) =>
        toned(text(x.missingYears.join(", ")), x.missingYears.length > 0 ? "neutral" : null),
    },
    { header: hs.documents, cell: (x) => integer(x.documents.length) },
    { header: hs.renditions, cell: (x) => integer(x.renditions.length) },
    { header: hs.activities, cell: (x) => integer(sumOver(x, tally, "activities")) },
    { header: hs.risks, cell: (x) => integer(sumOver(x, tally, "risks")) },
    { header: hs.measures, cell: (x) => integer(sumOver(x, tally, "measures")) },
    { header: hs.statistics, cell: (x) => integer(sumOver(x, tally, "statistics")) },
    ...SEVERITY_ORDER.map(
      (severity): Column<Series> => ({
        header: { error: hs.errors, warning: hs.warnings, info: hs.infos }[severity],
        cell: (x) => {
          const value = sumOver(x, tally, severity);
          return value > 0 ? { ...integer(value), tone: SEVERITY_TONE[severity] } : integer(value);
        },
      }),
    ),
  ];
  const seriesTable = table("Series", l.overview.seriesTitle, seriesHeader, seriesColumns, series);

  // Title, what this is, then links to every sheet in two columns (A and C are the wide ones).
  const navigation: CellSpec[] = [
    ...navigationSheets(l.sheets).map((sheet) =>
      linkCell(l.overview.goTo(sheet, counts[sheet] ?? 0), internalLink(sheet, 1)),
    ),
    linkCell(l.overview.goToSeries, internalLink(l.sheets.overview, seriesHeader - 1)),
  ];
  const preamble: CellSpec[][] = [
    [{ value: l.overview.title, heading: { size: 14 } }],
    [
      text(
        l.overview.generated(
          formatUtc(records.generatedAt),
          runLog.planpipeVersion,
          records.documents.length,
          ctx.canonical.size,
        ),
      ),
    ],
  ];
  for (let i = 0; i < navigation.length; i += 2) {
    preamble.push([navigation[i]!, text(null), navigation[i + 1] ?? text(null)]);
  }
  return sheet(l.sheets.overview, preamble, [docsTable, seriesTable]);
}

/** Title and intro lines above the overview's links. */
const OVERVIEW_INTRO_ROWS = 2;

function navigationSheets(s: Labels["sheets"]): string[] {
  return [s.activities, s.risks, s.keyFigures, s.keyFigureList, s.findings, s.followUp, s.runLog];
}

function activitiesSheet(activities: ActivityRecord[], ctx: Context): SheetSpec {
  const h = ctx.l.columns.activities;
  const doc = (a: ActivityRecord) => ctx.documents.get(a.documentId);
  const columns: Column<ActivityRecord>[] = [
    { header: h.file, cell: (a) => ctx.fileLink(doc(a), a.page) },
    { header: h.organisation, cell: (a) => text(doc(a)?.organisation ?? null) },
    { header: h.year, cell: (a) => integer(doc(a)?.year ?? null) },
    { header: h.page, cell: (a) => integer(a.page) },
    { header: h.section, long: true, cell: (a) => text(a.section) },
    { header: h.when, cell: (a) => text(a.when) },
    { header: h.start, cell: (a) => date(a.start) },
    { header: h.end, cell: (a) => date(a.end) },
    { header: h.quarter, cell: (a) => text(quarterSpan(a, ctx.l)) },
    { header: h.activity, long: true, cell: (a) => text(a.activity) },
    { header: h.purpose, long: true, cell: (a) => text(a.purpose) },
    { header: h.targetGroups, cell: (a) => text(a.targetGroups.join("; ")) },
    { header: h.responsible, cell: (a) => text(a.responsible) },
    { header: h.initials, cell: (a) => text(a.responsibleInitials.join(", ")) },
    { header: h.channel, cell: (a) => text(a.channel) },
    { header: h.findings, cell: (a) => findingsCell([a.id], ctx) },
    { header: h.rendition, cell: (a) => renditionCell(a.documentId, ctx) },
  ];
  return sheet(
    ctx.l.sheets.activities,
    [],
    [
      table("Activities", null, 1, columns, activities, (a) =>
        mutedUnlessCanonical(a.documentId, ctx),
      ),
    ],
  );
}

function risksSheet(rows: RiskRow[], ctx: Context): SheetSpec {
  const { l } = ctx;
  const h = l.columns.risks;
  const page = (r: RiskRow) => r.measure?.page ?? r.risk.page;
  const doc = (r: RiskRow) => ctx.documents.get(r.risk.documentId);
  const columns: Column<RiskRow>[] = [
    { header: h.file, cell: (r) => ctx.fileLink(doc(r), page(r)) },
    { header: h.organisation, cell: (r) => text(doc(r)?.organisation ?? null) },
    { header: h.year, cell: (r) => integer(doc(r)?.year ?? null) },
    { header: h.page, cell: (r) => integer(page(r)) },
    { header: h.section, cell: (r) => text(l.riskSection[r.risk.section]) },
    { header: h.risk, long: true, cell: (r) => text(r.risk.risk) },
    { header: h.level, cell: (r) => toned(decimal(r.risk.level), riskTone(r.risk.level)) },
    {
      header: h.band,
      cell: (r) => {
        const band = riskBand(r.risk.level);
        return band === null ? text(null) : toned(text(l.riskBand[band]), riskTone(r.risk.level));
      },
    },
    { header: h.measure, long: true, cell: (r) => text(r.measure?.measure ?? null) },
    {
      header: h.status,
      cell: (r) => {
        const status = r.measure?.status ?? null;
        return toned(text(status), statusTone(status));
      },
    },
    { header: h.endDate, cell: (r) => date(r.measure?.endDate ?? null) },
    { header: h.owner, cell: (r) => text(r.measure?.owner ?? null) },
    { header: h.desiredEffect, long: true, cell: (r) => text(r.measure?.desiredEffect ?? null) },
    {
      header: h.findings,
      cell: (r) => findingsCell(r.measure ? [r.risk.id, r.measure.id] : [r.risk.id], ctx),
    },
    { header: h.rendition, cell: (r) => renditionCell(r.risk.documentId, ctx) },
  ];
  return sheet(
    l.sheets.risks,
    [],
    [
      table("RisksMeasures", null, 1, columns, rows, (r) =>
        mutedUnlessCanonical(r.risk.documentId, ctx),
      ),
    ],
  );
}

function keyFiguresSheet(periods: string[], rows: KeyFigureRow[], ctx: Context): SheetSpec {
  const { l } = ctx;
  const h = l.columns.keyFigures;
  const conflicted = (r: KeyFigureRow, period: string) =>
    r.conflicts.some((c) => c.period === period);
  const columns: Column<KeyFigureRow>[] = [
    { header: h.organisation, cell: (r) => text(r.organisation ?? l.unknownOrganisation) },
    { header: h.table, cell: (r) => text(r.table) },
    { header: h.row, cell: (r) => text(r.row) },
    { header: h.unit, cell: (r) => text(r.unit) },
    ...periods.map(
      (period): Column<KeyFigureRow> => ({
        header: period,
        cell: (r) => {
          const v = r.values.get(period);
          if (!v) return text(null);
          const cell = decimal(v.statistic.value, decimalsOfRaw(v.statistic.raw));
          return conflicted(r, period) ? { ...cell, tone: "neutral" } : cell;
        },
      }),
    ),
    {
      header: h.conflicts,
      long: true,
      cell: (r) =>
        text(
          r.conflicts
            .map((c) =>
              l.conflict(
                c.period,
                c.values.map((v) => `${v.statistic.raw} (${v.document.year ?? v.document.file})`),
              ),
            )
            .join("\n") || null,
        ),
    },
    { header: h.source, cell: (r) => ctx.fileLink(r.source.document, r.source.statistic.page) },
  ];
  return sheet(l.sheets.keyFigures, [], [table("KeyFigures", null, 1, columns, rows)]);
}

function keyFigureListSheet(rows: StatisticRow[], ctx: Context): SheetSpec {
  const h = ctx.l.columns.keyFigureList;
  const doc = (r: StatisticRow) => ctx.documents.get(r.statistic.documentId);
  const columns: Column<StatisticRow>[] = [
    { header: h.file, cell: (r) => ctx.fileLink(doc(r), r.statistic.page) },
    { header: h.organisation, cell: (r) => text(doc(r)?.organisation ?? null) },
    { header: h.year, cell: (r) => integer(doc(r)?.year ?? null) },
    { header: h.page, cell: (r) => integer(r.statistic.page) },
    { header: h.table, cell: (r) => text(r.statistic.table) },
    { header: h.row, cell: (r) => text(r.statistic.row) },
    { header: h.column, cell: (r) => text(r.statistic.column) },
    { header: h.period, cell: (r) => text(r.period) },
    {
      header: h.value,
      cell: (r) => decimal(r.statistic.value, decimalsOfRaw(r.statistic.raw)),
    },
    { header: h.unit, cell: (r) => text(r.statistic.unit) },
    { header: h.raw, cell: (r) => text(r.statistic.raw) },
    { header: h.findings, cell: (r) => findingsCell([r.statistic.id], ctx) },
    { header: h.rendition, cell: (r) => renditionCell(r.statistic.documentId, ctx) },
  ];
  return sheet(
    ctx.l.sheets.keyFigureList,
    [],
    [
      table("KeyFigureList", null, 1, columns, rows, (r) =>
        mutedUnlessCanonical(r.statistic.documentId, ctx),
      ),
    ],
  );
}

function findingsSheet(findings: FindingRecord[], records: RecordsFile, ctx: Context): SheetSpec {
  const { l } = ctx;
  const h = l.columns.findings;
  const describe = refDescriber(records);
  const doc = (f: FindingRecord) =>
    f.documentId === null ? undefined : ctx.documents.get(f.documentId);
  const refLink = (f: FindingRecord, i: number): CellSpec => {
    const ref = f.refs[i];
    if (ref === undefined) return text(null);
    const anchor = ctx.anchors.get(ref);
    return anchor
      ? linkCell(l.rowLink(anchor.sheet, anchor.row), internalLink(anchor.sheet, anchor.row))
      : text(ref);
  };
  const columns: Column<FindingRecord>[] = [
    { header: h.rule, cell: (f) => text(f.rule) },
    { header: h.description, long: true, cell: (f) => text(l.rules[f.rule] ?? null) },
    {
      header: h.severity,
      cell: (f) => toned(text(l.severity[f.severity]), SEVERITY_TONE[f.severity]),
    },
    { header: h.file, cell: (f) => ctx.fileLink(doc(f), f.page) },
    { header: h.organisation, cell: (f) => text(doc(f)?.organisation ?? null) },
    { header: h.year, cell: (f) => integer(doc(f)?.year ?? null) },
    { header: h.page, cell: (f) => integer(f.page) },
    { header: h.message, long: true, cell: (f) => text(f.message) },
    { header: h.refs, long: true, cell: (f) => text(f.refs.map(describe).join("\n")) },
    ...Array.from(
      { length: FINDING_LINK_COLUMNS },
      (_, i): Column<FindingRecord> => ({ header: h.refLink(i + 1), cell: (f) => refLink(f, i) }),
    ),
    { header: h.rendition, cell: (f) => renditionCell(f.documentId, ctx) },
  ];
  return sheet(
    l.sheets.findings,
    [],
    [table("Findings", null, 1, columns, findings, (f) => mutedUnlessCanonical(f.documentId, ctx))],
  );
}

function followUpSheet(followUps: FollowUpRecord[], records: RecordsFile, ctx: Context): SheetSpec {
  const { l } = ctx;
  const h = l.columns.followUp;
  const pageOf = recordPages(records);
  const from = (f: FollowUpRecord) => ctx.documents.get(f.fromDocumentId);
  const to = (f: FollowUpRecord) =>
    f.toDocumentId === null ? undefined : ctx.documents.get(f.toDocumentId);
  const recordLink = (label: string | null, id: string | null): CellSpec => {
    const anchor = id === null ? undefined : ctx.anchors.get(id);
    return label !== null && anchor
      ? linkCell(label, internalLink(anchor.sheet, anchor.row))
      : text(label);
  };
  const columns: Column<FollowUpRecord>[] = [
    { header: h.kind, cell: (f) => text(l.followUpKind[f.kind]) },
    { header: h.organisation, cell: (f) => text(from(f)?.organisation ?? null) },
    { header: h.fromYear, cell: (f) => integer(from(f)?.year ?? null) },
    { header: h.fromFile, cell: (f) => ctx.fileLink(from(f), pageOf.get(f.fromId) ?? null) },
    { header: h.fromText, long: true, cell: (f) => recordLink(f.fromText, f.fromId) },
    { header: h.toYear, cell: (f) => integer(to(f)?.year ?? null) },
    {
      header: h.toFile,
      cell: (f) => ctx.fileLink(to(f), f.toId === null ? null : (pageOf.get(f.toId) ?? null)),
    },
    { header: h.toText, long: true, cell: (f) => recordLink(f.toText, f.toId) },
    { header: h.status, cell: (f) => toned(text(f.toStatus), statusTone(f.toStatus)) },
    {
      header: h.outcome,
      cell: (f) => toned(text(l.followUpOutcome[f.outcome]), OUTCOME_TONE[f.outcome]),
    },
    { header: h.score, cell: (f) => number(f.score, SCORE_FORMAT) },
  ];
  return sheet(l.sheets.followUp, [], [table("FollowUp", null, 1, columns, followUps)]);
}

type RunLogEntry = RunLogFile["files"][number];

function runLogSheet(
  files: RunLogEntry[],
  runLog: RunLogFile,
  ctx: Context,
  opts: WorkbookOptions,
): SheetSpec {
  const { l } = ctx;
  const h = l.columns.runLog;
  const columns: Column<RunLogEntry>[] = [
    {
      header: h.file,
      cell: (e) => linkCell(e.file, fileHref(opts.inputFolder, opts.outFolder, e.file, null)),
    },
    {
      header: h.status,
      cell: (e) => toned(text(l.status[e.status]), DOCUMENT_STATUS_TONE[e.status]),
    },
    { header: h.durationMs, cell: (e) => number(Math.round(e.durationMs), COUNT_FORMAT) },
    { header: h.pages, cell: (e) => integer(e.pageCount) },
    {
      header: h.problemCodes,
      cell: (e) => text([...new Set(e.problems.map((p) => p.code))].join(", ")),
    },
    { header: h.problems, long: true, cell: (e) => text(problemsText(e.problems)) },
  ];
  const r = l.runSummary;
  const t = runLog.totals;
  const summary: [string, CellSpec][] = [
    [r.startedAt, dateTime(runLog.startedAt)],
    [r.finishedAt, dateTime(runLog.finishedAt)],
    [r.durationS, number(Math.round(t.durationMs) / 1000, "#,##0.0")],
    [r.files, integer(t.files)],
    [r.ok, integer(t.ok)],
    [r.warning, toned(integer(t.warning), t.warning > 0 ? "neutral" : null)],
    [r.failed, toned(integer(t.failed), t.failed > 0 ? "bad" : null)],
    [r.activities, integer(t.activities)],
    [r.risks, integer(t.risks)],
    [r.measures, integer(t.measures)],
    [r.statistics, integer(t.statistics)],
    [r.findings, integer(t.findings)],
    [r.version, text(runLog.planpipeVersion)],
    [r.inputFolder, text(runLog.inputFolder)],
  ];
  const summaryColumns: Column<[string, CellSpec]>[] = [
    { header: l.columns.runSummary.item, cell: ([item]) => text(item) },
    { header: l.columns.runSummary.value, cell: ([, value]) => value },
  ];
  const [filesHeader = 1, summaryHeader = 1] = layoutTables(0, [
    { title: false, rows: files.length },
    { title: true, rows: summary.length },
  ]);
  return sheet(
    l.sheets.runLog,
    [],
    [
      table("RunLog", null, filesHeader, columns, files),
      table("RunSummary", r.title, summaryHeader, summaryColumns, summary),
    ],
  );
}

// ---------------------------------------------------------------------------------------------
// Helpers for the sheet definitions

function table<T>(
  id: string,
  title: string | null,
  headerRow: number,
  columns: Column<T>[],
  items: readonly T[],
  rowStyle: (item: T) => Pick<CellSpec, "muted"> = () => ({}),
): TableSpec & { long: boolean[] } {
  const rows = items.map((item) => {
    const style = rowStyle(item);
    // Most rows have no row style: their cells are used as they are, not copied.
    if (style.muted === undefined) return columns.map((c) => c.cell(item));
    return columns.map((c) => ({ ...c.cell(item), ...style }));
  });
  const names = tableColumnNames(columns.map((c) => c.header));
  return {
    id,
    title,
    headerRow,
    columns: columns.map((c, i) => ({
      header: names[i]!,
      wrap: (c.long ?? false) || rows.some((r) => isMultiline(r[i]?.value ?? null)),
    })),
    rows,
    long: columns.map((c) => c.long ?? false),
  };
}

/**
 * Excel table column names: one line, at most 255 characters, unique ignoring case (a period
 * label comes from a document and could break any of these).
 */
export function tableColumnNames(headers: readonly string[]): string[] {
  const seen = new Set<string>();
  return headers.map((header) => {
    const base = header.replace(/\s+/g, " ").trim().slice(0, 200) || "–";
    let name = base;
    for (let n = 2; seen.has(name.toLocaleLowerCase("sv")); n++) name = `${base} (${n})`;
    seen.add(name.toLocaleLowerCase("sv"));
    return name;
  });
}

/** Widths that fit every table's cells (and the navigation links) in each sheet column. */
function sheet(
  name: string,
  preamble: CellSpec[][],
  tables: (TableSpec & { long: boolean[] })[],
): SheetSpec {
  const widths: number[] = [];
  const widen = (col: number, width: number) => {
    widths[col] = Math.max(widths[col] ?? MIN_WIDTH, Math.min(MAX_WIDTH, width));
  };
  for (const t of tables) {
    t.columns.forEach((c, i) => {
      // Bold header text, and room for the filter button beside it.
      let widest = Math.ceil(displayLength(c.header) * 1.15) + 3;
      for (const row of t.rows) widest = Math.max(widest, displayLength(row[i]?.value ?? null) + 2);
      widen(i, t.long[i] ? LONG_TEXT_WIDTH : widest);
      if (!t.long[i] && widest > MAX_WIDTH) c.wrap = true;
    });
  }
  // Headings run over into the empty cells beside them; links must fit their own cell.
  for (const row of preamble) {
    row.forEach((cell, i) => {
      if (cell.link !== undefined) widen(i, displayLength(cell.value) + 2);
    });
  }
  const columnCount = Math.max(0, ...tables.map((t) => t.columns.length));
  for (let i = 0; i < columnCount; i++) widths[i] ??= MIN_WIDTH;
  const bare: TableSpec[] = tables.map(({ long: _long, ...t }) => t);
  return { name, preamble, tables: bare, widths, frozenRows: bare[0]?.headerRow ?? 1 };
}

function isMultiline(value: CellSpec["value"]): boolean {
  return typeof value === "string" && value.includes("\n");
}

function displayLength(value: CellSpec["value"]): number {
  if (value === null) return 0;
  if (value instanceof Date) return DATE_TIME_FORMAT.length;
  // Room for a thousands separator and decimals as the number format may show them.
  if (typeof value === "number") return String(value).length + 2;
  return Math.max(0, ...value.split("\n").map((line) => line.length));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

interface DocumentCounts {
  activities: number;
  risks: number;
  measures: number;
  statistics: number;
  error: number;
  warning: number;
  info: number;
}

function perDocumentCounts(records: RecordsFile): Map<string, DocumentCounts> {
  const counts = new Map<string, DocumentCounts>();
  const of = (id: string) => {
    let c = counts.get(id);
    if (!c) {
      c = { activities: 0, risks: 0, measures: 0, statistics: 0, error: 0, warning: 0, info: 0 };
      counts.set(id, c);
    }
    return c;
  };
  for (const a of records.activities) of(a.documentId).activities += 1;
  for (const r of records.risks) {
    of(r.documentId).risks += 1;
    of(r.documentId).measures += r.measures.length;
  }
  for (const st of records.statistics) of(st.documentId).statistics += 1;
  for (const f of records.findings) if (f.documentId !== null) of(f.documentId)[f.severity] += 1;
  return counts;
}

function sumOver(series: Series, counts: Map<string, DocumentCounts>, key: keyof DocumentCounts) {
  return series.documents.reduce((n, d) => n + (counts.get(d.id)?.[key] ?? 0), 0);
}

/** The findings about these records: worst severity, rules, a link to the first one. */
function findingsCell(ids: string[], ctx: Context): CellSpec {
  const seen = new Set<string>();
  const found: FindingRecord[] = [];
  for (const id of ids) {
    for (const f of ctx.findingsByRef.get(id) ?? []) {
      if (!seen.has(f.id)) {
        seen.add(f.id);
        found.push(f);
      }
    }
  }
  if (found.length === 0) return text(null);
  const worst = SEVERITY_ORDER.find((sev) => found.some((f) => f.severity === sev)) ?? "info";
  const rules = [...new Set(found.map((f) => f.rule))].sort(compareText);
  const shown = rules.slice(0, 2);
  const label = ctx.l.findingSummary(ctx.l.severity[worst], shown, rules.length - shown.length);
  const first = found.find((f) => f.severity === worst) ?? found[0]!;
  const row = ctx.findingRows.get(first.id);
  const cell =
    row === undefined ? text(label) : linkCell(label, internalLink(ctx.l.sheets.findings, row));
  return { ...cell, tone: SEVERITY_TONE[worst] };
}

function renditionCell(documentId: string | null, ctx: Context): CellSpec {
  return text(
    documentId !== null && !ctx.canonical.has(documentId) && ctx.documents.has(documentId)
      ? ctx.l.yes
      : null,
  );
}

function mutedUnlessCanonical(documentId: string | null, ctx: Context): Pick<CellSpec, "muted"> {
  return documentId !== null && ctx.documents.has(documentId) && !ctx.canonical.has(documentId)
    ? { muted: true }
    : {};
}

function quarterSpan(a: ActivityRecord, l: Labels): string | null {
  const first = a.start === null ? null : quarterOf(a.start);
  if (first === null) return null;
  const last = a.end === null ? null : quarterOf(a.end);
  const label = l.quarter(first.year, first.quarter);
  return last && (last.year !== first.year || last.quarter !== first.quarter)
    ? `${label}–${l.quarter(last.year, last.quarter)}`
    : label;
}

function problemsText(problems: readonly { message: string }[]): string | null {
  return problems.length === 0 ? null : problems.map((p) => p.message).join("\n");
}

/** Page of every record a follow-up can point at (activities, risks, measures). */
function recordPages(records: RecordsFile): Map<string, number | null> {
  const pages = new Map<string, number | null>();
  for (const a of records.activities) pages.set(a.id, a.page);
  for (const r of records.risks) {
    pages.set(r.id, r.page);
    for (const m of r.measures) pages.set(m.id, m.page ?? r.page);
  }
  return pages;
}

/** Record ids mean nothing to a reader; show what the record says, falling back to the id. */
function refDescriber(records: RecordsFile): (id: string) => string {
  const texts = new Map<string, string>();
  for (const d of records.documents) texts.set(d.id, d.file);
  for (const a of records.activities) texts.set(a.id, a.activity);
  for (const r of records.risks) {
    texts.set(r.id, r.risk);
    for (const m of r.measures) texts.set(m.id, m.measure);
  }
  for (const st of records.statistics) {
    texts.set(st.id, `${st.table} / ${st.row} / ${st.column}: ${st.raw}`);
  }
  for (const f of records.findings) texts.set(f.id, f.message);
  return (id) => texts.get(id) ?? id;
}

function formatUtc(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toISOString().slice(0, 16).replace("T", " ");
}

// ---------------------------------------------------------------------------------------------
// Cells

function text(value: string | null): CellSpec {
  return { value: value === null || value === "" ? null : value };
}

function toned(cell: CellSpec, tone: Tone | null): CellSpec {
  return tone === null || cell.value === null ? cell : { ...cell, tone };
}

function linkCell(label: string, href: string): CellSpec {
  return label === "" ? text(null) : { value: label, link: href };
}

function integer(value: number | null): CellSpec {
  return number(value, PLAIN_INTEGER_FORMAT);
}

function number(value: number | null, numFmt: string): CellSpec {
  return value === null || !Number.isFinite(value) ? text(null) : { value, numFmt };
}

/**
 * A number shown with `decimals` decimals, or as many as it has. Format codes are locale-neutral
 * ("." decimal, "," thousands), so a Swedish Excel shows 4.2 as "4,2" and 1234 as "1 234".
 */
function decimal(value: number | null, decimals?: number): CellSpec {
  if (value === null) return text(null);
  const places = Math.min(6, decimals ?? String(value).split(".")[1]?.length ?? 0);
  return number(value, places === 0 ? COUNT_FORMAT : `#,##0.${"0".repeat(places)}`);
}

/** Decimals as the document wrote them ("12,0 %" -> 1), so the sheet shows what the source showed. */
export function decimalsOfRaw(raw: string): number | undefined {
  const match = /\d,(\d+)(?!.*\d)/.exec(raw);
  if (match) return match[1]!.length;
  return /\d/.test(raw) && !/\d[.,]\d/.test(raw) ? 0 : undefined;
}

/** A real Excel date (UTC midnight); an impossible date such as 2024-02-30 stays visible as text. */
function date(iso: string | null): CellSpec {
  if (iso === null) return text(null);
  const [y, m, d] = iso.split("-").map(Number);
  if (y === undefined || m === undefined || d === undefined) return text(iso);
  const value = new Date(Date.UTC(y, m - 1, d));
  return value.toISOString().slice(0, 10) === iso ? { value, numFmt: DATE_FORMAT } : text(iso);
}

/** A timestamp as a real date-time, in UTC (Excel dates carry no time zone). */
function dateTime(iso: string): CellSpec {
  const value = new Date(iso);
  return Number.isNaN(value.getTime())
    ? text(iso)
    : { value: new Date(Math.round(value.getTime() / 1000) * 1000), numFmt: DATE_TIME_FORMAT };
}

/**
 * Relative link from the workbook's folder to an input file, so the output folder can move together
 * with the inputs. PDFs open at `page` in viewers that honour `#page=`.
 */
export function fileHref(
  inputFolder: string,
  outFolder: string,
  file: string,
  page: number | null,
): string {
  const relative = path.relative(outFolder, path.join(inputFolder, file)).split(path.sep).join("/");
  const encoded = relative.split("/").map(encodePathSegment).join("/");
  // Windows: another drive has no relative path.
  const href = path.isAbsolute(relative) ? `file:///${encoded}` : encoded;
  return withPage(href, page);
}

function withPage(href: string, page: number | null): string {
  return page === null ? href : `${href}#page=${page}`;
}

/**
 * The relationship target must be a valid URI: Excel refuses a file whose link contains a raw
 * space. Non-ASCII letters (å, ä, ö) are left as they are, as Excel itself writes them.
 */
function encodePathSegment(segment: string): string {
  let out = "";
  for (const ch of segment) {
    const code = ch.codePointAt(0)!;
    const unsafe = code <= 0x20 || code === 0x7f || `"#%<>?[\\]^\`{|}`.includes(ch);
    out += unsafe ? `%${code.toString(16).toUpperCase().padStart(2, "0")}` : ch;
  }
  return out;
}
