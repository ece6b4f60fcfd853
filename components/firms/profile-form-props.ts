// What the profile form needs from the server: the taxonomy as options in the reader's language, the
// labels of fixed choices, and a firm's current values.
import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import {
  CERTIFICATIONS,
  COUNTRIES,
  EMPLOYEE_BANDS,
  FIRM_TYPES,
  INTENTS,
  MARKETS,
  PRESENCE_PLACES,
  WORK_LANGUAGES,
} from "@/lib/firms/firm-profile-schema";
import type { TaxonomyTree } from "@/lib/taxonomy/taxonomy-tree";
import type { ProfileFormValues } from "./firm-profile-form";

export async function profileFormOptions(taxonomy: TaxonomyTree, locale: AppLocale) {
  const common = await getTranslations("common");
  const t = await getTranslations("profileForm");
  const region = new Intl.DisplayNames([locale], { type: "region" });
  const language = new Intl.DisplayNames([locale], { type: "language" });
  return {
    sectors: taxonomy.ordered("SECTOR").map(({ node }) => ({ id: node.id, label: localized(node, "label", locale) })),
    capabilities: taxonomy
      .ordered("CAPABILITY")
      .map(({ node, depth }) => ({ id: node.id, label: localized(node, "label", locale), depth })),
    labels: {
      countries: COUNTRIES.map((c) => [c, common(`country.${c}`)] as [string, string]),
      bands: EMPLOYEE_BANDS.map((b) => [b, common(`employeeBand.${b}`)] as [string, string]),
      markets: MARKETS.map((m) => [m, common(`market.${m}`)] as [string, string]),
      certifications: CERTIFICATIONS.map((c) => [c, common(`certification.${c}`)] as [string, string]),
      intents: INTENTS.map((i) => [i, t(`intent.${i}`)] as [string, string]),
      firmTypes: FIRM_TYPES.map((f) => [f, t(`firmTypeOption.${f}`)] as [string, string]),
      languages: WORK_LANGUAGES.map((l) => [l, language.of(l.toLowerCase()) ?? l] as [string, string]),
      places: PRESENCE_PLACES.map((p) => [p, p === "ASEAN" ? "ASEAN" : (region.of(p) ?? p)] as [string, string]),
    },
  };
}

export const EMPTY_PROFILE: ProfileFormValues = {
  nameLocal: "",
  nameEn: "",
  nameJa: "",
  country: "",
  city: "",
  yearFounded: "",
  employeeBand: "",
  website: "",
  sectorIds: [],
  offers: [],
  seeks: [],
  markets: [],
  certifications: [],
  requiredCertifications: [],
  cmmiLevel: "",
  japaneseSpeakers: "0",
  bridgeEngineers: "0",
  jlptN1: "0",
  jlptN2: "0",
  englishSpeakers: "0",
  tags: "",
  descriptionEn: "",
  descriptionJa: "",
  descriptionVi: "",
  offersText: "",
  seeksText: "",
  intents: [],
  firmType: "",
  partnerLanguages: [],
  partnerPresence: [],
  minPartnerEmployees: "",
  partnerOnsite: false,
  contacts: [],
};

type LoadedFirm = {
  nameLocal: string;
  nameEn: string;
  nameJa: string | null;
  country: string;
  city: string;
  yearFounded: number | null;
  employeeBand: string;
  website: string | null;
  descriptionEn: string | null;
  descriptionJa: string | null;
  descriptionVi: string | null;
  offersText: string | null;
  seeksText: string | null;
  firmType: string | null;
  minPartnerEmployees: number | null;
  partnerOnsite: boolean;
  intents: { intent: string }[];
  partnerLanguages: { language: string }[];
  partnerPresence: { place: string }[];
  japaneseSpeakers: number;
  bridgeEngineers: number;
  jlptN1: number;
  jlptN2: number;
  englishSpeakers: number;
  sectors: { sectorId: string }[];
  capabilities: { nodeId: string; direction: string; note: string }[];
  markets: { market: string }[];
  certifications: { kind: string; level: number | null }[];
  requirements: { kind: string }[];
  tags: { tag: string }[];
  contacts: { name: string; title: string; email: string; phone: string }[];
};

export function profileValues(f: LoadedFirm): ProfileFormValues {
  return {
    nameLocal: f.nameLocal,
    nameEn: f.nameEn,
    nameJa: f.nameJa ?? "",
    country: f.country,
    city: f.city,
    yearFounded: f.yearFounded ? String(f.yearFounded) : "",
    employeeBand: f.employeeBand,
    website: f.website ?? "",
    sectorIds: f.sectors.map((s) => s.sectorId),
    offers: f.capabilities.filter((c) => c.direction === "OFFER").map(({ nodeId, note }) => ({ nodeId, note })),
    seeks: f.capabilities.filter((c) => c.direction === "SEEK").map(({ nodeId, note }) => ({ nodeId, note })),
    markets: f.markets.map((m) => m.market),
    certifications: f.certifications.map((c) => c.kind),
    requiredCertifications: f.requirements.map((r) => r.kind),
    cmmiLevel: String(f.certifications.find((c) => c.kind === "CMMI")?.level ?? ""),
    japaneseSpeakers: String(f.japaneseSpeakers),
    bridgeEngineers: String(f.bridgeEngineers),
    jlptN1: String(f.jlptN1),
    jlptN2: String(f.jlptN2),
    englishSpeakers: String(f.englishSpeakers),
    tags: f.tags.map((t) => t.tag).join(", "),
    descriptionEn: f.descriptionEn ?? "",
    descriptionJa: f.descriptionJa ?? "",
    descriptionVi: f.descriptionVi ?? "",
    offersText: f.offersText ?? "",
    seeksText: f.seeksText ?? "",
    intents: f.intents.map((i) => i.intent),
    firmType: f.firmType ?? "",
    partnerLanguages: f.partnerLanguages.map((l) => l.language),
    partnerPresence: f.partnerPresence.map((p) => p.place),
    minPartnerEmployees: f.minPartnerEmployees ? String(f.minPartnerEmployees) : "",
    partnerOnsite: f.partnerOnsite,
    contacts: f.contacts.map(({ name, title, email, phone }) => ({ name, title, email, phone })),
  };
}
