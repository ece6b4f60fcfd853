/**
 * A share (0..1) as a whole percentage rounded down, for lists judged against a threshold: a firm whose best match
 * is 0.5496 is below the 55% "good match" line, and must read 54%, not 55%. The tiny epsilon undoes binary
 * fractions (0.57 * 100 is 56.99999999999999).
 */
export function floorPercent(share: number): number {
  return Math.floor(share * 100 + 1e-9);
}
