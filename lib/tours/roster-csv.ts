// The roster as CSV for spreadsheets: BOM for Excel, formula escaping for names typed by users.
import { csvFile } from "@/lib/csv/csv-file";

export type RosterRow = {
  list: "seated" | "waiting";
  number: number | null;
  name: string;
  email: string;
  firm: string;
  country: string;
  status: string;
};

export function rosterCsv(rows: readonly RosterRow[]): string {
  return csvFile(
    ["list", "number", "name", "email", "firm", "country", "status"],
    rows.map((r) => [r.list, r.number ?? "", r.name, r.email, r.firm, r.country, r.status]),
  );
}
