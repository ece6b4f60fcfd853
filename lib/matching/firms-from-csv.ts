// Firms from a CSV in the import format, read leniently for the evaluation command (scripts/match-pairs.ts) and
// eval:match: columns in any order, missing optional columns, extra columns ignored, headers in any case or
// spacing, and cells as people type them ("Japan", "日本", "1-49" or "25", "CMMI level 3"). Nothing here
// throws on a row a person would understand; rows without a ref are reported and skipped.
import Papa from "papaparse";
import { foldMarks, normalizeText } from "./text/statement";
import {
  parseCertifications,
  parseCount,
  parseYear,
  parseEmployees,
  parseFirmType,
  parseIntents,
  parseLanguages,
  parsePlaces,
  splitList,
} from "./text/structured";
import type { Concept, Country, EmployeeBand, MatchFirm } from "./types";

export type CsvProblem = { line: number; message: string };

const HEADER_ALIASES: Record<string, string> = {
  id: "ref",
  firm_ref: "ref",
  reference: "ref",
  name: "name_en",
  size: "employees",
  headcount: "employees",
  employee_count: "employees",
  employees_count: "employees",
  number_of_employees: "employees",
  founded: "year_founded",
  founded_year: "year_founded",
  type: "firm_type",
  firmtype: "firm_type",
  offer_text: "offers_text",
  seek_text: "seeks_text",
  what_we_offer: "offers_text",
  what_we_seek: "seeks_text",
  what_we_are_looking_for: "seeks_text",
  intent: "intents",
  required_languages: "partner_languages",
  partner_language: "partner_languages",
  min_partner_size: "min_partner_employees",
  minimum_partner_employees: "min_partner_employees",
  required_presence: "partner_presence",
  required_certification: "required_certifications",
  certification: "certifications",
  market: "markets",
  sector: "sectors",
  tag: "tags",
};

function headerKey(h: string): string {
  const key = h
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/[\s\-./]+/g, "_");
  return HEADER_ALIASES[key] ?? key;
}

export function parseCountry(cell: string | undefined): Country {
  const v = foldMarks(normalizeText(cell ?? ""));
  if (/^(vn|vnm|vietnam|viet nam|ベトナム|越南)$/.test(v) || v.includes("vietnam") || v.includes("viet nam"))
    return "VN";
  if (/^(jp|jpn|japan|日本|nhat ban|nhat)$/.test(v) || v.includes("japan") || v.includes("日本")) return "JP";
  return "OTHER";
}

export function bandOf(min: number, max: number): EmployeeBand {
  const mid = min === max ? min : (min + max) / 2;
  if (max <= 49 || mid < 50) return "B1_49";
  if (mid < 250) return "B50_249";
  if (mid < 1000) return "B250_999";
  return "B1000_PLUS";
}

const MARKET_WORDS: [string, RegExp][] = [
  ["JAPAN", /^(japan|jp|日本|nhat ban|nhat)$/],
  ["VIETNAM", /^(vietnam|viet nam|vn|ベトナム)$/],
  [
    "ASEAN",
    /^(asean|southeast asia|south east asia|sea|東南アジア|dong nam a|thailand|singapore|indonesia|malaysia|philippines|myanmar|cambodia|laos|th|sg|id|ph)$/,
  ],
  ["US", /^(us|usa|united states|america|north america|米国|アメリカ|my|hoa ky)$/],
  ["EU", /^(eu|europe|欧州|ヨーロッパ|chau au|germany|france|uk|united kingdom)$/],
  ["EAST_ASIA", /^(east asia|east_asia|東アジア|korea|china|taiwan|hong kong|kr|cn|tw)$/],
  ["OCEANIA", /^(oceania|australia|new zealand|au|nz)$/],
];

export function parseMarkets(cell: string | undefined): string[] {
  const out = new Set<string>();
  for (const item of splitList(cell)) {
    const v = foldMarks(normalizeText(item)).replace(/_/g, " ");
    for (const [code, re] of MARKET_WORDS) if (re.test(v) || v === code.toLowerCase()) out.add(code);
  }
  return [...out];
}

/** Codes by every way of writing a node (code, labels, synonyms), folded; for coded cells and sectors. */
export function termLookup(concepts: Concept[], kind: Concept["kind"]): Map<string, string> {
  const map = new Map<string, string>();
  const key = (s: string) => foldMarks(normalizeText(s));
  for (const c of concepts.filter((x) => x.kind === kind)) {
    map.set(key(c.code), c.code);
    for (const t of c.terms) if (!map.has(key(t))) map.set(key(t), c.code);
  }
  return map;
}

/** A coded cell: each item a code, a label or a synonym in any language; the rest kept as text to read. */
export function resolveCoded(cell: string | undefined, lookup: Map<string, string>): { code: string }[] {
  return splitList(cell).map((item) => {
    const k = foldMarks(normalizeText(item));
    return { code: lookup.get(k) ?? lookup.get(k.replace(/s$/, "")) ?? item };
  });
}

