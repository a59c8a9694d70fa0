// Excel tables and print titles as SpreadsheetML parts, for the package finishing
// (xlsx-package.ts): exceljs's streaming writer makes neither. Pure string functions.

/** One Excel table: its header row, its last data row and its column names. */
export interface TableDefinition {
  /** Table name: ASCII, unique in the workbook. */
  name: string;
  headerRow: number;
  lastRow: number;
  /** Column names, the same texts as the header cells (Excel insists). */
  columns: string[];
  /** A built-in table style, e.g. "TableStyleLight1". */
  style: string;
}

/** What a sheet needs beyond what the streaming writer made. */
export interface SheetExtras {
  /** The sheet's name, for its print titles. */
  name: string;
  tables: TableDefinition[];
  /** Row repeated at the top of every printed page, or null. */
  printTitlesRow: number | null;
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const TABLE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";
const TABLE_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function escapeXml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** Column letters of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetters(n: number): string {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) {
    s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  }
  return s;
}

/** The table part (xl/tables/tableN.xml) for table number `id`. */
export function tableXml(table: TableDefinition, id: number): string {
  const ref = `A${table.headerRow}:${columnLetters(table.columns.length)}${table.lastRow}`;
  const columns = table.columns
    .map((name, i) => `<tableColumn id="${i + 1}" name="${escapeXml(name)}"/>`)
    .join("");
  return (
    `${XML_DECLARATION}<table xmlns="${MAIN_NS}" id="${id}" name="${escapeXml(table.name)}" ` +
    `displayName="${escapeXml(table.name)}" ref="${ref}" headerRowCount="1" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/>` +
    `<tableColumns count="${table.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${escapeXml(table.style)}" showFirstColumn="0" showLastColumn="0" ` +
    `showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

/**
 * A sheet with its tables attached: `<tableParts>` at the end of the sheet (its place in the
 * schema, after everything the streaming writer writes) and one relationship per table.
 * `ids` are the tables' workbook-wide numbers; relsXml is null when the sheet has no
 * relationships yet.
 */
export function attachTables(
  sheetXml: string,
  relsXml: string | null,
  ids: readonly number[],
): { sheet: string; rels: string } {
  const rels = relsXml ?? `${XML_DECLARATION}<Relationships xmlns="${REL_NS}"></Relationships>`;
  // A loop, not Math.max(...ids): a sheet of tens of thousands of links has as many ids.
  let next = 1;
  for (const m of rels.matchAll(/\sId="rId(\d+)"/g)) next = Math.max(next, Number(m[1]) + 1);
  const relationships: string[] = [];
  const tableParts: string[] = [];
  for (const id of ids) {
    const rId = `rId${next++}`;
    relationships.push(
      `<Relationship Id="${rId}" Type="${TABLE_REL}" Target="../tables/table${id}.xml"/>`,
    );
    tableParts.push(`<tablePart r:id="${rId}"/>`);
  }
  return {
    sheet: insertBefore(
      sheetXml,
      "</worksheet>",
      `<tableParts count="${ids.length}">${tableParts.join("")}</tableParts>`,
    ),
    rels: insertBefore(rels, "</Relationships>", relationships.join("")),
  };
}

/** [Content_Types].xml naming the table parts. */
export function withTableContentTypes(contentTypes: string, ids: readonly number[]): string {
  const overrides = ids
    .map(
      (id) =>
        `<Override PartName="/xl/tables/table${id}.xml" ContentType="${TABLE_CONTENT_TYPE}"/>`,
    )
    .join("");
  return insertBefore(contentTypes, "</Types>", overrides);
}

/** workbook.xml with each sheet's print titles (`_xlnm.Print_Titles`, by sheet position). */
export function withPrintTitles(workbookXml: string, sheets: readonly SheetExtras[]): string {
  const names = sheets.flatMap((s, i) =>
    s.printTitlesRow === null
      ? []
      : [
          `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(
            `'${s.name.replace(/'/g, "''")}'!$${s.printTitlesRow}:$${s.printTitlesRow}`,
          )}</definedName>`,
        ],
  );
  if (names.length === 0) return workbookXml;
  if (workbookXml.includes("</definedNames>")) {
    return insertBefore(workbookXml, "</definedNames>", names.join(""));
  }
  return insertBefore(
    workbookXml,
    "</sheets>",
    "",
    `<definedNames>${names.join("")}</definedNames>`,
  );
}

/** `before` + `text` in front of the last `marker`, `after` just behind it. */
function insertBefore(xml: string, marker: string, text: string, after = ""): string {
  const at = xml.lastIndexOf(marker);
  if (at < 0) throw new Error(`${marker} not found in a workbook part`);
  const end = at + marker.length;
  return `${xml.slice(0, at)}${text}${marker}${after}${xml.slice(end)}`;
}
