// Spreadsheets (.xlsx) for the exports, written with write-excel-file (pure JavaScript, no binary): one sheet
// per table, its header row bold and frozen, columns sized, long text wrapped. Every text is written as a
// string cell, so a value starting with "=" is shown, never run as a formula.
import "server-only";
import writeXlsxFile, { type Cell, type Sheet } from "write-excel-file/node";

import { XLSX_TYPE } from "./constants";

export { XLSX_TYPE };

export type XlsxValue = string | number | Date | null | undefined;
export type XlsxColumn = { header: string; width: number; wrap?: true };
export type XlsxSheet = { name: string; columns: XlsxColumn[]; rows: XlsxValue[][] };

// XML 1.0 cannot hold most control characters: a stray one in a pasted text would make the file unreadable.
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
// Excel refuses a cell of more than 32,767 characters.
const CELL_LIMIT = 32_767;

function cell(value: XlsxValue, column: XlsxColumn): Cell {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return { value, type: Number };
  if (value instanceof Date) return { value, type: Date, format: "yyyy-mm-dd hh:mm" };
  const text = value.replace(XML_INVALID, "").slice(0, CELL_LIMIT);
  return { value: text, type: String, ...(column.wrap && { wrap: true, alignVertical: "top" as const }) };
}

export function toSheet(sheet: XlsxSheet): Sheet<never> {
  return {
    sheet: sheet.name,
    data: [
      sheet.columns.map((column) => ({ value: column.header, type: String, fontWeight: "bold" as const })),
      ...sheet.rows.map((row) => sheet.columns.map((column, index) => cell(row[index], column))),
    ],
    columns: sheet.columns.map((column) => ({ width: column.width })),
    stickyRowsCount: 1,
  };
}

/** The workbook as bytes, its sheets in the order given. */
export async function xlsxWorkbook(sheets: XlsxSheet[]): Promise<Buffer> {
  return writeXlsxFile(sheets.map(toSheet)).toBuffer();
}

/** A workbook served as a file to save. */
export function xlsxResponse(bytes: Uint8Array, filename: string, cacheControl = "private, no-store"): Response {
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": XLSX_TYPE,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": cacheControl,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
