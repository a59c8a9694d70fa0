// The dashboard (oversikt.html): one self-contained page with charts drawn as inline SVG and the
// key numbers beside them. No script, no network (a Content-Security-Policy forbids both), so
// it opens offline, in a mail attachment, or printed.
import type {
  ActivityRecord,
  DocumentRecord,
  FindingRecord,
  FollowUpRecord,
  RecordsFile,
  RiskRecord,
  RunLogFile,
} from "../model/records.js";
import { renderChart, type StackedBars, stackedBarOption } from "./charts.js";
import { type Labels, type Locale, labels } from "./labels.js";
import { compareNullsLast, compareText } from "./order.js";
import { canonicalRecords, quartersBetween, seriesKey } from "./series.js";
import {
  CHART_TONE,
  OUTCOME_ORDER,
  OUTCOME_TONE,
  RISK_BAND_TONE,
  RISK_BANDS,
  type RiskBand,
  riskBand,
  SEVERITY_ORDER,
  SEVERITY_TONE,
  type Tone,
} from "./tones.js";

export interface DashboardOptions {
  locale?: Locale;
}

const CHART_WIDTH = 720;
/** Distinct colours for categories without a meaning of their own (rules, target groups). */
const PALETTE = [
  "#4a6fa5",
  "#e07a5f",
  "#3d9970",
  "#b07aa1",
  "#f2a541",
  "#5fa8d3",
  "#9c755f",
  "#8d99ae",
  "#c9a227",
  "#6a4c93",
];
const OTHER_COLOUR = "#bfc5cc";
const MAX_TARGET_GROUPS = 7;

