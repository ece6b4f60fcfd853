// Turns CSV rows into firm profiles, or into a list of every problem with its row, column and reason.
// Pure: the taxonomy comes in as a tree, the database is not touched.
import { foldForSearch } from "@/lib/text/normalize";
import type { TaxonomyTree } from "@/lib/taxonomy/taxonomy-tree";
import { FirmProfileSchema, type FirmProfileInput } from "../firm-profile-schema";
import { COLUMN_OF_FIELD, LIST_SEPARATOR, type FirmCsvRow } from "./firm-csv-columns";
import type { CsvIssue } from "./csv-issue";
import { normalizedFirmName, websiteDomain } from "./firm-identity";
import { TAXONOMY } from "@/lib/taxonomy/taxonomy-data";
import {
  parseEmployees,
  parseFirmType,
  parseIntents,
  parseLanguages,
  parsePlaces,
} from "@/lib/matching/text/structured";
import { bandOf } from "@/lib/matching/firms-from-csv";
import { PRESENCE_PLACES } from "../firm-profile-schema";

// Synonyms of the repository's taxonomy ("AUTOSAR", "オフショア開発", "gán nhãn dữ liệu") resolve like labels.
const SYNONYM_CODE = new Map<string, { code: string; kind: "SECTOR" | "CAPABILITY" }>();
for (const t of TAXONOMY)
  for (const s of t.synonyms ?? []) {
    const key = `${t.kind}:${foldForSearch(s)}`;
    if (!SYNONYM_CODE.has(key)) SYNONYM_CODE.set(key, { code: t.code, kind: t.kind });
  }

export type ValidRow = { line: number; profile: FirmProfileInput; domain: string | null; normalizedName: string };

const BANDS: Record<string, FirmProfileInput["employeeBand"]> = {
  "1-49": "B1_49",
  "50-249": "B50_249",
  "250-999": "B250_999",
  "1000+": "B1000_PLUS",
  b1_49: "B1_49",
  b50_249: "B50_249",
  b250_999: "B250_999",
  b1000_plus: "B1000_PLUS",
};

const MARKET_NAMES: Record<string, FirmProfileInput["markets"][number]> = {
  japan: "JAPAN",
  jp: "JAPAN",
  日本: "JAPAN",
  "nhat ban": "JAPAN",
  vietnam: "VIETNAM",
  "viet nam": "VIETNAM",
  vn: "VIETNAM",
  ベトナム: "VIETNAM",
  asean: "ASEAN",
  東南アジア: "ASEAN",
  "dong nam a": "ASEAN",
  us: "US",
  usa: "US",
  "united states": "US",
  米国: "US",
  アメリカ: "US",
  my: "US",
  eu: "EU",
  europe: "EU",
  欧州: "EU",
  "chau au": "EU",
  east_asia: "EAST_ASIA",
  "east asia": "EAST_ASIA",
  東アジア: "EAST_ASIA",
  oceania: "OCEANIA",
  オセアニア: "OCEANIA",
};

const list = (cell: string | undefined) =>
  (cell ?? "")
    .split(LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);

function certification(
  token: string,
): { kind: FirmProfileInput["certifications"][number]; level: number | null } | null {
  const t = foldForSearch(token).replace(/[\s\-_/:]/g, "");
  if (t === "iso27001" || t === "isoiec27001") return { kind: "ISO27001", level: null };
  if (t === "iso9001") return { kind: "ISO9001", level: null };
  if (t === "iso14001") return { kind: "ISO14001", level: null };
  if (t === "privacymark" || t === "pmark" || t === "プライバシーマーク") return { kind: "PRIVACY_MARK", level: null };
  const cmmi = /^cmmi(?:level|ml)?([1-5])?$/.exec(t);
  if (cmmi) return { kind: "CMMI", level: cmmi[1] ? Number(cmmi[1]) : null };
  return null;
}

