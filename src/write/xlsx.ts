// Excel workbooks the engine writes (exceljs, loaded only by the commands that write one): fixed
// dates so that the same figures give the same bytes, a bold frozen header, amounts as numbers
// in the French euro format so that a spreadsheet can sum them.
import ExcelJS from "exceljs";
import PizZip from "pizzip";

export const EURO_FORMAT = '#,##0.00 "€"';
/** A fixed date: the same tables give the same bytes. */
const CREATED = new Date(Date.UTC(2000, 0, 1));

export function newWorkbook(): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = "actes";
  book.created = CREATED;
  book.modified = CREATED;
  return book;
}

/** A sheet whose first row is `header`, bold and frozen (with the first column when asked). */
export function sheetWithHeader(
  book: ExcelJS.Workbook,
  name: string,
  header: readonly string[],
  freezeFirstColumn = false,
): ExcelJS.Worksheet {
  // A sheet name is at most 31 characters.
  const sheet = book.addWorksheet(name.slice(0, 31), {
    views: [{ state: "frozen", xSplit: freezeFirstColumn ? 1 : 0, ySplit: 1 }],
  });
  sheet.addRow([...header]).font = { bold: true };
  return sheet;
}

/** Amount cells (1-based column numbers) of a row shown in euros. */
export function euroCells(row: ExcelJS.Row, columns: readonly number[]): void {
  for (const c of columns) row.getCell(c).numFmt = EURO_FORMAT;
}

/**
 * The workbook's bytes. exceljs stamps each zip entry with the time of writing (to two seconds):
 * the entries are stamped again with the fixed date, so the same tables give the same bytes
 * whenever they are written.
 */
export async function workbookBytes(book: ExcelJS.Workbook): Promise<Buffer> {
  const zip = new PizZip(Buffer.from(await book.xlsx.writeBuffer()));
  for (const entry of Object.values(zip.files)) entry.date = CREATED;
  return zip.generate({ type: "nodebuffer", compression: "DEFLATE" });
}