export type FirmsCsv = { firms: (MatchFirm & { name: string })[]; problems: CsvProblem[] };

export function firmsFromCsv(text: string, concepts: Concept[]): FirmsCsv {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: headerKey,
  });
  const problems: CsvProblem[] = parsed.errors
    .filter((e) => e.code !== "TooManyFields" && e.code !== "TooFewFields")
    .map((e) => ({ line: (e.row ?? 0) + 2, message: e.message }));
  const capabilities = termLookup(concepts, "CAPABILITY");
  const sectors = termLookup(concepts, "SECTOR");
  const firms: FirmsCsv["firms"] = [];
  const seen = new Set<string>();
  parsed.data.forEach((row, i) => {
    const get = (k: string) => (row[k] ?? "").trim();
    const ref = get("ref") || get("name_en");
    if (!ref) {
      problems.push({ line: i + 2, message: "row without ref" });
      return;
    }
    if (seen.has(ref)) problems.push({ line: i + 2, message: `duplicate ref ${ref}: the later row wins` });
    seen.add(ref);
    const size = parseEmployees(get("employees"));
    const certs = parseCertifications(get("certifications"));
    const required = parseCertifications(get("required_certifications"));
    const cmmi = certs.find((c) => c.cert === "CMMI");
    const requiredCmmi = required.find((c) => c.cert === "CMMI");
    const plainNumber = /^\s*[\d,]+\s*$/.test(get("employees"));
    const firm: MatchFirm & { name: string } = {
      id: ref,
      name: get("name_en") || get("name_local") || ref,
      country: parseCountry(get("country")),
      countryCode: parsePlaces(get("country"))[0],
      city: get("city"),
      sectors: [
        ...new Set(
          splitList(get("sectors")).flatMap((s) => {
            const code = sectors.get(foldMarks(normalizeText(s)));
            return code ? [code] : [];
          }),
        ),
      ],
      offers: resolveCoded(get("offers"), capabilities),
      seeks: resolveCoded(get("seeks"), capabilities),
      markets: parseMarkets(get("markets")),
      certifications: [...new Set(certs.map((c) => c.cert))],
      cmmiLevel: cmmi ? (cmmi.level ?? 3) : null,
      requiredCertifications: [...new Set(required.map((c) => c.cert))],
      requiredCmmiLevel: requiredCmmi?.level ?? null,
      employeeBand: size ? bandOf(size.min, size.max) : "B50_249",
      ...(size ? {} : { sizeUnstated: true }),
      employees: size && plainNumber ? size.min : null,
      yearFounded: parseYear(get("year_founded")),
      japaneseSpeakers: parseCount(get("japanese_speakers")),
      bridgeEngineers: parseCount(get("bridge_engineers")),
      jlptN1: parseCount(get("jlpt_n1")),
      jlptN2: parseCount(get("jlpt_n2")),
      englishSpeakers: parseCount(get("english_speakers")),
      texts: [get("description_en"), get("description_ja"), get("description_vi")].filter(Boolean),
      offersText: get("offers_text"),
      seeksText: get("seeks_text"),
      tags: splitList(get("tags")),
      intents: parseIntents(get("intents")),
      firmType: parseFirmType(get("firm_type")),
      partnerLanguages: parseLanguages(get("partner_languages")),
      minPartnerEmployees: parseCount(get("min_partner_employees")),
      partnerPresence: parsePlaces(get("partner_presence")),
    };
    const at = firms.findIndex((f) => f.id === ref);
    if (at >= 0) firms[at] = firm;
    else firms.push(firm);
  });
  return { firms, problems };
}

export type PairRow = { a: string; b: string; line: number; extra: Record<string, string> };

/** Pairs from a CSV with columns a, b (any extra columns kept aside: label, category, reason). */
export function pairsFromCsv(text: string): { pairs: PairRow[]; problems: CsvProblem[] } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) =>
      h
        .replace(/^\uFEFF/, "")
        .trim()
        .toLowerCase(),
  });
  const problems: CsvProblem[] = [];
  const pairs: PairRow[] = [];
  const fields = parsed.meta.fields ?? [];
  const aKey = fields.find((f) => ["a", "firm_a", "ref_a", "a_ref"].includes(f)) ?? fields[0] ?? "a";
  const bKey = fields.find((f) => ["b", "firm_b", "ref_b", "b_ref"].includes(f)) ?? fields[1] ?? "b";
  parsed.data.forEach((row, i) => {
    const a = (row[aKey] ?? "").trim();
    const b = (row[bKey] ?? "").trim();
    if (!a && !b) return;
    const extra: Record<string, string> = {};
    for (const [k, v] of Object.entries(row)) if (k !== aKey && k !== bKey) extra[k] = (v ?? "").trim();
    pairs.push({ a, b, line: i + 2, extra });
  });
  return { pairs, problems };
}
