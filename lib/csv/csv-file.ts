// The one way the app writes CSV for spreadsheets (every export: firms, outcomes, dashboard, tour rosters).
// A cell a user typed that begins with = + - @, a tab or a carriage return (or their full-width forms, which
// Japanese spreadsheets read alike) would run as a formula on an organizer's machine (OWASP "CSV Injection"):
// it gets a leading apostrophe, which spreadsheets show as text. papaparse's own escapeFormulae missed cells
// with a line break after the formula (its pattern has no dotAll flag), so we escape before it quotes.
import Papa from "papaparse";

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A cell as it goes into the file: strings that could start a formula are neutralised; numbers stay numbers. */
export function csvCell(value: unknown): string | number {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) return value.toISOString();
  const text = String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A whole file: UTF-8 byte-order mark (Excel reads Japanese and Vietnamese right), header row, CRLF lines. */
export function csvFile(fields: readonly string[], rows: ReadonlyArray<ReadonlyArray<unknown>>): string {
  return (
    "\uFEFF" +
    Papa.unparse(
      { fields: [...fields], data: rows.map((row) => row.map(csvCell)) },
      { newline: "\r\n", escapeFormulae: false },
    )
  );
}

/** Rows given as objects, in the order of `fields`. */
export function csvFileOfRecords(fields: readonly string[], records: ReadonlyArray<Record<string, unknown>>): string {
  return csvFile(
    fields,
    records.map((r) => fields.map((f) => r[f])),
  );
}
