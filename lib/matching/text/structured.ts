// Lenient readers for the structured columns a person types (CSV cells, form fields): "Japan", "日本", "JP" and
// "Japanese" are the same; "CMMI level 3" is CMMI 3; "1-49", "25" and "about 300" are sizes. Whatever cannot be
// read is returned as unread, never thrown.
import { INTENTS, type FirmType, type Intent } from "../intents";
import { CERTIFICATIONS, FORM_CERTIFICATIONS, INTENT_WORDS, PLACES, type Cert, type Lang } from "./lexicon";
import { foldMarks, normalizeText } from "./statement";

const clean = (s: string) =>
  foldMarks(normalizeText(s))
    .replace(/[()（）]/g, " ")
    .replace(/\s+/g, " ")
    .trim();

export function splitList(cell: string | undefined | null): string[] {
  return (cell ?? "")
    .split(/[;；,、\n|]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const INTENT_LOOKUP = new Map<string, Intent>();
for (const i of INTENTS) {
  INTENT_LOOKUP.set(i, i);
  for (const w of INTENT_WORDS[i]) INTENT_LOOKUP.set(clean(w), i);
}

/** "clients; capacity partners; 出資" -> intents; words that are not intents are ignored. */
export function parseIntents(cell: string | undefined | null): Intent[] {
  const out = new Set<Intent>();
  for (const item of splitList(cell)) {
    const key = clean(item);
    const hit = INTENT_LOOKUP.get(key) ?? INTENT_LOOKUP.get(key.replace(/ partners?$/, ""));
    if (hit) out.add(hit);
    else for (const [word, intent] of INTENT_LOOKUP) if (word.length > 3 && key.includes(word)) out.add(intent);
  }
  return [...out];
}

export function parseFirmType(cell: string | undefined | null): FirmType | null {
  const v = clean(cell ?? "");
  if (!v) return null;
  if (/both|両方|ca hai|vendor.*buyer|buyer.*vendor/.test(v)) return "both";
  if (/vendor|seller|supplier|provider|ベンダー|nha cung cap/.test(v)) return "vendor";
  if (/buyer|client|customer|発注|khach hang|ben mua/.test(v)) return "buyer";
  return null;
}

const LANG_WORDS: Record<Lang, RegExp> = {
  ja: /^(ja|jp|jpn|japanese|japan|nihongo|日本語|日本|tieng nhat|nhat)$/,
  en: /^(en|eng|english|英語|tieng anh|anh)$/,
  vi: /^(vi|vn|vie|vietnamese|ベトナム語|tieng viet|viet)$/,
};

export function parseLanguages(cell: string | undefined | null): Lang[] {
  const out = new Set<Lang>();
  for (const item of splitList(cell)) {
    const key = clean(item);
    for (const lang of ["ja", "en", "vi"] as Lang[]) if (LANG_WORDS[lang].test(key)) out.add(lang);
  }
  return [...out];
}

const PLACE_LOOKUP = new Map<string, string>();
for (const [code, names] of Object.entries(PLACES)) {
  PLACE_LOOKUP.set(code.toLowerCase(), code);
  for (const n of names) PLACE_LOOKUP.set(clean(n), code);
}
PLACE_LOOKUP.set("japanese", "JP");
PLACE_LOOKUP.set("vietnamese", "VN");
PLACE_LOOKUP.set("thai", "TH");
PLACE_LOOKUP.set("vn", "VN");
PLACE_LOOKUP.set("jp", "JP");

/** "TH; Japan; ASEAN; 日本" -> ["TH", "JP", "ASEAN"]; unknown names are kept upper-cased. */
export function parsePlaces(cell: string | undefined | null): string[] {
  const out = new Set<string>();
  for (const item of splitList(cell)) {
    const key = clean(item);
    out.add(PLACE_LOOKUP.get(key) ?? key.toUpperCase());
  }
  return [...out];
}

export type CertHeld = { cert: Cert; level?: number };

/** "ISO27001; CMMI3; Pマーク; CMMI level 5" -> certifications with CMMI levels. */
export function parseCertifications(cell: string | undefined | null): CertHeld[] {
  const out: CertHeld[] = [];
  for (const item of splitList(cell)) {
    const key = clean(item).replace(/[-_]/g, " ");
    const compact = key.replace(/\s+/g, "");
    if (/27001|isms/.test(compact)) out.push({ cert: "ISO27001" });
    else if (/9001/.test(compact)) out.push({ cert: "ISO9001" });
    else if (/14001/.test(compact)) out.push({ cert: "ISO14001" });
    else if (/privacy|pマーク|プライバシー|pmark/.test(compact)) out.push({ cert: "PRIVACY_MARK" });
    else if (/cmmi/.test(compact)) {
      const level = Number(compact.match(/([2-5])/)?.[1] ?? NaN);
      out.push({ cert: "CMMI", ...(Number.isFinite(level) ? { level } : {}) });
    } else {
      // A trade's own standard ("IATF 16949", "ASPICE CL2", "ISO 13485:2016"): the lexicon's words, spaces aside.
      const other = OTHER_CERTS.find((c) => c.compact.some((w) => compact.includes(w)));
      if (other) out.push({ cert: other.cert });
    }
  }
  return out;
}

const OTHER_CERTS = CERTIFICATIONS.filter((c) => !FORM_CERTIFICATIONS.includes(c.cert)).map((c) => ({
  cert: c.cert,
  compact: c.phrases.map((p) => p.replace(/[-_\s]/g, "")).filter((p) => p.length >= 3),
}));

export const CERTIFICATION_NAMES = CERTIFICATIONS.map((c) => c.cert);

/** Employees as a range: a band ("50-249", "1000+"), a number ("120", "1,200", "about 300"). */
export function parseEmployees(cell: string | undefined | null): { min: number; max: number } | null {
  const v = (cell ?? "").normalize("NFKC").replace(/[,\s]/g, "").toLowerCase();
  if (!v) return null;
  const band = v.match(/^(\d+)[-~〜–](\d+)/);
  if (band) return { min: Number(band[1]), max: Number(band[2]) };
  const plus = v.match(/^(\d+)\+/) ?? v.match(/^(?:over|>|≥)(\d+)/);
  if (plus) return { min: Number(plus[1]), max: Math.max(Number(plus[1]) * 10, 20000) };
  // Sites added up ("東京本社40名＋ダナン開発拠点250名", "HN 120 people + DN 80 people").
  const sites = [
    ...v.matchAll(/(\d+)(?:名|人|people|persons|staff|employees|engineers|người|nguoi|nhânviên|nhanvien)/g),
  ];
  if (sites.length > 1 && /\d\D*\+\D*\d/.test(v)) {
    const total = sites.reduce((sum, m) => sum + Number(m[1]), 0);
    return { min: total, max: total };
  }
  const n = v.match(/(\d+)/);
  if (n) return { min: Number(n[1]), max: Number(n[1]) };
  const bands: Record<string, { min: number; max: number }> = {
    b1_49: { min: 1, max: 49 },
    b50_249: { min: 50, max: 249 },
    b250_999: { min: 250, max: 999 },
    b1000_plus: { min: 1000, max: 20000 },
  };
  return bands[v] ?? null;
}

/** A year founded from a cell ("2012", "２０１２年", "est. 1988"), or null when none plausible is there. */
export function parseYear(cell: string | undefined | null): number | null {
  const m = (cell ?? "").normalize("NFKC").match(/(?<!\d)(1[89]\d{2}|20\d{2})(?!\d)/);
  return m && Number(m[1]) <= new Date().getUTCFullYear() ? Number(m[1]) : null;
}

/** A whole number from a cell ("12", "１２", "12 people"), or null. */
export function parseCount(cell: string | undefined | null): number | null {
  const m = (cell ?? "").normalize("NFKC").replace(/,/g, "").match(/\d+/);
  return m ? Number(m[0]) : null;
}
