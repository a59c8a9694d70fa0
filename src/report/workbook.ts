// The auditors' workbook (oversikt.xlsx). Built in two steps: records -> plain sheet specs
// (pure, all decisions about content, order, formats and widths), then specs -> exceljs.
import path from "node:path";
import ExcelJS from "exceljs";
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
import { type Labels, type Locale, labels } from "./labels.js";

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
  /** Hyperlink target; only set on non-empty text cells. */
  link?: string;
  numFmt?: string;
}

export interface ColumnSpec {
  header: string;
  /** In characters. */
  width: number;
  wrap: boolean;
}

export interface SheetSpec {
  name: string;
  columns: ColumnSpec[];
  rows: CellSpec[][];
}

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
const LONG_TEXT_WIDTH = 50;
/** Excel refuses longer cell text. */
const MAX_CELL_CHARS = 32_767;
const DATE_FORMAT = "yyyy-mm-dd";
/** No thousands separator: years and page numbers must not read "2 024". */
const PLAIN_INTEGER_FORMAT = "0";
const LINK_COLOUR = "FF0563C1";

export function buildWorkbook(
  records: RecordsFile,
  runLog: RunLogFile,
  opts: WorkbookOptions,
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "planpipe";
  // The run's own timestamp rather than "now", so the same records give the same workbook.
  const generated = new Date(records.generatedAt);
  if (!Number.isNaN(generated.getTime())) {
    wb.created = generated;
    wb.modified = generated;
  }
  for (const spec of buildSheetSpecs(records, runLog, opts)) renderSheet(wb, spec);
  return wb;
}

export async function workbookBuffer(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer: ArrayBuffer | Uint8Array = await wb.xlsx.writeBuffer();
  return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
}

// ---------------------------------------------------------------------------------------------
// Records -> sheet specs (pure)

interface Column<T> {
  header: string;
  /** Free text that is usually long: fixed width, wrapped. */
  long?: boolean;
  cell: (item: T) => CellSpec;
}

interface SortKey {
  file: string | null;
  page: number | null;
}

/** Everything the column definitions need to know beyond the row itself. */
interface Context {
  l: Labels;
  documents: Map<string, DocumentRecord>;
  /** Hyperlink to an input file, at `page` where the file is a PDF and the page is known. */
  link: (doc: DocumentRecord | undefined, page: number | null) => CellSpec;
  fileOf: (documentId: string | null) => string | null;
}

export function buildSheetSpecs(
  records: RecordsFile,
  runLog: RunLogFile,
  opts: WorkbookOptions,
): SheetSpec[] {
  const l = labels[opts.locale ?? "sv"];
  const documents = new Map(records.documents.map((d) => [d.id, d]));
  const ctx: Context = {
    l,
    documents,
    link: (doc, page) =>
      doc
        ? linkCell(
            doc.file,
            fileHref(
              opts.inputFolder,
              opts.outFolder,
              doc.file,
              doc.format === "pdf" ? page : null,
            ),
          )
        : text(null),
    fileOf: (id) => (id === null ? null : (documents.get(id)?.file ?? null)),
  };
  return [
    documentsSheet(records, ctx),
    activitiesSheet(records, ctx),
    risksSheet(records, ctx),
    statisticsSheet(records, ctx),
    findingsSheet(records, ctx),
    followUpSheet(records, ctx),
    runLogSheet(runLog, ctx, opts),
  ];
}

