import type { TaxonomyTree } from "@/lib/taxonomy/taxonomy-tree";
import type { CsvIssue } from "./csv-issue";
import { parseFirmCsv } from "./parse-firm-csv";
import { validateFirmRows, type ValidRow } from "./validate-firm-rows";

/**
 * Parse and validate a whole file. When the header itself is wrong (a required column missing), the rows are
 * not checked: every row would report the same missing values, burying the one thing to fix.
 */
export function checkFirmCsv(
  text: string,
  taxonomy: TaxonomyTree,
): { rows: number; valid: ValidRow[]; issues: CsvIssue[] } {
  const parsed = parseFirmCsv(text);
  const headerBroken = parsed.issues.some((i) => i.code === "errors.csv.missingColumn");
  const checked = headerBroken ? { valid: [], issues: [] } : validateFirmRows(parsed.rows, taxonomy);
  const issues = [...parsed.issues, ...checked.issues].sort((a, b) => a.row - b.row);
  return { rows: parsed.rows.length, valid: checked.valid, issues };
}
