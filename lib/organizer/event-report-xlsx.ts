// The event report as a spreadsheet (ExcelJS): a summary sheet naming the event, then one sheet per section, headers
// bold and frozen, columns wide enough for their text. Written in the reader's language.
import ExcelJS from "exceljs";
import type { ReportSection } from "./event-report-sections";

export async function reportWorkbook(
  title: string,
  subtitle: string,
  sections: readonly ReportSection[],
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "Kakehashi";
  book.title = title;
  const summary = book.addWorksheet(safeName(title));
  summary.addRow([title]).font = { bold: true, size: 14 };
  summary.addRow([subtitle]);
  summary.addRow([]);
  for (const s of sections) summary.addRow([s.title, s.rows.length]);
  summary.getColumn(1).width = 48;
  for (const s of sections) {
    const sheet = book.addWorksheet(safeName(s.title));
    sheet.addRow(s.columns).font = { bold: true };
    for (const row of s.rows) sheet.addRow(row);
    sheet.views = [{ state: "frozen", ySplit: 1 }];
    s.columns.forEach((c, i) => {
      const longest = Math.max(c.length, ...s.rows.map((row) => String(row[i] ?? "").length));
      sheet.getColumn(i + 1).width = Math.min(60, Math.max(10, longest + 2));
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function safeName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, " ").slice(0, 31) || "Sheet";
}
