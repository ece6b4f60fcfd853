/** A problem with one cell of an import: its spreadsheet row, column, and a message key with parameters. */
export type CsvIssue = { row: number; column: string; code: string; params: Record<string, string | number> };
