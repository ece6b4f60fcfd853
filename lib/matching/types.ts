// The matching engine's inputs and outputs: plain data, no database or React types.
export type Country = "VN" | "JP" | "OTHER";
export type EmployeeBand = "B1_49" | "B50_249" | "B250_999" | "B1000_PLUS";

/** A taxonomy node as the engine sees it: its code, kind, parent, and every way of writing it. */
export type Concept = { code: string; kind: "SECTOR" | "CAPABILITY"; parent: string | null; terms: string[] };

/** A firm's profile as the engine reads it. Only approved firms are given to the engine. */
export type MatchFirm = {
  id: string;
  country: Country;
  sectors: string[];
  offers: { code: string; note?: string }[];
  seeks: { code: string; note?: string }[];
  markets: string[];
  certifications: string[];
  /** Certifications the firm requires of a partner (e.g. ISO/IEC 27001 for work on client data). */
  requiredCertifications: string[];
  employeeBand: EmployeeBand;
  japaneseSpeakers: number;
  bridgeEngineers: number;
  jlptN1: number;
  jlptN2: number;
  englishSpeakers: number;
  /** Descriptions and tags in any language; read for capabilities the firm did not pick from the list. */
  texts: string[];
};

/** Why a firm is recommended, as data; the app renders it in the reader's language. */
export type Reason =
  | { kind: "theyOffer"; capability: string; sought: string; note: string }
  | { kind: "theySeek"; capability: string }
  | { kind: "sharedSector"; sector: string }
  | { kind: "sharedMarket"; market: string }
  | { kind: "targetsYourMarket"; market: string }
  | { kind: "japaneseCapacity"; japaneseSpeakers: number; bridgeEngineers: number; jlptN1: number }
  | { kind: "commonEnglish"; englishSpeakers: number }
  | { kind: "hasRequiredCertification"; certification: string };

export type Recommendation = {
  firmId: string;
  /** Reciprocal score in [0, 1]: the harmonic mean of how well each side suits the other. */
  score: number;
  /** How well the recommended firm suits the reader, and the reader suits it. */
  forYou: number;
  forThem: number;
  reasons: Reason[];
};
