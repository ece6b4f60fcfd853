// Saved contacts as files people take home: a vCard 4.0 file (RFC 6350) that phones and mail programs import,
// a plain CSV with every column, and CSVs in the column layouts the two common CRMs' contact imports map by
// themselves (README, "Exporting contacts"): HubSpot's contact import (its property labels: First Name, Last
// Name, Email, Company Name…) and Salesforce's Data Import Wizard for leads (First Name, Last Name, Company,
// Email, Description, Lead Source, Rating…). Pure: rows in, text out; CSV cells are escaped by papaparse,
// formulas neutralised (a name starting with = must not run in a spreadsheet).
import Papa from "papaparse";

export type ExportContact = {
  name: string;
  email: string;
  /** The person's firm: its name in its own script, its English name, country, website. */
  firmLocal: string;
  firmEn: string;
  country: "VN" | "JP" | "OTHER" | null;
  website: string | null;
  /** The language the person uses the app in (en, ja, vi). */
  language: string;
  note: string;
  rating: number | null;
  /** The event where they met, and when the contact was saved. */
  eventName: string;
  savedAt: Date;
};

/**
 * Family and given name from one "display name". Vietnamese and Japanese names put the family name first
 * (Nguyễn Văn An: family Nguyễn; 山田 太郎: family 山田), Western ones last; without a space a name is all family
 * name (a CRM's required "last name" is then filled). The firm's country decides which order to read.
 */
export function splitName(name: string, country: ExportContact["country"]): { family: string; given: string } {
  const parts = name
    .trim()
    .split(/[\s\u3000]+/)
    .filter(Boolean);
  if (parts.length <= 1) return { family: parts[0] ?? "", given: "" };
  const familyFirst = country === "VN" || country === "JP" || /[\u3040-\u30ff\u4e00-\u9fff]/.test(name);
  return familyFirst
    ? { family: parts[0]!, given: parts.slice(1).join(" ") }
    : { family: parts.at(-1)!, given: parts.slice(0, -1).join(" ") };
}

const COUNTRY_NAME = { VN: "Vietnam", JP: "Japan", OTHER: "" } as const;

/** The firm's name for a CRM: its English name, with the name in its own script when that differs. */
function companyName(c: ExportContact): string {
  return c.firmLocal && c.firmLocal !== c.firmEn ? `${c.firmEn} (${c.firmLocal})` : c.firmEn || c.firmLocal;
}

function noteText(c: ExportContact): string {
  const rating = c.rating ? ` · ${"★".repeat(c.rating)}${"☆".repeat(5 - c.rating)} (${c.rating}/5)` : "";
  return `${c.eventName}${rating}${c.note ? `\n${c.note}` : ""}`;
}

// ---- vCard 4.0 -------------------------------------------------------------------------------------------

/**
 * RFC 6350 §3.4: backslash, comma and newline are escaped in every text value; a semicolon only in a field of
 * a compound property (N, ORG, ADR), where it would separate fields (elsewhere readers need not unescape it).
 */
function escapeText(value: string, compound = false): string {
  const escaped = value.replace(/\\/g, "\\\\").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
  return compound ? escaped.replace(/;/g, "\\;") : escaped;
}