export function buildDashboard(
  records: RecordsFile,
  runLog: RunLogFile,
  opts: DashboardOptions = {},
): string {
  const l = labels[opts.locale ?? "sv"];
  // Renditions (the Word original and its PDF) count once.
  const r = canonicalRecords(records);
  const fmt = new Intl.NumberFormat(l.languageTag, { maximumFractionDigits: 1 });
  const sections = [
    findingsSection(r, l, fmt),
    activitiesSection(r, l, fmt),
    risksSection(r, l, fmt),
    followUpSection(r, l, fmt),
  ];
  const d = l.dashboard;
  return `<!doctype html>
<html lang="${l.languageTag.slice(0, 2)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="planpipe ${esc(runLog.planpipeVersion)}">
<title>${esc(d.title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${esc(d.title)}</h1>
<p class="meta">${esc(d.generated(formatUtc(records.generatedAt), runLog.planpipeVersion))}</p>
</header>
<main>
${cards(records, r, l, fmt)}
${sections.join("\n")}
</main>
<footer><p>${esc(d.footer)}</p></footer>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------
// Sections

function cards(all: RecordsFile, r: RecordsFile, l: Labels, fmt: Intl.NumberFormat): string {
  const c = l.dashboard.cards;
  const measures = r.risks.reduce((n, risk) => n + risk.measures.length, 0);
  const bySeverity = SEVERITY_ORDER.map((s) => ({
    s,
    n: r.findings.filter((f) => f.severity === s).length,
  }));
  const followed = r.followUp.filter((f) => f.outcome === "followed-up").length;
  const card = (label: string, value: string, note: string, tone: Tone | null = null) =>
    `<div class="card${tone ? ` tone-${tone}` : ""}"><div class="value">${esc(value)}</div><div class="label">${esc(label)}</div>${note ? `<div class="note">${esc(note)}</div>` : ""}</div>`;
  const worst = bySeverity.find((x) => x.n > 0);
  return `<section class="cards">
${card(c.documents, fmt.format(r.documents.length), c.documentsNote(all.documents.length))}
${card(c.activities, fmt.format(r.activities.length), "")}
${card(c.risks, fmt.format(r.risks.length), "")}
${card(c.measures, fmt.format(measures), "")}
${card(
  c.findings,
  fmt.format(r.findings.length),
  bySeverity.map((x) => `${l.severity[x.s]} ${fmt.format(x.n)}`).join(" · "),
  worst ? SEVERITY_TONE[worst.s] : "good",
)}
${card(c.followUp, `${fmt.format(followed)} / ${fmt.format(r.followUp.length)}`, "")}
</section>`;
}

function findingsSection(r: RecordsFile, l: Labels, fmt: Intl.NumberFormat): string {
  const d = l.dashboard;
  const names = documentLabels(r.documents);
  const docs = [...r.documents].sort((a, b) => compareText(a.file, b.file));
  const rows = docs.map((doc) => {
    const fs = r.findings.filter((f) => f.documentId === doc.id);
    return { label: names.get(doc.id)!, findings: fs };
  });
  const loose = r.findings.filter((f) => f.documentId === null);
  if (loose.length > 0) rows.push({ label: "–", findings: loose });

  const table = htmlTable(
    [d.columns.document, ...SEVERITY_ORDER.map((s) => l.severity[s]), d.columns.total],
    rows.map((row) => [
      { text: row.label },
      ...SEVERITY_ORDER.map((s) =>
        countCell(row.findings, (f) => f.severity === s, SEVERITY_TONE[s], fmt),
      ),
      { text: fmt.format(row.findings.length), numeric: true },
    ]),
  );
  const charted = rows.filter((row) => row.findings.length > 0);
  if (charted.length === 0)
    return section("findings", d.findingsTitle, d.findingsIntro, empty(d.findingsNone), table);
  const rules = [...new Set(r.findings.map((f) => f.rule))].sort(compareText);
  const chart = barFigure(
    {
      categories: charted.map((row) => row.label),
      series: rules.map((rule, i) => ({
        name: rule,
        colour: PALETTE[i % PALETTE.length]!,
        values: charted.map(
          (row) => row.findings.filter((f: FindingRecord) => f.rule === rule).length,
        ),
      })),
      horizontal: true,
      labelWidth: 230,
    },
    60 + 40 * charted.length,
    "findings",
    d.findingsTitle,
  );
  return section("findings", d.findingsTitle, d.findingsIntro, chart, table);
}

function activitiesSection(r: RecordsFile, l: Labels, fmt: Intl.NumberFormat): string {
  const d = l.dashboard;
  const dated: { activity: ActivityRecord; quarters: string[]; sortKeys: number[] }[] = [];
  let undated = 0;
  for (const activity of r.activities) {
    const quarters = activity.start === null ? [] : quartersBetween(activity.start, activity.end);
    if (quarters.length === 0) {
      undated += 1;
      continue;
    }
    dated.push({
      activity,
      quarters: quarters.map((q) => l.quarter(q.year, q.quarter)),
      sortKeys: quarters.map((q) => q.year * 10 + q.quarter),
    });
  }
  const undatedNote = undated > 0 ? `<p class="note">${esc(d.activitiesUndated(undated))}</p>` : "";
  if (dated.length === 0) {
    return section(
      "activities",
      d.activitiesTitle,
      d.activitiesIntro,
      empty(d.activitiesNone) + undatedNote,
      "",
    );
  }
  const quarterKeys = new Map<string, number>();
  for (const x of dated) {
    x.quarters.forEach((q, i) => {
      quarterKeys.set(q, x.sortKeys[i]!);
    });
  }
  const quarters = [...quarterKeys.keys()].sort(
    (a, b) => quarterKeys.get(a)! - quarterKeys.get(b)!,
  );

  // Target groups by how often they occur; the long tail goes into one "other" group.
  const groupOf = (g: string) => g.trim() || d.noTargetGroup;
  const totals = new Map<string, number>();
  for (const x of dated) {
    const groups =
      x.activity.targetGroups.length > 0 ? x.activity.targetGroups.map(groupOf) : [d.noTargetGroup];
    for (const g of new Set(groups)) totals.set(g, (totals.get(g) ?? 0) + 1);
  }
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
  const shown = ranked.slice(0, MAX_TARGET_GROUPS).map(([g]) => g);
  const bucket = (g: string) => (shown.includes(g) ? g : d.otherTargetGroups);
  const buckets = ranked.length > shown.length ? [...shown, d.otherTargetGroups] : shown;

  const counts = new Map<string, number[]>(buckets.map((b) => [b, quarters.map(() => 0)]));
  const perQuarter = quarters.map(() => 0);
  for (const x of dated) {
    const groups =
      x.activity.targetGroups.length > 0 ? x.activity.targetGroups.map(groupOf) : [d.noTargetGroup];
    for (const q of x.quarters) {
      const qi = quarters.indexOf(q);
      perQuarter[qi]! += 1;
      for (const b of new Set(groups.map(bucket))) counts.get(b)![qi]! += 1;
    }
  }
  const chart = barFigure(
    {
      categories: quarters,
      series: buckets.map((b, i) => ({
        name: b,
        colour: b === d.otherTargetGroups ? OTHER_COLOUR : PALETTE[i % PALETTE.length]!,
        values: counts.get(b)!,
      })),
      horizontal: false,
      labelWidth: 70,
    },
    320,
    "activities",
    d.activitiesTitle,
  );
  const table = htmlTable(
    [d.columns.quarter, d.columns.activities],
    quarters.map((q, i) => [{ text: q }, { text: fmt.format(perQuarter[i]!), numeric: true }]),
  );
  return section("activities", d.activitiesTitle, d.activitiesIntro, chart + undatedNote, table);
}

function risksSection(r: RecordsFile, l: Labels, fmt: Intl.NumberFormat): string {
  const d = l.dashboard;
  const docs = new Map(r.documents.map((doc) => [doc.id, doc]));
  interface Group {
    key: string;
    doc: DocumentRecord;
    section: RiskRecord["section"];
    risks: RiskRecord[];
  }
  const groups = new Map<string, Group>();
  for (const risk of r.risks) {
    const doc = docs.get(risk.documentId);
    if (!doc) continue;
    const key = `${seriesKey(doc)}\u0000${doc.year ?? ""}\u0000${doc.id}\u0000${risk.section}`;
    let g = groups.get(key);
    if (!g) {
      g = { key, doc, section: risk.section, risks: [] };
      groups.set(key, g);
    }
    g.risks.push(risk);
  }
  const sectionOrder: RiskRecord["section"][] = ["evaluation", "reported", "other"];
  const ordered = [...groups.values()].sort(
    (a, b) =>
      compareNullsLast(a.doc.organisation, b.doc.organisation, compareText) ||
      compareText(a.doc.type, b.doc.type) ||
      compareNullsLast(a.doc.year, b.doc.year, (x, y) => x - y) ||
      compareText(a.doc.file, b.doc.file) ||
      sectionOrder.indexOf(a.section) - sectionOrder.indexOf(b.section),
  );
  if (ordered.length === 0)
    return section("risks", d.risksTitle, d.risksIntro, empty(d.risksNone), matrix(l));

  const label = (g: Group) =>
    `${g.doc.organisation ?? l.unknownOrganisation}\n${g.doc.year ?? ""} · ${l.riskSection[g.section].toLowerCase()}`;
  const bandCount = (g: Group, band: RiskBand | null) =>
    g.risks.filter((risk) => riskBand(risk.level) === band).length;
  const series = RISK_BANDS.map((band) => ({
    name: l.riskBand[band],
    colour: CHART_TONE[RISK_BAND_TONE[band]],
    values: ordered.map((g) => bandCount(g, band)),
  }));
  const noLevel = ordered.map((g) => bandCount(g, null));
  if (noLevel.some((n) => n > 0)) series.push({ name: "–", colour: OTHER_COLOUR, values: noLevel });
  const chart = barFigure(
    { categories: ordered.map(label), series, horizontal: true, labelWidth: 230 },
    60 + 48 * ordered.length,
    "risks",
    d.risksTitle,
  );
  const table = htmlTable(
    [d.columns.series, d.columns.year, d.columns.risks, d.columns.maxLevel, d.columns.meanLevel],
    ordered.map((g) => {
      const levels = g.risks.map((risk) => risk.level).filter((v): v is number => v !== null);
      const max = levels.length > 0 ? Math.max(...levels) : null;
      const mean = levels.length > 0 ? levels.reduce((a, b) => a + b, 0) / levels.length : null;
      const band = riskBand(max);
      return [
        {
          text: `${g.doc.organisation ?? l.unknownOrganisation} (${l.riskSection[g.section].toLowerCase()})`,
        },
        { text: g.doc.year === null ? "" : String(g.doc.year), numeric: true },
        { text: fmt.format(g.risks.length), numeric: true },
        {
          text: max === null ? "" : fmt.format(max),
          numeric: true,
          tone: band === null ? null : RISK_BAND_TONE[band],
        },
        { text: mean === null ? "" : fmt.format(mean), numeric: true },
      ];
    }),
  );
  return section("risks", d.risksTitle, d.risksIntro, chart, table + matrix(l));
}

function followUpSection(r: RecordsFile, l: Labels, fmt: Intl.NumberFormat): string {
  const d = l.dashboard;
  const docs = new Map(r.documents.map((doc) => [doc.id, doc]));
  interface Group {
    label: string;
    sort: [string, number, string];
    items: FollowUpRecord[];
  }
  const groups = new Map<string, Group>();
  for (const f of r.followUp) {
    const from = docs.get(f.fromDocumentId);
    const to = f.toDocumentId === null ? undefined : docs.get(f.toDocumentId);
    const organisation = from?.organisation ?? l.unknownOrganisation;
    const years = `${from?.year ?? "?"} → ${to?.year ?? (from?.year != null ? from.year + 1 : "?")}`;
    const label = `${organisation}\n${years} · ${l.followUpKind[f.kind].toLowerCase()}`;
    let g = groups.get(label);
    if (!g) {
      g = { label, sort: [organisation, from?.year ?? 0, f.kind], items: [] };
      groups.set(label, g);
    }
    g.items.push(f);
  }
  const ordered = [...groups.values()].sort(
    (a, b) =>
      compareText(a.sort[0], b.sort[0]) ||
      a.sort[1] - b.sort[1] ||
      compareText(a.sort[2], b.sort[2]),
  );
  if (ordered.length === 0)
    return section("followup", d.followUpTitle, d.followUpIntro, empty(d.followUpNone), "");
  const chart = barFigure(
    {
      categories: ordered.map((g) => g.label),
      series: OUTCOME_ORDER.map((outcome) => ({
        name: l.followUpOutcome[outcome],
        colour: CHART_TONE[OUTCOME_TONE[outcome]],
        values: ordered.map((g) => g.items.filter((f) => f.outcome === outcome).length),
      })),
      horizontal: true,
      labelWidth: 230,
    },
    60 + 48 * ordered.length,
    "followup",
    d.followUpTitle,
  );
  const table = htmlTable(
    [d.columns.fromTo, ...OUTCOME_ORDER.map((o) => l.followUpOutcome[o])],
    ordered.map((g) => [
      { text: g.label.replace("\n", " ") },
      ...OUTCOME_ORDER.map((o) => countCell(g.items, (f) => f.outcome === o, OUTCOME_TONE[o], fmt)),
    ]),
  );
  return section("followup", d.followUpTitle, d.followUpIntro, chart, table);
}

// ---------------------------------------------------------------------------------------------
// HTML pieces

interface TableCell {
  text: string;
  numeric?: boolean;
  tone?: Tone | null;
}

function section(id: string, title: string, intro: string, chart: string, side: string): string {
  return `<section class="panel" id="${id}">
<h2>${esc(title)}</h2>
<p class="intro">${esc(intro)}</p>
<div class="row"><div class="chart">${chart}</div><div class="side">${side}</div></div>
</section>`;
}

/** A stacked bar chart as inline SVG, with its legend in HTML below it. */
function barFigure(bars: StackedBars, height: number, key: string, title: string): string {
  const svg = renderChart(stackedBarOption(bars), CHART_WIDTH, height, key);
  const items = bars.series
    .map(
      (s) =>
        `<li><span class="swatch" style="background:${esc(s.colour)}"></span>${esc(s.name)}</li>`,
    )
    .join("");
  return `<figure role="img" aria-label="${esc(title)}">${svg}<ul class="legend">${items}</ul></figure>`;
}

function empty(message: string): string {
  return `<p class="empty">${esc(message)}</p>`;
}

function htmlTable(headers: string[], rows: TableCell[][]): string {
  const head = headers.map((h, i) => `<th${i > 0 ? ' class="num"' : ""}>${esc(h)}</th>`).join("");
  const body = rows
    .map(
      (row) =>
        `<tr>${row
          .map((c) => {
            const cls = [c.numeric ? "num" : "", c.tone ? `tone-${c.tone}` : ""]
              .filter(Boolean)
              .join(" ");
            return `<td${cls ? ` class="${cls}"` : ""}>${esc(c.text)}</td>`;
          })
          .join("")}</tr>`,
    )
    .join("\n");
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function countCell<T>(
  items: T[],
  test: (item: T) => boolean,
  tone: Tone,
  fmt: Intl.NumberFormat,
): TableCell {
  const n = items.filter(test).length;
  return { text: fmt.format(n), numeric: true, tone: n > 0 ? tone : null };
}

/** The 4×4 matrix the risk colours come from: level = probability × consequence. */
function matrix(l: Labels): string {
  const d = l.dashboard;
  const rows: string[] = [];
  for (let consequence = 4; consequence >= 1; consequence--) {
    const cells: string[] = [];
    for (let probability = 1; probability <= 4; probability++) {
      const level = probability * consequence;
      const band = riskBand(level)!;
      cells.push(
        `<td class="tone-${RISK_BAND_TONE[band]}" title="${esc(l.riskBand[band])}">${level}</td>`,
      );
    }
    rows.push(`<tr><th>${consequence}</th>${cells.join("")}</tr>`);
  }
  const legend = RISK_BANDS.map((band) => {
    const levels = [1, 2, 3, 4, 6, 8, 9, 12, 16].filter((v) => riskBand(v) === band);
    return `<span class="chip tone-${RISK_BAND_TONE[band]}">${esc(l.riskBand[band])} ${levels[0]}–${levels.at(-1)}</span>`;
  }).join(" ");
  return `<div class="matrix"><h3>${esc(d.matrixTitle)}</h3>
<table class="grid"><caption>${esc(d.consequence)} ↑ · ${esc(d.probability)} →</caption>
<tbody>${rows.join("")}<tr><th></th>${[1, 2, 3, 4].map((p) => `<th>${p}</th>`).join("")}</tr></tbody></table>
<p>${legend}</p></div>`;
}

/** A short name per document for chart axes: its title, made unique where titles repeat. */
function documentLabels(documents: readonly DocumentRecord[]): Map<string, string> {
  const base = (d: DocumentRecord) => d.title ?? d.file;
  const seen = new Map<string, number>();
  for (const d of documents) seen.set(base(d), (seen.get(base(d)) ?? 0) + 1);
  return new Map(
    documents.map((d) => {
      const b = base(d);
      const unique = (seen.get(b) ?? 0) > 1 && d.organisation ? `${b} (${d.organisation})` : b;
      return [d.id, unique];
    }),
  );
}

function formatUtc(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toISOString().slice(0, 16).replace("T", " ");
}

export function esc(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const TONE_CSS = (Object.keys(CHART_TONE) as Tone[])
  .map((tone) => {
    const cell = {
      good: ["#c6efce", "#006100"],
      neutral: ["#ffeb9c", "#9c5700"],
      high: ["#f8cbad", "#843c0c"],
      bad: ["#ffc7ce", "#9c0006"],
      info: ["#ddebf7", "#1f4e78"],
    }[tone];
    return `.tone-${tone}{background:${cell[0]};color:${cell[1]}}`;
  })
  .join("");

const CSS = `
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1f2933;background:#f4f6f8;line-height:1.45}
header,main,footer{max-width:1280px;margin:0 auto;padding:0 24px}
header{padding-top:24px}
h1{font-size:26px;margin:0 0 4px}
h2{font-size:19px;margin:0 0 4px}
h3{font-size:14px;margin:16px 0 6px}
.meta,.intro,.note,footer{color:#52606d;font-size:13px}
.intro{margin:0 0 12px;max-width:80ch}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(170px,1fr));gap:12px;margin:16px 0}
.card{background:#fff;border-radius:8px;padding:12px 16px;box-shadow:0 1px 2px rgba(0,0,0,.08)}
.card .value{font-size:28px;font-weight:600}
.card .label{font-size:14px}
.card .note{font-size:12px;margin-top:2px;opacity:.85}
.panel{background:#fff;border-radius:8px;padding:20px 24px;margin:16px 0;box-shadow:0 1px 2px rgba(0,0,0,.08);break-inside:avoid}
.row{display:grid;grid-template-columns:minmax(0,${CHART_WIDTH}px) minmax(260px,1fr);gap:24px;align-items:start}
@media (max-width:1000px){.row{grid-template-columns:1fr}}
figure{margin:0}
svg{max-width:100%;height:auto;display:block}
table{border-collapse:collapse;font-size:13px;width:100%}
th,td{padding:4px 8px;border-bottom:1px solid #e4e7eb;text-align:left;vertical-align:top}
thead th{background:#eef1f4;font-weight:600}
.num{text-align:right;font-variant-numeric:tabular-nums}
.empty{color:#52606d;font-style:italic}
.matrix table.grid{width:auto}
.matrix .grid td{width:40px;height:30px;text-align:center;font-weight:600;border:2px solid #fff}
.matrix .grid th{font-weight:400;color:#52606d;text-align:center;border:none}
.matrix caption{caption-side:bottom;font-size:12px;color:#52606d;padding-top:4px;text-align:left}
.legend{list-style:none;margin:8px 0 0;padding:0;display:flex;flex-wrap:wrap;gap:4px 16px;font-size:12px}
.legend li{display:flex;align-items:center;gap:6px}
.swatch{display:inline-block;width:14px;height:10px;border-radius:2px}
.chip{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;margin:2px 2px 0 0}
${TONE_CSS}
footer{padding-bottom:24px}
@media print{body{background:#fff}.panel,.card{box-shadow:none;border:1px solid #ddd}}
`;
