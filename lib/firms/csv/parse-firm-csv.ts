import Papa from "papaparse";
import { FIRM_CSV_COLUMNS, MAX_IMPORT_ROWS, REQUIRED_COLUMNS, type FirmCsvRow } from "./firm-csv-columns";
import type { CsvIssue } from "./csv-issue";

export type ParsedCsv = { rows: { line: number; cells: FirmCsvRow }[]; issues: CsvIssue[] };

/**
 * Reads the CSV text (UTF-8; a byte-order mark is fine). Row numbers are spreadsheet row numbers: the header
 * is row 1, the first firm row 2, so organizers find the row in Excel.
 */
export function parseFirmCsv(text: string): ParsedCsv {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const issues: CsvIssue[] = [];
  const headers = result.meta.fields ?? [];
  for (const column of REQUIRED_COLUMNS) {
    if (!headers.includes(column))
      issues.push({ row: 1, column, code: "errors.csv.missingColumn", params: { column } });
  }
  // "status" and "id" come with an export; they are read past, so an export can be edited and imported back.
  const unknown = headers.filter(
    (h) => h && h !== "status" && h !== "id" && !(FIRM_CSV_COLUMNS as readonly string[]).includes(h),
  );
  for (const column of unknown) issues.push({ row: 1, column, code: "errors.csv.unknownColumn", params: { column } });
  for (const error of result.errors) {
    if (error.code === "UndetectableDelimiter") continue;
    issues.push({ row: (error.row ?? 0) + 2, column: "", code: "errors.csv.malformed", params: {} });
  }
  if (result.data.length === 0 && issues.length === 0)
    issues.push({ row: 2, column: "", code: "errors.csv.empty", params: {} });
  if (result.data.length > MAX_IMPORT_ROWS)
    issues.push({
      row: MAX_IMPORT_ROWS + 2,
      column: "",
      code: "errors.csv.tooManyRows",
      params: { max: MAX_IMPORT_ROWS },
    });
  const rows = result.data.slice(0, MAX_IMPORT_ROWS).map((cells, i) => ({ line: i + 2, cells: cells as FirmCsvRow }));
  return { rows, issues };
}