/**
 * RFC 6350 §3.2: lines longer than 75 octets are folded (CRLF and a space), never inside a UTF-8 character, so
 * Japanese and Vietnamese names survive any reader.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, "utf8");
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with the space
    if (octets + size > limit) {
      out.push(current);
      current = "";
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join("\r\n ");
}

export function toVCard(contacts: readonly ExportContact[]): string {
  const lines: string[] = [];
  for (const c of contacts) {
    const { family, given } = splitName(c.name, c.country);
    lines.push(
      "BEGIN:VCARD",
      "VERSION:4.0",
      `FN:${escapeText(c.name)}`,
      `N:${escapeText(family, true)};${escapeText(given, true)};;;`,
      `EMAIL;TYPE=work:${escapeText(c.email)}`,
      ...(c.firmEn || c.firmLocal ? [`ORG:${escapeText(companyName(c), true)}`] : []),
      ...(c.website ? [`URL:${escapeText(c.website)}`] : []),
      ...(c.country && c.country !== "OTHER" ? [`ADR;TYPE=work:;;;;;;${COUNTRY_NAME[c.country]}`] : []),
      ...(c.language ? [`LANG:${c.language}`] : []),
      `NOTE:${escapeText(noteText(c))}`,
      "END:VCARD",
    );
  }
  return lines.map(foldLine).join("\r\n") + "\r\n";
}

// ---- CSV layouts ----------------------------------------------------------------------------------------

export type CsvLayout = "plain" | "hubspot" | "salesforce";

type Column = { header: string; value: (c: ExportContact) => string };

const RATING_WORD = (r: number | null) => (r === null ? "" : r >= 4 ? "Hot" : r === 3 ? "Warm" : "Cold");

/** Each layout's columns, in order. The README documents them beside the CRMs' own field names. */
export const CSV_COLUMNS: Record<CsvLayout, readonly Column[]> = {
  plain: [
    { header: "name", value: (c) => c.name },
    { header: "email", value: (c) => c.email },
    { header: "firm", value: (c) => c.firmLocal },
    { header: "firm_en", value: (c) => c.firmEn },
    { header: "country", value: (c) => c.country ?? "" },
    { header: "website", value: (c) => c.website ?? "" },
    { header: "language", value: (c) => c.language },
    { header: "rating", value: (c) => (c.rating === null ? "" : String(c.rating)) },
    { header: "note", value: (c) => c.note },
    { header: "event", value: (c) => c.eventName },
    { header: "saved_at", value: (c) => c.savedAt.toISOString() },
  ],
  // HubSpot maps a column by the label of a contact property; Email is its de-duplication key.
  hubspot: [
    { header: "First Name", value: (c) => splitName(c.name, c.country).given },
    { header: "Last Name", value: (c) => splitName(c.name, c.country).family },
    { header: "Email", value: (c) => c.email },
    { header: "Company Name", value: (c) => companyName(c) },
    { header: "Website URL", value: (c) => c.website ?? "" },
    { header: "Country/Region", value: (c) => (c.country ? COUNTRY_NAME[c.country] : "") },
    { header: "Lifecycle Stage", value: () => "Lead" },
    // No default property holds these: map them to properties of your own, or leave them out, at the import.
    { header: "Kakehashi Rating", value: (c) => (c.rating === null ? "" : String(c.rating)) },
    { header: "Kakehashi Note", value: (c) => noteText(c) },
  ],
  // The Data Import Wizard's labels for lead fields; Last Name and Company are required for a lead.
  salesforce: [
    { header: "First Name", value: (c) => splitName(c.name, c.country).given },
    { header: "Last Name", value: (c) => splitName(c.name, c.country).family || c.email },
    { header: "Company", value: (c) => companyName(c) || "(unknown)" },
    { header: "Email", value: (c) => c.email },
    { header: "Website", value: (c) => c.website ?? "" },
    { header: "Country", value: (c) => (c.country ? COUNTRY_NAME[c.country] : "") },
    { header: "Lead Source", value: () => "Trade Show" },
    { header: "Rating", value: (c) => RATING_WORD(c.rating) },
    { header: "Description", value: (c) => noteText(c) },
  ],
};

/**
 * The CSV, UTF-8 with a byte-order mark so that Excel shows Japanese and Vietnamese as written; cells starting
 * with = + - @ get a leading apostrophe (papaparse's escapeFormulae), as in the firm export.
 */
export function toCsv(contacts: readonly ExportContact[], layout: CsvLayout): string {
  const columns = CSV_COLUMNS[layout];
  const csv = Papa.unparse(
    { fields: columns.map((c) => c.header), data: contacts.map((c) => columns.map((col) => col.value(c))) },
    { escapeFormulae: true, newline: "\r\n" },
  );
  return `\uFEFF${csv}\r\n`;
}