function documentsSheet(records: RecordsFile, ctx: Context): SheetSpec {
  const { l } = ctx;
  const h = l.columns.documents;
  const count = <T extends { documentId: string | null }>(
    items: T[],
    weight: (item: T) => number = () => 1,
  ) => {
    const counts = new Map<string, number>();
    for (const item of items) {
      if (item.documentId !== null)
        counts.set(item.documentId, (counts.get(item.documentId) ?? 0) + weight(item));
    }
    return (id: string) => integer(counts.get(id) ?? 0);
  };
  const activities = count(records.activities);
  const risks = count(records.risks);
  const measures = count(records.risks, (r) => r.measures.length);
  const statistics = count(records.statistics);
  const findings = count(records.findings);
  const byFileOrId = new Map<string, DocumentRecord>();
  for (const d of records.documents) byFileOrId.set(d.file, d);
  for (const d of records.documents) byFileOrId.set(d.id, d);

  const columns: Column<DocumentRecord>[] = [
    { header: h.file, cell: (d) => ctx.link(d, null) },
    { header: h.format, cell: (d) => text(l.documentFormat[d.format]) },
    { header: h.type, cell: (d) => text(l.documentType[d.type]) },
    { header: h.title, cell: (d) => text(d.title) },
    { header: h.organisation, cell: (d) => text(d.organisation) },
    { header: h.year, cell: (d) => integer(d.year) },
    { header: h.status, cell: (d) => text(l.status[d.status]) },
    { header: h.pages, cell: (d) => integer(d.pageCount) },
    { header: h.activities, cell: (d) => activities(d.id) },
    { header: h.risks, cell: (d) => risks(d.id) },
    { header: h.measures, cell: (d) => measures(d.id) },
    { header: h.statistics, cell: (d) => statistics(d.id) },
    { header: h.findings, cell: (d) => findings(d.id) },
    { header: h.problems, cell: (d) => text(problemsText(d.problems)) },
    {
      header: h.renditionOf,
      cell: (d) => {
        if (d.renditionOf === null) return text(null);
        // The schema leaves open whether this names a file or an id; accept either.
        const other = byFileOrId.get(d.renditionOf);
        return other ? ctx.link(other, null) : text(d.renditionOf);
      },
    },
  ];
  return sheet(
    l.sheets.documents,
    columns,
    sortRows(records.documents, (d) => ({ file: d.file, page: null })),
  );
}

function activitiesSheet(records: RecordsFile, ctx: Context): SheetSpec {
  const h = ctx.l.columns.activities;
  const columns: Column<ActivityRecord>[] = [
    { header: h.file, cell: (a) => ctx.link(ctx.documents.get(a.documentId), a.page) },
    { header: h.page, cell: (a) => integer(a.page) },
    { header: h.section, cell: (a) => text(a.section) },
    { header: h.when, cell: (a) => text(a.when) },
    { header: h.start, cell: (a) => date(a.start) },
    { header: h.end, cell: (a) => date(a.end) },
    { header: h.activity, long: true, cell: (a) => text(a.activity) },
    { header: h.purpose, long: true, cell: (a) => text(a.purpose) },
    { header: h.targetGroups, cell: (a) => text(a.targetGroups.join("; ")) },
    { header: h.responsible, cell: (a) => text(a.responsible) },
    { header: h.initials, cell: (a) => text(a.responsibleInitials.join(", ")) },
    { header: h.channel, cell: (a) => text(a.channel) },
  ];
  return sheet(
    ctx.l.sheets.activities,
    columns,
    sortRows(records.activities, (a) => ({ file: ctx.fileOf(a.documentId), page: a.page })),
  );
}

interface RiskRow {
  risk: RiskRecord;
  /** Null for a risk without measures, which still gets its row. */
  measure: MeasureRecord | null;
}

function risksSheet(records: RecordsFile, ctx: Context): SheetSpec {
  const { l } = ctx;
  const h = l.columns.risks;
  const rows: RiskRow[] = records.risks.flatMap((risk): RiskRow[] =>
    risk.measures.length === 0
      ? [{ risk, measure: null }]
      : risk.measures.map((measure) => ({ risk, measure })),
  );
  const page = (r: RiskRow) => r.measure?.page ?? r.risk.page;
  const columns: Column<RiskRow>[] = [
    { header: h.file, cell: (r) => ctx.link(ctx.documents.get(r.risk.documentId), page(r)) },
    { header: h.page, cell: (r) => integer(page(r)) },
    { header: h.section, cell: (r) => text(l.riskSection[r.risk.section]) },
    { header: h.risk, long: true, cell: (r) => text(r.risk.risk) },
    { header: h.level, cell: (r) => decimal(r.risk.level) },
    { header: h.measure, long: true, cell: (r) => text(r.measure?.measure ?? null) },
    { header: h.status, cell: (r) => text(r.measure?.status ?? null) },
    { header: h.endDate, cell: (r) => date(r.measure?.endDate ?? null) },
    { header: h.owner, cell: (r) => text(r.measure?.owner ?? null) },
    { header: h.desiredEffect, long: true, cell: (r) => text(r.measure?.desiredEffect ?? null) },
  ];
  return sheet(
    l.sheets.risks,
    columns,
    sortRows(rows, (r) => ({ file: ctx.fileOf(r.risk.documentId), page: page(r) })),
  );
}

