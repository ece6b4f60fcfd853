// "Not interested, because…": the dismissed firm leaves the list, and firms like it rank lower for the firm that
// said so, by the reason given. Pure: works on compiled profiles.
import type { DismissReason } from "./dismiss-reasons";
import type { Profile } from "./profile";

// How much a similar firm keeps of its score. Not zero: a reason about one firm is a hint about the others.
const KEEP = 0.75;

function offerSimilarity(a: Profile, b: Profile): number {
  let sum = 0,
    total = 0;
  for (let k = 0; k < a.offerCaps.length; k++) {
    sum += a.offerWeights[k]! * b.meets[a.offerCaps[k]!]!;
    total += a.offerWeights[k]!;
  }
  return total ? sum / total : 0;
}

/** Whether `candidate` is like `dismissed` in the way the reason names. */
export function alike(reason: DismissReason, dismissed: Profile, candidate: Profile): boolean {
  switch (reason) {
    case "COMPETITOR":
      // Sells what the dismissed competitor sells.
      return offerSimilarity(dismissed, candidate) >= 0.6;
    case "NOT_OUR_FIELD":
      // Works in the same field: same main sector, or mostly the same offers.
      return (
        (dismissed.sectorMask !== 0 && (dismissed.sectorMask & candidate.sectorMask) === dismissed.sectorMask) ||
        offerSimilarity(dismissed, candidate) >= 0.6
      );
    case "TOO_SMALL":
      return candidate.band <= dismissed.band;
    case "LANGUAGE":
      return candidate.ja <= dismissed.ja && candidate.en <= dismissed.en;
    case "ALREADY_WORKING":
      return false;
  }
}

/** A factor for each candidate's score, from the reader's dismissals with a reason. */
export function dismissalAdjustment(
  dismissals: { profile: Profile; reason: DismissReason }[],
): (candidate: Profile) => number {
  if (!dismissals.length) return () => 1;
  return (candidate) => (dismissals.some((d) => alike(d.reason, d.profile, candidate)) ? KEEP : 1);
}
