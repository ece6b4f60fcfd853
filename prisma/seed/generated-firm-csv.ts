// A firm CSV in the import's columns, generated from the seed's firms: for the import benchmark and for the
// test that kills an import halfway.
import Papa from "papaparse";
import { generateFirms } from "./generate-firms";
import { FIRM_CSV_COLUMNS } from "../../lib/firms/csv/firm-csv-columns";

const BAND = { B1_49: "1-49", B50_249: "50-249", B250_999: "250-999", B1000_PLUS: "1000+" } as const;

export function generatedFirmCsv(rows: number, seed: string): string {
  const data = generateFirms(rows, seed).map((f, i) => ({
    ref: `GEN-${i + 1}`,
    name_local: f.nameLocal,
    name_en: f.nameEn,
    country: f.country,
    city: f.city,
    employees: BAND[f.employeeBand],
    website: f.website,
    sectors: f.sectorCodes.join(";"),
    offers: f.offers.map((o) => o.code).join(";"),
    seeks: f.seeks.map((o) => o.code).join(";"),
    markets: f.markets.join(";"),
    certifications: f.certifications.map((c) => (c.kind === "CMMI" ? `CMMI${c.level}` : c.kind)).join(";"),
    japanese_speakers: f.japaneseSpeakers,
    bridge_engineers: f.bridgeEngineers,
    tags: f.tags.join(";"),
    description_en: f.descriptionEn ?? "",
    description_ja: f.descriptionJa ?? "",
    description_vi: f.descriptionVi ?? "",
    intents: f.intents.map((x) => x.toLowerCase()).join(";"),
    firm_type: f.firmType.toLowerCase(),
    contact_name: f.contact.name,
    contact_email: f.contact.email,
  }));
  return "\uFEFF" + Papa.unparse({ fields: [...FIRM_CSV_COLUMNS], data });
}