function statisticsSheet(records: RecordsFile, ctx: Context): SheetSpec {
  const h = ctx.l.columns.statistics;
  const columns: Column<StatisticRecord>[] = [
    { header: h.file, cell: (s) => ctx.link(ctx.documents.get(s.documentId), s.page) },
    { header: h.page, cell: (s) => integer(s.page) },
    { header: h.table, cell: (s) => text(s.table) },
    { header: h.row, cell: (s) => text(s.row) },
    { header: h.column, cell: (s) => text(s.column) },
    { header: h.value, cell: (s) => decimal(s.value, decimalsOfRaw(s.raw)) },
    { header: h.unit, cell: (s) => text(s.unit) },
    { header: h.raw, cell: (s) => text(s.raw) },
  ];
  return sheet(
    ctx.l.sheets.statistics,
    columns,
    sortRows(records.statistics, (s) => ({ file: ctx.fileOf(s.documentId), page: s.page })),
  );
}

function findingsSheet(records: RecordsFile, ctx: Context): SheetSpec {
  const { l } = ctx;
  const h = l.columns.findings;
  const describe = refDescriber(records);
  const columns: Column<FindingRecord>[] = [
    { header: h.rule, cell: (f) => text(f.rule) },
    { header: h.severity, cell: (f) => text(l.severity[f.severity]) },
    {
      header: h.file,
      cell: (f) =>
        ctx.link(f.documentId === null ? undefined : ctx.documents.get(f.documentId), f.page),
    },
    { header: h.page, cell: (f) => integer(f.page) },
    { header: h.message, long: true, cell: (f) => text(f.message) },
    { header: h.refs, cell: (f) => text(f.refs.map(describe).join("; ")) },
  ];
  return sheet(
    l.sheets.findings,
    columns,
    sortRows(records.findings, (f) => ({ file: ctx.fileOf(f.documentId), page: f.page })),
  );
}

function followUpSheet(records: RecordsFile, ctx: Context): SheetSpec {
  const { l } = ctx;
  const h = l.columns.followUp;
  const pageOf = recordPages(records);
  const fromPage = (f: FollowUpRecord) => pageOf.get(f.fromId) ?? null;
  const toPage = (f: FollowUpRecord) => (f.toId === null ? null : (pageOf.get(f.toId) ?? null));
  const columns: Column<FollowUpRecord>[] = [
    { header: h.kind, cell: (f) => text(l.followUpKind[f.kind]) },
    { header: h.fromFile, cell: (f) => ctx.link(ctx.documents.get(f.fromDocumentId), fromPage(f)) },
    { header: h.fromPage, cell: (f) => integer(fromPage(f)) },
    { header: h.fromText, long: true, cell: (f) => text(f.fromText) },
    {
      header: h.toFile,
      cell: (f) =>
        ctx.link(
          f.toDocumentId === null ? undefined : ctx.documents.get(f.toDocumentId),
          toPage(f),
        ),
    },
    { header: h.toPage, cell: (f) => integer(toPage(f)) },
    { header: h.toText, long: true, cell: (f) => text(f.toText) },
    { header: h.status, cell: (f) => text(f.toStatus) },
    { header: h.outcome, cell: (f) => text(l.followUpOutcome[f.outcome]) },
    { header: h.score, cell: (f) => number(f.score, "0.00") },
  ];
  return sheet(
    l.sheets.followUp,
    columns,
    sortRows(records.followUp, (f) => ({ file: ctx.fileOf(f.fromDocumentId), page: fromPage(f) })),
  );
}

type RunLogEntry = RunLogFile["files"][number];

function runLogSheet(runLog: RunLogFile, ctx: Context, opts: WorkbookOptions): SheetSpec {
  const { l } = ctx;
  const h = l.columns.runLog;
  const columns: Column<RunLogEntry>[] = [
    {
      header: h.file,
      cell: (e) => linkCell(e.file, fileHref(opts.inputFolder, opts.outFolder, e.file, null)),
    },
    { header: h.status, cell: (e) => text(l.status[e.status]) },
    { header: h.durationMs, cell: (e) => number(Math.round(e.durationMs), "#,##0") },
    { header: h.pages, cell: (e) => integer(e.pageCount) },
    { header: h.problems, cell: (e) => text(problemsText(e.problems)) },
  ];
  return sheet(
    l.sheets.runLog,
    columns,
    sortRows(runLog.files, (e) => ({ file: e.file, page: null })),
  );
}

// ---------------------------------------------------------------------------------------------
// Helpers for the sheet definitions

function sheet<T>(name: string, columns: Column<T>[], items: T[]): SheetSpec {
  const rows = items.map((item) => columns.map((c) => c.cell(item)));
  return {
    name,
    columns: columns.map((c, i) =>
      fitColumn(
        c.header,
        rows.map((r) => r[i] ?? text(null)),
        c.long ?? false,
      ),
    ),
    rows,
  };
}

