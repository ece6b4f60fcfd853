// The roster as CSV for spreadsheets: BOM for Excel, formula escaping for names typed by users.
import Papa from "papaparse";

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
  return (
    "\uFEFF" +
    Papa.unparse(
      {
        fields: ["list", "number", "name", "email", "firm", "country", "status"],
        data: rows.map((r) => [r.list, r.number ?? "", r.name, r.email, r.firm, r.country, r.status]),
      },
      { escapeFormulae: true, newline: "\r\n" },
    )
  );
}
