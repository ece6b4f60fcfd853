// Badge codes: eight characters from an alphabet without look-alikes (no 0/O, 1/I/L), easy to read out and
// type at a busy door. Pure.
import { randomInt } from "node:crypto";

const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

export function newBadgeCode(): string {
  return Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
}

/** What staff typed, as a code: case, spaces and dashes ignored. */
export function normalizeBadgeCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "").slice(0, 16);
}

/** Whether a normalized code can be one of ours (so a typo is told apart from an unknown badge). */
export function isBadgeCode(code: string): boolean {
  return code.length === 8 && [...code].every((c) => ALPHABET.includes(c));
}