export function validateFirmRows(
  rows: { line: number; cells: FirmCsvRow }[],
  taxonomy: TaxonomyTree,
): { valid: ValidRow[]; issues: CsvIssue[] } {
  const valid: ValidRow[] = [];
  const issues: CsvIssue[] = [];
  const seenDomain = new Map<string, number>();
  const seenName = new Map<string, number>();
  const seenRef = new Map<string, number>();

  for (const { line, cells } of rows) {
    const rowIssues: CsvIssue[] = [];
    const issue = (column: string, code: string, params: Record<string, string | number> = {}) =>
      rowIssues.push({ row: line, column, code, params });

    // Codes, labels and synonyms resolve to nodes. An unknown sector is an error; an offer or seek that names no
    // node ("AUTOSAR BSW for Tier-1s") is kept as a statement of the free text, which the matching reads.
    const unresolved: Record<"offers" | "seeks", string[]> = { offers: [], seeks: [] };
    const nodes = (column: "sectors" | "offers" | "seeks", kind: "SECTOR" | "CAPABILITY") =>
      list(cells[column]).flatMap((token) => {
        const synonym = SYNONYM_CODE.get(`${kind}:${foldForSearch(token)}`);
        const node =
          taxonomy.resolve(kind, token) ?? (synonym ? taxonomy.byCodeOf(synonym.code) : undefined) ?? undefined;
        if (!node) {
          if (column === "sectors") issue(column, "errors.csv.unknownSector", { value: token });
          else unresolved[column].push(token);
        }
        return node ? [node.id] : [];
      });
    const intents = parseIntents(cells.intents);
    for (const token of list(cells.intents))
      if (!parseIntents(token).length) issue("intents", "errors.csv.unknownIntent", { value: token });
    const firmType = parseFirmType(cells.firm_type);
    if ((cells.firm_type ?? "").trim() && !firmType)
      issue("firm_type", "errors.csv.unknownFirmType", { value: cells.firm_type ?? "" });
    const partnerLanguages = parseLanguages(cells.partner_languages);
    for (const token of list(cells.partner_languages))
      if (!parseLanguages(token).length) issue("partner_languages", "errors.csv.unknownLanguage", { value: token });
    const partnerPresence = parsePlaces(cells.partner_presence).filter((p) => {
      const known = (PRESENCE_PLACES as readonly string[]).includes(p);
      if (!known) issue("partner_presence", "errors.csv.unknownPlace", { value: p });
      return known;
    });
    const markets = list(cells.markets).flatMap((token) => {
      const market = MARKET_NAMES[foldForSearch(token)] ?? MARKET_NAMES[token.trim()];
      if (!market) issue("markets", "errors.csv.unknownMarket", { value: token });
      return market ? [market] : [];
    });
    const certs = list(cells.certifications).flatMap((token) => {
      const c = certification(token);
      if (!c) issue("certifications", "errors.csv.unknownCertification", { value: token });
      return c ? [c] : [];
    });
    const required = list(cells.required_certifications).flatMap((token) => {
      const c = certification(token);
      if (!c) issue("required_certifications", "errors.csv.unknownCertification", { value: token });
      return c ? [c.kind] : [];
    });
    const bandCell = (cells.employees ?? "")
      .trim()
      .toLowerCase()
      .replace(/\s|,|–/g, (ch) => (ch === "–" ? "-" : ""));
    // A band ("50-249", "1000+") or a head count ("120").
    const size = BANDS[bandCell] ? null : parseEmployees(bandCell);
    const employeeBand = BANDS[bandCell] ?? (size && /^\d+$/.test(bandCell) ? bandOf(size.min, size.max) : undefined);
    if (bandCell && !employeeBand) issue("employees", "errors.csv.badBand", { value: cells.employees ?? "" });
    const country = (cells.country ?? "").trim().toUpperCase();

    const contact = cells.contact_name || cells.contact_email || cells.contact_phone || cells.contact_title;
    const candidate = {
      nameLocal: cells.name_local,
      nameEn: cells.name_en,
      nameJa: cells.name_ja,
      country: country === "VIETNAM" ? "VN" : country === "JAPAN" ? "JP" : country,
      city: cells.city,
      yearFounded: cells.year_founded?.trim() ?? "",
      employeeBand: employeeBand ?? (bandCell ? undefined : ""),
      website: cells.website ?? "",
      sectorIds: nodes("sectors", "SECTOR"),
      offers: nodes("offers", "CAPABILITY").map((nodeId) => ({ nodeId, note: "" })),
      seeks: nodes("seeks", "CAPABILITY").map((nodeId) => ({ nodeId, note: "" })),
      markets,
      certifications: certs.map((c) => c.kind),
      requiredCertifications: required,
      cmmiLevel: certs.find((c) => c.kind === "CMMI")?.level ?? "",
      japaneseSpeakers: cells.japanese_speakers?.trim() || undefined,
      bridgeEngineers: cells.bridge_engineers?.trim() || undefined,
      jlptN1: cells.jlpt_n1?.trim() || undefined,
      jlptN2: cells.jlpt_n2?.trim() || undefined,
      englishSpeakers: cells.english_speakers?.trim() || undefined,
      tags: list(cells.tags),
      descriptionEn: cells.description_en,
      descriptionJa: cells.description_ja,
      descriptionVi: cells.description_vi,
      offersText: [cells.offers_text ?? "", ...unresolved.offers].filter((t) => t.trim()).join("\n"),
      seeksText: [cells.seeks_text ?? "", ...unresolved.seeks].filter((t) => t.trim()).join("\n"),
      intents: intents.map((i) => i.toUpperCase()),
      firmType: firmType ? firmType.toUpperCase() : "",
      partnerLanguages: partnerLanguages.map((l) => l.toUpperCase()),
      partnerPresence,
      minPartnerEmployees: cells.min_partner_employees?.trim().replace(/[,\s]/g, "") ?? "",
      ref: cells.ref,
      contacts: contact
        ? [
            {
              name: cells.contact_name ?? "",
              title: cells.contact_title ?? "",
              email: cells.contact_email ?? "",
              phone: cells.contact_phone ?? "",
            },
          ]
        : [],
    };
    const parsed = FirmProfileSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const i of parsed.error.issues) {
        const field = String(i.path[0] ?? "");
        let column: string = COLUMN_OF_FIELD[field] ?? field;
        if (field === "contacts") column = `contact_${String(i.path[2] ?? "email")}`;
        // An unknown band was reported above with the value; the schema's own complaint would repeat it.
        if (field === "employeeBand" && rowIssues.some((r) => r.column === "employees")) continue;
        if (!rowIssues.some((r) => r.column === column))
          issue(column, i.message.startsWith("errors.") ? i.message : "errors.invalid");
      }
    }
    if (parsed.success && rowIssues.length === 0) {
      const domain = websiteDomain(parsed.data.website);
      const normalizedName = normalizedFirmName(parsed.data.nameEn);
      // The same firm twice in one file is a mistake to fix in the file, not a duplicate to resolve.
      const ref = parsed.data.ref;
      const sameRef = ref ? seenRef.get(ref) : undefined;
      if (sameRef) issue("ref", "errors.csv.duplicateInFile", { other: sameRef });
      else if (ref) seenRef.set(ref, line);
      const twin = sameRef ? undefined : (domain && seenDomain.get(domain)) || seenName.get(normalizedName);
      if (twin)
        issue(domain && seenDomain.get(domain) ? "website" : "name_en", "errors.csv.duplicateInFile", { other: twin });
      else if (!sameRef) {
        if (domain) seenDomain.set(domain, line);
        seenName.set(normalizedName, line);
        valid.push({ line, profile: parsed.data, domain, normalizedName });
      }
    }
    issues.push(...rowIssues);
  }
  return { valid, issues };
}
