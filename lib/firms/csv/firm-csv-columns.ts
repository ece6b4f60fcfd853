// The columns of the firm CSV (import template and export). public/templates/firms-import-template.csv is
// an example; the README's "Importing firms" section documents each column.
export const FIRM_CSV_COLUMNS = [
  "ref",
  "name_local",
  "name_en",
  "name_ja",
  "country",
  "city",
  "year_founded",
  "employees",
  "website",
  "sectors",
  "offers",
  "seeks",
  "markets",
  "certifications",
  "required_certifications",
  "japanese_speakers",
  "bridge_engineers",
  "jlpt_n1",
  "jlpt_n2",
  "english_speakers",
  "tags",
  "description_en",
  "description_ja",
  "description_vi",
  "offers_text",
  "seeks_text",
  "intents",
  "firm_type",
  "partner_languages",
  "min_partner_employees",
  "partner_presence",
  "contact_name",
  "contact_title",
  "contact_email",
  "contact_phone",
] as const;

export type FirmCsvColumn = (typeof FIRM_CSV_COLUMNS)[number];
export type FirmCsvRow = Partial<Record<FirmCsvColumn, string>>;

export const REQUIRED_COLUMNS: FirmCsvColumn[] = ["name_local", "name_en", "country", "city", "employees"];

export const MAX_IMPORT_ROWS = 5000;

/** Which CSV column a profile field's error belongs to. */
export const COLUMN_OF_FIELD: Record<string, FirmCsvColumn> = {
  nameLocal: "name_local",
  nameEn: "name_en",
  nameJa: "name_ja",
  country: "country",
  city: "city",
  yearFounded: "year_founded",
  employeeBand: "employees",
  website: "website",
  sectorIds: "sectors",
  offers: "offers",
  seeks: "seeks",
  markets: "markets",
  certifications: "certifications",
  cmmiLevel: "certifications",
  requiredCertifications: "required_certifications",
  japaneseSpeakers: "japanese_speakers",
  bridgeEngineers: "bridge_engineers",
  jlptN1: "jlpt_n1",
  jlptN2: "jlpt_n2",
  englishSpeakers: "english_speakers",
  tags: "tags",
  descriptionEn: "description_en",
  descriptionJa: "description_ja",
  descriptionVi: "description_vi",
  offersText: "offers_text",
  seeksText: "seeks_text",
  intents: "intents",
  firmType: "firm_type",
  partnerLanguages: "partner_languages",
  minPartnerEmployees: "min_partner_employees",
  partnerPresence: "partner_presence",
  ref: "ref",
  contacts: "contact_email",
};

// Lists inside a cell are separated by semicolons (commas appear inside names and descriptions).
export const LIST_SEPARATOR = ";";
