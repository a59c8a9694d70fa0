// Risk records with their measures, from risk/measure tables of work-environment reports.
import type { Block } from "../../model/content.js";
import type { DocumentType, MeasureRecord, RiskRecord } from "../../model/records.js";
import type { Table } from "../../model/table.js";
import { parseIsoOrSwedishDate } from "../swedish/dates.js";
import { parseRiskLevel } from "../swedish/numbers.js";
import { headingsAbove } from "./context.js";
import { cellText, isEmptyRow, rowCells, rowProvenance, textAt } from "./grid.js";
import {
  type ClassifiedTable,
  type ClassifiedTables,
  classifyTables,
  columnOf,
  isRepeatedHeader,
} from "./table-kind.js";
import { DESIRED_EFFECT_LABEL, RISK_SECTION_WORDS } from "./vocabulary.js";

export type MeasureDraft = Omit<MeasureRecord, "id">;
export type RiskDraft = Omit<RiskRecord, "id" | "documentId" | "measures"> & {
  measures: MeasureDraft[];
};
export type RiskSection = RiskRecord["section"];

/**
 * Section of a risk table from the headings above it, nearest first, then their parents. Within
 * one heading the earliest wording decides ("Uppföljning av åtgärder inför 2024" evaluates).
 */
export function riskSection(headings: readonly string[]): RiskSection {
  for (const heading of headings) {
    let best: { section: RiskSection; at: number } | null = null;
    for (const { section, pattern } of RISK_SECTION_WORDS) {
      const m = pattern.exec(heading);
      if (m && (best === null || m.index < best.at)) best = { section, at: m.index };
    }
    if (best) return best.section;
  }
  return "other";
}

/**
 * Where the headings are silent, the table tells: measures with a status are being evaluated;
 * measures without one are planned, reported onwards.
 */
function sectionFromContent(measures: readonly MeasureDraft[]): RiskSection {
  if (measures.length === 0) return "other";
  const withStatus = measures.filter((m) => m.status !== null).length;
  return withStatus * 2 >= measures.length ? "evaluation" : "reported";
}

function optional(text: string): string | null {
  return text === "" ? null : text;
}

/** The effect text of an "Önskad effekt" sub-row, or null when the row is none. */
function desiredEffectRow(classified: ClassifiedTable, row: number): string | null {
  const own = rowCells(classified.grid, row).filter((s) => s.origin && cellText(s.cell) !== "");
  const first = own[0];
  if (!first) return null;
  const text = cellText(first.cell);
  const m = DESIRED_EFFECT_LABEL.exec(text);
  if (!m) return null;
  // The label may share its cell with the effect or stand in a cell of its own.
  const rest = [text.slice(m[0].length), ...own.slice(1).map((s) => cellText(s.cell))]
    .map((t) => t.trim())
    .filter((t) => t !== "")
    .join(" ");
  return rest;
}

function riskRows(
  table: Table,
  classified: ClassifiedTable,
  block: Block,
  section: RiskSection,
): RiskDraft[] {
  const { grid, headerRow, columns } = classified;
  const col = {
    risk: columnOf(columns, "risk"),
    level: columnOf(columns, "level"),
    measure: columnOf(columns, "measure"),
    status: columnOf(columns, "status"),
    endDate: columnOf(columns, "endDate"),
    owner: columnOf(columns, "owner"),
    desiredEffect: columnOf(columns, "desiredEffect"),
  };
  const out: RiskDraft[] = [];
  let risk: RiskDraft | null = null;
  let lastMeasure: MeasureDraft | null = null;
  // The row above was an "Önskad effekt" label whose text the page break moved to a row of
  // its own.
  let effectToCome = false;
  const addEffect = (effect: string) => {
    if (!lastMeasure || effect === "") return;
    lastMeasure.desiredEffect = lastMeasure.desiredEffect
      ? `${lastMeasure.desiredEffect} ${effect}`
      : effect;
  };

  for (let r = headerRow + 1; r < table.rows; r++) {
    if (isEmptyRow(grid, r) || isRepeatedHeader(grid, r, headerRow)) continue;
    const provenance = rowProvenance(table, r, block);

    const effect = desiredEffectRow(classified, r);
    if (effect !== null) {
      addEffect(effect);
      effectToCome = effect === "";
      continue;
    }
    if (effectToCome) {
      effectToCome = false;
      const own = rowCells(grid, r).filter((x) => x.origin && cellText(x.cell) !== "");
      const only = own.length === 1 ? own[0] : undefined;
      if (only && only.cell.col === col.measure && only.cell.colSpan >= 2) {
        addEffect(cellText(only.cell));
        continue;
      }
    }

    const at = (c: number) => (c < 0 ? "" : textAt(grid, r, c));
    const riskSlot = col.risk < 0 ? null : grid[r]?.[col.risk];
    const riskText = at(col.risk);
    // A new risk starts where its cell starts with text; a merged cell or an empty cell under
    // a risk continues it, and so does the same text written again on every row.
    const startsRisk =
      riskSlot?.cell.row === r && riskText !== "" && (risk === null || riskText !== risk.risk);
    if (startsRisk || risk === null) {
      risk = {
        page: provenance.page,
        bbox: provenance.bbox,
        section,
        risk: riskText,
        level: parseRiskLevel(at(col.level)),
        measures: [],
      };
      out.push(risk);
      lastMeasure = null;
    } else if (risk.level === null) {
      risk.level = parseRiskLevel(at(col.level));
    }

    const measure = at(col.measure);
    if (measure === "") continue;
    lastMeasure = {
      measure,
      status: optional(at(col.status)),
      endDate: parseIsoOrSwedishDate(at(col.endDate)),
      owner: optional(at(col.owner)),
      desiredEffect: optional(at(col.desiredEffect)),
      page: provenance.page,
      bbox: provenance.bbox,
    };
    risk.measures.push(lastMeasure);
  }
  return out;
}

export interface RiskContext {
  titleBlocks: ReadonlySet<number>;
  /** The document's type: a work-environment report's silent tables get a section from content. */
  type?: DocumentType;
  /** classifyTables(blocks), when the caller has it already. */
  tables?: ClassifiedTables;
}

/** Risks from every risk table of a document, in reading order. */
export function extractRisks(blocks: readonly Block[], context: RiskContext): RiskDraft[] {
  const out: RiskDraft[] = [];
  const classifiedTables = context.tables ?? classifyTables(blocks);
  blocks.forEach((block, index) => {
    if (block.kind !== "table") return;
    const classified = classifiedTables.get(index);
    if (classified?.kind !== "risk") return;
    const headings = headingsAbove(blocks, index, context.titleBlocks).map((h) => h.text);
    const section = riskSection(headings);
    const risks = riskRows(block.table, classified, block, section);
    // Only a work-environment report evaluates and reports risks onwards by design.
    if (section === "other" && context.type === "arbetsmiljorapport") {
      const inferred = sectionFromContent(risks.flatMap((r) => r.measures));
      for (const r of risks) r.section = inferred;
    }
    out.push(...risks);
  });
  return out;
}
