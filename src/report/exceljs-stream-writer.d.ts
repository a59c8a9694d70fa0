// Types for the one deep import of exceljs (4.4) that workbook.ts makes: its streaming workbook
// writer, the class that `ExcelJS.stream.xlsx.WorkbookWriter` names. Importing it alone loads
// a third of exceljs (66 against 178 ms at every run's start).
declare module "exceljs/lib/stream/xlsx/workbook-writer.js" {
  import type ExcelJS from "exceljs";

  const WorkbookWriter: typeof ExcelJS.stream.xlsx.WorkbookWriter;
  export = WorkbookWriter;
}
