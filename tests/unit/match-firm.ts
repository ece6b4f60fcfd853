import type { MatchFirm } from "@/lib/matching/types";

/** A firm with nothing said: the matching tests' starting point, each test adds what it is about. */
export const BASE_MATCH_FIRM: MatchFirm = {
  id: "x",
  country: "VN",
  sectors: [],
  offers: [],
  seeks: [],
  markets: [],
  certifications: [],
  requiredCertifications: [],
  employeeBand: "B50_249",
  japaneseSpeakers: 0,
  bridgeEngineers: 0,
  jlptN1: 0,
  jlptN2: 0,
  englishSpeakers: 0,
  texts: [],
};
