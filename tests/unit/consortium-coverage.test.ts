import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  coverage,
  requirementValue,
  suggestPartners,
  type Candidate,
  type Requirement,
} from "@/lib/consortiums/coverage";

// cloud > cloud-migration; thai is a leaf; ai > vision.
const tree: Record<string, string[]> = { cloud: ["cloud-migration"], ai: ["vision"] };
const descendants = (id: string) => tree[id] ?? [];
const req = (id: string, capabilityId: string, mustHave: boolean, weight: number): Requirement => ({
  id,
  capabilityId,
  mustHave,
  weight,
});
const firm = (firmId: string, offers: string[], fit = 0.5): Candidate => ({ firmId, offers: new Set(offers), fit });

describe("coverage", () => {
  it("a narrower capability covers the broader requirement; nothing covers what nobody offers", () => {
    const rows = coverage(
      [req("r1", "cloud", true, 3), req("r2", "thai", false, 1)],
      [firm("lead", ["ai"]), firm("vn1", ["cloud-migration"])],
      descendants,
    );
    expect(rows.map((r) => [r.requirement.id, r.coveredBy])).toEqual([
      ["r1", ["vn1"]],
      ["r2", []],
    ]);
  });
});

describe("partner suggestions (greedy weighted set cover)", () => {
  const open = [req("r1", "cloud", true, 3), req("r2", "thai", true, 2), req("r3", "vision", false, 2)];

  it("takes the firm adding the most open value first, and explains each pick by what it adds", () => {
    const picks = suggestPartners(
      open,
      [firm("a", ["cloud-migration"]), firm("b", ["thai", "vision"]), firm("c", ["cloud", "thai"])],
      descendants,
    );
    // c covers r1 (6) + r2 (4) = 10; then b adds r3 (2); a adds nothing left.
    expect(picks.map((p) => [p.firmId, p.covers, p.gain])).toEqual([
      ["c", ["r1", "r2"], 10],
      ["b", ["r3"], 2],
    ]);
  });

  it("breaks ties by fit with the lead", () => {
    const picks = suggestPartners(
      [req("r2", "thai", true, 2)],
      [firm("x", ["thai"], 0.3), firm("y", ["thai"], 0.9)],
      descendants,
    );
    expect(picks.map((p) => p.firmId)).toEqual(["y"]);
  });

  it("never suggests a firm that adds nothing, never twice, and covers every coverable requirement when k allows (property)", () => {
    const caps = ["cloud", "cloud-migration", "thai", "ai", "vision", "sap"];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ cap: fc.constantFrom(...caps), must: fc.boolean(), weight: fc.integer({ min: 1, max: 5 }) }),
          { maxLength: 6 },
        ),
        fc.array(fc.record({ offers: fc.subarray(caps), fit: fc.double({ min: 0, max: 1, noNaN: true }) }), {
          maxLength: 12,
        }),
        (reqs, firms) => {
          const requirements = reqs.map((r, i) => req(`r${i}`, r.cap, r.must, r.weight));
          const candidates = firms.map((f, i) => firm(`f${i}`, f.offers, f.fit));
          const picks = suggestPartners(requirements, candidates, descendants, candidates.length);
          expect(new Set(picks.map((p) => p.firmId)).size).toBe(picks.length);
          for (const p of picks) expect(p.gain).toBeGreaterThan(0);
          const coverable = coverage(requirements, candidates, descendants)
            .filter((row) => row.coveredBy.length > 0)
            .map((row) => row.requirement.id);
          expect(picks.flatMap((p) => p.covers).sort()).toEqual([...coverable].sort());
          // Gains never increase: each pick is the best left.
          for (let i = 1; i < picks.length; i++) expect(picks[i]!.gain).toBeLessThanOrEqual(picks[i - 1]!.gain);
          expect(picks.reduce((s, p) => s + p.gain, 0)).toBe(
            requirements.filter((r) => coverable.includes(r.id)).reduce((s, r) => s + requirementValue(r), 0),
          );
        },
      ),
    );
  });
});
