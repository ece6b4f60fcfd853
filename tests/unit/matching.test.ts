import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MatchEngine } from "@/lib/matching/engine";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { compileProfile } from "@/lib/matching/profile";
import { directional, pairScores } from "@/lib/matching/score";
import { createPools, pack, scorePairs } from "@/lib/matching/batch-kernel";
import type { MatchFirm } from "@/lib/matching/types";
import { generateFirms } from "@/prisma/seed/generate-firms";
import { toMatchFirm } from "@/bench/match";

const concepts = repositoryConcepts();
const base: MatchFirm = {
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
const firm = (over: Partial<MatchFirm>): MatchFirm => ({ ...base, ...over });

describe("scoring", () => {
  const engine = new MatchEngine(concepts);
  const seeker = firm({ id: "jp", country: "JP", seeks: [{ code: "embedded" }], japaneseSpeakers: 100 });
  engine.upsert(seeker);

  it("a seek is met fully by the same capability, mostly by a narrower one, partly by a broader one", () => {
    engine.upsert(firm({ id: "same", offers: [{ code: "embedded" }] }));
    engine.upsert(firm({ id: "narrower", offers: [{ code: "automotive-software" }] }));
    engine.upsert(firm({ id: "unrelated", offers: [{ code: "erp" }] }));
    const forSeeker = (id: string) => engine.score("jp", id)!.forA;
    expect(forSeeker("same")).toBeGreaterThan(forSeeker("narrower"));
    expect(forSeeker("narrower")).toBeGreaterThan(forSeeker("unrelated"));
  });

  it("reads the same capability from Japanese, English and Vietnamese text", () => {
    const index = engine.concepts;
    const ja = compileProfile(firm({ id: "ja", texts: ["車載ソフトウェアを開発しています。"] }), index);
    const en = compileProfile(firm({ id: "en", texts: ["We build automotive embedded software."] }), index);
    const vi = compileProfile(firm({ id: "vi", texts: ["Chúng tôi phát triển phần mềm ô tô."] }), index);
    const cap = index.capability("automotive-software")!;
    for (const p of [ja, en, vi]) expect(p.offerCaps.has(cap)).toBe(true);
    const seeker = compileProfile(firm({ id: "s", country: "JP", seeks: [{ code: "automotive-software" }] }), index);
    expect(directional(seeker, ja)).toBeCloseTo(directional(seeker, en), 6);
    expect(directional(seeker, en)).toBeCloseTo(directional(seeker, vi), 6);
  });

  it("a Japanese firm fits a Vietnamese firm with bridge engineers better than one without a common language", () => {
    const e = new MatchEngine(concepts);
    e.upsert(
      firm({ id: "jp", country: "JP", seeks: [{ code: "web-apps" }], japaneseSpeakers: 50, englishSpeakers: 0 }),
    );
    e.upsert(
      firm({ id: "bridge", offers: [{ code: "web-apps" }], bridgeEngineers: 4, jlptN1: 3, japaneseSpeakers: 10 }),
    );
    e.upsert(firm({ id: "silent", offers: [{ code: "web-apps" }], englishSpeakers: 40 }));
    expect(e.score("jp", "bridge")!.score).toBeGreaterThan(e.score("jp", "silent")!.score);
    const reasons = e.recommend("jp").find((r) => r.firmId === "bridge")!.reasons;
    expect(reasons).toContainEqual({ kind: "japaneseCapacity", japaneseSpeakers: 10, bridgeEngineers: 4, jlptN1: 3 });
    expect(reasons[0]).toEqual({ kind: "theyOffer", capability: "web-apps", sought: "web-apps", note: "" });
  });

  it("weighs certifications a firm requires", () => {
    const e = new MatchEngine(concepts);
    e.upsert(firm({ id: "jp", country: "JP", seeks: [{ code: "erp" }], requiredCertifications: ["ISO27001"] }));
    e.upsert(firm({ id: "certified", offers: [{ code: "erp" }], certifications: ["ISO27001"] }));
    e.upsert(firm({ id: "not", offers: [{ code: "erp" }] }));
    expect(e.score("jp", "certified")!.score).toBeGreaterThan(e.score("jp", "not")!.score);
  });

  it("pairs Vietnam with Japan by default, and same-country pairs only when asked", () => {
    const e = new MatchEngine(concepts);
    e.upsert(firm({ id: "vn1" }));
    e.upsert(firm({ id: "vn2" }));
    e.upsert(firm({ id: "jp", country: "JP" }));
    expect(e.recommend("vn1").map((r) => r.firmId)).toEqual(["jp"]);
    expect(
      e
        .recommend("vn1", { sameCountry: true })
        .map((r) => r.firmId)
        .sort(),
    ).toEqual(["jp", "vn2"]);
    expect(e.score("vn1", "vn2")).toBeNull();
  });

  it("a removed firm (rejected, or no longer approved) is recommended to no one", () => {
    const e = new MatchEngine(concepts);
    e.upsert(firm({ id: "vn" }));
    e.upsert(firm({ id: "jp", country: "JP" }));
    e.remove("jp");
    expect(e.recommend("vn")).toEqual([]);
  });
});

describe("the demo registry", () => {
  const firms = generateFirms(300, "matching-test").map(toMatchFirm);
  const engine = new MatchEngine(concepts);
  for (const f of firms) engine.upsert(f);

  it("the all-pairs kernel gives the same scores as the plain scorer", () => {
    const index = engine.concepts;
    const profiles = firms.slice(0, 40).map((f) => compileProfile(f, index));
    const packed = pack(profiles, index.size);
    const pools = createPools(profiles.length, 40);
    const all = Int32Array.from(profiles.keys());
    scorePairs(packed, all, all, true, 40, pools);
    const out = { forA: 0, forB: 0 };
    for (let i = 0; i < profiles.length; i++) {
      for (let k = i * 40; k < (i + 1) * 40; k++) {
        const j = pools.who[k]!;
        if (j < 0) continue;
        pairScores(profiles[i]!, profiles[j]!, out);
        expect(pools.forOwner[k]).toBeCloseTo(out.forA, 5);
        expect(pools.forOther[k]).toBeCloseTo(out.forB, 5);
      }
    }
  });

  it("every firm's list from the all-firms run matches its own list", async () => {
    const { lists } = await engine.recommendAll({ topK: 10, threads: 1 });
    for (const f of firms.slice(0, 25)) {
      expect(lists.get(f.id)!.map((r) => r.firmId)).toEqual(engine.recommend(f.id, { topK: 10 }).map((r) => r.firmId));
    }
  });

  it("a top 20 is not twenty firms of the same kind", () => {
    for (const f of firms.slice(0, 30)) {
      const list = engine.recommend(f.id, { topK: 20 });
      const kinds = new Set(
        list.map((r) => {
          const o = firms.find((x) => x.id === r.firmId)!;
          return `${o.sectors[0]}:${o.employeeBand}`;
        }),
      );
      expect(kinds.size).toBeGreaterThanOrEqual(Math.min(5, list.length));
    }
  });
});

const arbFirm = (id: string) =>
  fc
    .record({
      country: fc.constantFrom("VN", "JP", "OTHER"),
      sectors: fc.subarray(["automotive", "finance", "retail", "ai", "logistics"]),
      offers: fc
        .subarray(["embedded", "automotive-software", "erp", "web-apps", "ai-ocr", "cloud-migration"])
        .map((c) => c.map((code) => ({ code }))),
      seeks: fc
        .subarray(["embedded", "automotive-software", "erp", "web-apps", "ai-ocr", "offshore-dev"])
        .map((c) => c.map((code) => ({ code }))),
      markets: fc.subarray(["JAPAN", "VIETNAM", "ASEAN", "US", "EU"]),
      certifications: fc.subarray(["ISO27001", "ISO9001", "CMMI"]),
      requiredCertifications: fc.subarray(["ISO27001", "PRIVACY_MARK"]),
      employeeBand: fc.constantFrom("B1_49", "B50_249", "B250_999", "B1000_PLUS"),
      japaneseSpeakers: fc.nat(500),
      bridgeEngineers: fc.nat(50),
      jlptN1: fc.nat(50),
      jlptN2: fc.nat(50),
      englishSpeakers: fc.nat(500),
      texts: fc.array(
        fc.oneof(fc.string(), fc.constantFrom("車載ソフトウェア", "phần mềm ô tô", "looking for cloud migration")),
        { maxLength: 2 },
      ),
    })
    .map((f) => ({ ...f, id }) as MatchFirm);

describe("engine properties", () => {
  it("scores are in [0, 1] and the reciprocal score is symmetric", () => {
    fc.assert(
      fc.property(arbFirm("a"), arbFirm("b"), (a, b) => {
        const e = new MatchEngine(concepts);
        e.upsert(a);
        e.upsert(b);
        const ab = e.score("a", "b", { sameCountry: true });
        const ba = e.score("b", "a", { sameCountry: true });
        if (!ab || !ba) return false;
        return (
          ab.score >= 0 &&
          ab.score <= 1 &&
          ab.forA >= 0 &&
          ab.forA <= 1 &&
          Math.abs(ab.score - ba.score) < 1e-12 &&
          Math.abs(ab.forA - ba.forB) < 1e-12
        );
      }),
      { numRuns: 300 },
    );
  });

  it("a firm is never recommended to itself, lists are sorted and at most K long", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 2, maxLength: 12 }), fc.nat(1000), (ids, seed) => {
        const e = new MatchEngine(concepts);
        const gen = ids.map((_, i) => fc.sample(arbFirm(`f${i}`), { numRuns: 1, seed: seed + i })[0]!);
        for (const f of gen) e.upsert(f);
        return gen.every((f) => {
          const list = e.recommend(f.id, { topK: 5, sameCountry: true });
          return (
            list.length <= 5 &&
            list.every((r) => r.firmId !== f.id) &&
            list.every((r, k) => k === 0 || list[k - 1]!.score >= r.score)
          );
        });
      }),
      { numRuns: 100 },
    );
  });
});
