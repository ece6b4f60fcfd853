// The reasons behind a recommendation, strongest first, as data for the reader's language.
import type { ConceptIndex } from "./concept-index";
import { CERTIFICATIONS, MARKETS, type Profile } from "./profile";
import { languageFit } from "./score";
import type { Reason } from "./types";

const MAX_REASONS = 4;

/** Why b is worth meeting for a. */
export function explain(a: Profile, b: Profile, index: ConceptIndex): Reason[] {
  const weighted: { weight: number; reason: Reason }[] = [];
  const n = index.size;
  // What b offers that a seeks: name the offer that meets the seek best.
  for (let i = 0; i < a.seekCaps.length; i++) {
    const seek = a.seekCaps[i]!;
    if (b.meets[seek]! < 0.45) continue;
    let best = -1;
    let bestCredit = 0;
    for (const offer of b.offerCaps) {
      const c = index.credit[seek * n + offer]!;
      if (c > bestCredit) [best, bestCredit] = [offer, c];
    }
    if (best < 0) continue;
    const capability = index.capabilities[best]!;
    const note = b.firm.offers.find((o) => o.code === capability)?.note ?? "";
    weighted.push({
      weight: 0.5 * a.seekWeights[i]! * b.meets[seek]!,
      reason: { kind: "theyOffer", capability, sought: index.capabilities[seek]!, note },
    });
  }
  for (let i = 0; i < b.seekCaps.length; i++) {
    const seek = b.seekCaps[i]!;
    if (a.meets[seek]! >= 0.7)
      weighted.push({
        weight: 0.3 * a.meets[seek]!,
        reason: { kind: "theySeek", capability: index.capabilities[seek]! },
      });
  }
  for (let s = 0; s < index.sectors.length; s++) {
    if (a.sectorMask & b.sectorMask & (1 << s))
      weighted.push({ weight: 0.12, reason: { kind: "sharedSector", sector: index.sectors[s]! } });
  }
  for (let m = 2; m < MARKETS.length; m++) {
    if (a.marketMask & b.marketMask & (1 << m))
      weighted.push({ weight: 0.06, reason: { kind: "sharedMarket", market: MARKETS[m]! } });
  }
  if (b.marketMask & a.homeMarket) {
    weighted.push({
      weight: 0.05,
      reason: { kind: "targetsYourMarket", market: MARKETS[a.homeMarket === 1 ? 0 : 1]! },
    });
  }
  // A Japanese-speaking team at a non-Japanese firm is worth saying; so is English when that is the bridge.
  if (a.country !== b.country && languageFit(a, b) >= 0.5) {
    const f = b.firm;
    if (b.country !== 1 && a.japanese >= 0.5 && b.japanese >= 0.5) {
      weighted.push({
        weight: 0.1 * b.japanese,
        reason: {
          kind: "japaneseCapacity",
          japaneseSpeakers: f.japaneseSpeakers,
          bridgeEngineers: f.bridgeEngineers,
          jlptN1: f.jlptN1,
        },
      });
    } else if (Math.min(a.english, b.english) >= 0.5) {
      weighted.push({
        weight: 0.1 * Math.min(a.english, b.english),
        reason: { kind: "commonEnglish", englishSpeakers: f.englishSpeakers },
      });
    }
  }
  for (let c = 0; c < CERTIFICATIONS.length; c++) {
    if (a.requiredMask & b.certMask & (1 << c))
      weighted.push({ weight: 0.08, reason: { kind: "hasRequiredCertification", certification: CERTIFICATIONS[c]! } });
  }
  return weighted
    .sort((x, y) => y.weight - x.weight)
    .slice(0, MAX_REASONS)
    .map((w) => w.reason);
}
