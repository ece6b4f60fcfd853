import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isBadgeCode, newBadgeCode, normalizeBadgeCode } from "@/lib/check-in/badge-code";

describe("badge codes", () => {
  it("are eight characters without look-alikes, and survive being typed sloppily", () => {
    fc.assert(
      fc.property(fc.integer(), () => {
        const code = newBadgeCode();
        expect(isBadgeCode(code)).toBe(true);
        expect(code).not.toMatch(/[01OIL]/);
        expect(normalizeBadgeCode(` ${code.slice(0, 4).toLowerCase()}-${code.slice(4)} `)).toBe(code);
      }),
      { numRuns: 200 },
    );
    expect(isBadgeCode("ABCD")).toBe(false);
    expect(isBadgeCode("ABCDEFG0")).toBe(false);
  });
});
