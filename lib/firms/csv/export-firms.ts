import Papa from "papaparse";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { isOrganizer } from "@/lib/auth/policy";
import { FIRM_CSV_COLUMNS, LIST_SEPARATOR, type FirmCsvColumn } from "./firm-csv-columns";

const BAND_LABEL = { B1_49: "1-49", B50_249: "50-249", B250_999: "250-999", B1000_PLUS: "1000+" } as const;

/**
 * The registry as CSV in the import format, plus status columns, so an export can be edited and imported
 * back. UTF-8 with a byte-order mark: without it Excel reads Japanese and Vietnamese as mojibake.
 */
export async function exportFirmsCsv(actor: Actor): Promise<string> {
  if (!isOrganizer(actor)) throw new AppError("FORBIDDEN", "organizers only");
  const firms = await db.firm.findMany({
    orderBy: [{ country: "asc" }, { nameEn: "asc" }],
    include: {
      sectors: { include: { sector: { select: { code: true } } } },
      capabilities: { include: { node: { select: { code: true } } } },
      markets: true,
      certifications: true,
      requirements: true,
      tags: true,
      contacts: { take: 1, orderBy: { id: "asc" } },
      intents: true,
      partnerLanguages: true,
      partnerPresence: true,
    },
  });
  const rows = firms.map((f) => {
    const contact = f.contacts[0];
    const row: Record<FirmCsvColumn | "status" | "id", string | number> = {
      id: f.id,
      status: f.status,
      ref: f.ref ?? "",
      name_local: f.nameLocal,
      name_en: f.nameEn,
      name_ja: f.nameJa ?? "",
      country: f.country,
      city: f.city,
      year_founded: f.yearFounded ?? "",
      employees: BAND_LABEL[f.employeeBand],
      website: f.website ?? "",
      sectors: f.sectors.map((s) => s.sector.code).join(LIST_SEPARATOR),
      offers: f.capabilities
        .filter((c) => c.direction === "OFFER")
        .map((c) => c.node.code)
        .join(LIST_SEPARATOR),
      seeks: f.capabilities
        .filter((c) => c.direction === "SEEK")
        .map((c) => c.node.code)
        .join(LIST_SEPARATOR),
      markets: f.markets.map((m) => m.market).join(LIST_SEPARATOR),
      certifications: f.certifications
        .map((c) => (c.kind === "CMMI" && c.level ? `CMMI${c.level}` : c.kind))
        .join(LIST_SEPARATOR),
      required_certifications: f.requirements.map((r) => r.kind).join(LIST_SEPARATOR),
      japanese_speakers: f.japaneseSpeakers,
      bridge_engineers: f.bridgeEngineers,
      jlpt_n1: f.jlptN1,
      jlpt_n2: f.jlptN2,
      english_speakers: f.englishSpeakers,
      tags: f.tags.map((t) => t.tag).join(LIST_SEPARATOR),
      description_en: f.descriptionEn ?? "",
      description_ja: f.descriptionJa ?? "",
      description_vi: f.descriptionVi ?? "",
      offers_text: f.offersText ?? "",
      seeks_text: f.seeksText ?? "",
      intents: f.intents.map((i) => i.intent.toLowerCase()).join(LIST_SEPARATOR),
      firm_type: f.firmType?.toLowerCase() ?? "",
      partner_languages: f.partnerLanguages.map((l) => l.language.toLowerCase()).join(LIST_SEPARATOR),
      min_partner_employees: f.minPartnerEmployees ?? "",
      partner_presence: f.partnerPresence.map((p) => p.place).join(LIST_SEPARATOR),
      contact_name: contact?.name ?? "",
      contact_title: contact?.title ?? "",
      contact_email: contact?.email ?? "",
      contact_phone: contact?.phone ?? "",
    };
    return row;
  });
  // Cells starting with = + - @ are quoted with a leading apostrophe by `escapeFormulae`, so a firm's name
  // cannot become a spreadsheet formula on an organizer's machine.
  return (
    "\uFEFF" +
    Papa.unparse(
      { fields: [...FIRM_CSV_COLUMNS, "status", "id"], data: rows },
      { escapeFormulae: true, newline: "\r\n" },
    )
  );
}
