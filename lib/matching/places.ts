/**
 * Countries (ISO codes) and regions a firm can be present in. The order is the engine's presence bit layout
 * (bit i = PLACES[i]), and the profile form and the import offer the same list, plus the ASEAN region.
 */
export const PLACES = [
  "JP",
  "VN",
  "TH",
  "SG",
  "ID",
  "MY",
  "PH",
  "MM",
  "KH",
  "LA",
  "US",
  "EU",
  "KR",
  "CN",
  "TW",
  "AU",
  "IN",
] as const;