function fitColumn(header: string, cells: CellSpec[], long: boolean): ColumnSpec {
  let widest = displayLength(header);
  let multiline = false;
  for (const cell of cells) {
    widest = Math.max(widest, displayLength(cell.value));
    if (typeof cell.value === "string" && cell.value.includes("\n")) multiline = true;
  }
  if (long) return { header, width: LONG_TEXT_WIDTH, wrap: true };
  const width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
  // Wrap rather than hide what does not fit, and show line breaks as breaks.
  return { header, width, wrap: multiline || widest + 2 > MAX_WIDTH };
}

function displayLength(value: CellSpec["value"]): number {
  if (value === null) return 0;
  if (value instanceof Date) return DATE_FORMAT.length;
  // Room for a thousands separator and decimals as the number format may show them.
  if (typeof value === "number") return String(value).length + 2;
  return Math.max(0, ...value.split("\n").map((line) => line.length));
}

const collator = new Intl.Collator("sv", { numeric: true });

/** By file, then page, then the records' own order; rows without a file or page go last. */
function sortRows<T>(items: readonly T[], key: (item: T) => SortKey): T[] {
  return items
    .map((item, index) => ({ item, index, key: key(item) }))
    .sort((a, b) => {
      const byFile = compareNullsLast(
        a.key.file,
        b.key.file,
        (x, y) => collator.compare(x, y) || (x < y ? -1 : x > y ? 1 : 0),
      );
      if (byFile !== 0) return byFile;
      const byPage = compareNullsLast(a.key.page, b.key.page, (x, y) => x - y);
      return byPage !== 0 ? byPage : a.index - b.index;
    })
    .map((entry) => entry.item);
}

function compareNullsLast<V>(a: V | null, b: V | null, compare: (a: V, b: V) => number): number {
  if (a === null) return b === null ? 0 : 1;
  if (b === null) return -1;
  return compare(a, b);
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
  for (const s of records.statistics) texts.set(s.id, `${s.table} / ${s.row} / ${s.column}`);
  for (const f of records.findings) texts.set(f.id, f.message);
  return (id) => texts.get(id) ?? id;
}

// ---------------------------------------------------------------------------------------------
// Cells

function text(value: string | null): CellSpec {
  return { value: value === null || value === "" ? null : value };
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
  return number(value, places === 0 ? "#,##0" : `#,##0.${"0".repeat(places)}`);
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

/**
 * Text exactly as the document had it. Excel (and exceljs on reading) decodes "_xHHHH_" in stored
 * text as an escaped character, so a literal one is escaped; over-long text is cut to Excel's limit.
 */
export function excelText(value: string): string {
  let t = value;
  if (t.length > MAX_CELL_CHARS) {
    let end = MAX_CELL_CHARS - 1;
    const last = t.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff) end -= 1; // do not split a surrogate pair
    t = `${t.slice(0, end)}…`;
  }
  return t.replace(/_x[0-9a-f]{4}_/gi, (m) => `_x005F${m}`);
}

// ---------------------------------------------------------------------------------------------
// Specs -> exceljs

function renderSheet(wb: ExcelJS.Workbook, spec: SheetSpec): void {
  const ws = wb.addWorksheet(spec.name, { views: [{ state: "frozen", xSplit: 0, ySplit: 1 }] });
  ws.columns = spec.columns.map((c) => ({ width: c.width }));

  const header = ws.getRow(1);
  spec.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = excelText(c.header);
    cell.font = { bold: true };
    cell.alignment = { vertical: "top", wrapText: true };
  });

  spec.rows.forEach((cells, r) => {
    const row = ws.getRow(r + 2);
    cells.forEach((cellSpec, c) => {
      const column = spec.columns[c];
      const cell = row.getCell(c + 1);
      const value = typeof cellSpec.value === "string" ? excelText(cellSpec.value) : cellSpec.value;
      if (cellSpec.link !== undefined && typeof value === "string") {
        cell.value = { text: value, hyperlink: cellSpec.link };
        cell.font = { color: { argb: LINK_COLOUR }, underline: true };
      } else {
        cell.value = value;
      }
      if (cellSpec.numFmt !== undefined) cell.numFmt = cellSpec.numFmt;
      cell.alignment = { vertical: "top", wrapText: column?.wrap ?? false };
    });
  });

  if (spec.columns.length > 0) {
    ws.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: spec.rows.length + 1, column: spec.columns.length },
    };
  }
}
