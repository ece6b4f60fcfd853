import { describe, expect, it } from "vitest";
import { moneyIn, preRevenueIn, revenueIn, STAGES, stageClaimsIn, stagesIn } from "@/lib/matching/text/money";
import { MatchEngine } from "@/lib/matching/engine";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { BASE_MATCH_FIRM } from "./match-firm";
import type { Reason } from "@/lib/matching/types";
import { reasonWords, usd, type ReasonMessages } from "@/lib/matching/reason-words";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import vi from "@/messages/vi.json";

const k = (m: { low: number; high: number }) => [Math.round(m.low / 1000), Math.round(m.high / 1000)];

describe("sums of money in a sentence", () => {
  it("reads tickets and rounds in three languages and three currencies, in thousands of dollars", () => {
    expect(moneyIn("Seed and Series A investment, USD 1–3 million per company").map(k)).toEqual([[1000, 3000]]);
    expect(moneyIn("Seed / pre-Series A tickets of USD 150k - 1.5M, lead or co-lead").map(k)).toEqual([[150, 1500]]);
    // 5,000万円 to 3億円 at 150 yen to the dollar.
    expect(moneyIn("シード〜シリーズAで1社あたり5,000万〜3億円の出資").map(k)).toEqual([[333, 2000]]);
    // Vietnamese groups thousands with dots and writes decimals with a comma.
    expect(moneyIn("Đầu tư mỗi khoản từ 200.000 đến 2 triệu USD").map(k)).toEqual([[200, 2000]]);
    expect(moneyIn("Đang gọi vốn vòng seed mở rộng (1,5 triệu USD)").map(k)).toEqual([[1500, 1500]]);
    expect(moneyIn("プレシリーズAで1.5億円の調達を予定しており").map(k)).toEqual([[1000, 1000]]);
    // "500.000.000đ": the đồng sign right after the figure.
    expect(moneyIn("Đang gọi vốn vòng seed 50.000.000.000đ").map(k)).toEqual([[2000, 2000]]);
  });

  it("leaves out fund sizes, revenue, B2B and years, and marks the largest round an investor joins", () => {
    expect(moneyIn("Meridian is a Singapore-based venture fund of USD 80 million investing in deep tech")).toEqual([]);
    expect(moneyIn("Sen Vàng Ventures là quỹ đầu tư, quản lý 45 triệu USD")).toEqual([]);
    expect(moneyIn("2号ファンド（総額60億円）から1社あたり5,000万〜3億円を出資").map(k)).toEqual([[333, 2000]]);
    expect(moneyIn("Startups with at least USD 1m ARR")).toEqual([]);
    expect(moneyIn("An ASEAN fintech with about USD 4M recurring revenue raising USD 3-5M").map(k)).toEqual([
      [3000, 5000],
    ]);
    expect(moneyIn("Founded in 2019, we are raising USD 2M for our B2B seed round").map(k)).toEqual([[2000, 2000]]);
    expect(moneyIn("We are raising a Series A of USD 8-10M to fund tape-out").map(k)).toEqual([[8000, 10000]]);
    expect(moneyIn("We do not invest in rounds above USD 5 million")).toEqual([
      { low: 5_000_000, high: 5_000_000, cap: true },
    ]);
    expect(moneyIn("We build web apps for 30 clients")).toEqual([]);
  });

  it("reads funding stages, spans between them, and the stages an investor refuses", () => {
    const named = (sentence: string) => {
      const r = stagesIn(sentence)!;
      return [STAGES.filter((_, i) => r.mask & (1 << i)).join(","), r.refused];
    };
    expect(named("Lead or co-lead Series A–B, cheques of US$2–10M")).toEqual(["seriesA,seriesB", false]);
    expect(named("シード〜シリーズAで1社あたり5,000万〜3億円の出資")).toEqual(["seed,preA,seriesA", false]);
    expect(named("Đang gọi vốn vòng seed mở rộng/pre-Series A")).toEqual(["seed,preA", false]);
    // "và" (and) joins two stages as "and" does: a word boundary after a Vietnamese letter needs Unicode lookarounds.
    expect(named("Đầu tư vòng Seed và Series A")).toEqual(["seed,preA,seriesA", false]);
    expect(named("We do not join Series A or later rounds")).toEqual(["seriesA,seriesB,seriesC", true]);
    expect(named("We do not do pre-seed or seed deals")).toEqual(["preSeed,seed", true]);
    expect(named("シード段階の案件は対象外です")).toEqual(["seed", true]);
    expect(named("Đầu tư mọi giai đoạn ngoại trừ vòng seed")).toEqual(["seed", true]);
    expect(named("シリーズAのスタートアップに出資します")).toEqual(["seriesA", false]);
    expect(stagesIn("Web and mobile apps for retailers")).toBeNull();
  });

  it("a refusal in brackets refuses the stages it names, not those the sentence takes", () => {
    const claims = (sentence: string) =>
      stageClaimsIn(sentence).map((r) => [STAGES.filter((_, i) => r.mask & (1 << i)).join(","), r.refused]);
    expect(claims("売上が立っているシリーズA〜Bのスタートアップ（プレシード・シードは対象外）")).toEqual([
      ["seriesA,seriesB", false],
      ["preSeed,seed", true],
    ]);
    // No refusal in the brackets: the sentence is read as one.
    expect(claims("シード〜シリーズA（ハードウェア中心）に出資")).toEqual([["seed,preA,seriesA", false]]);
    expect(claims("We do not do seed deals (hardware included)")).toEqual([["seed", true]]);
  });

  it("writes sums as these firms do", () => {
    expect(usd(300_000, 300_000)).toBe("USD 300k");
    expect(usd(500_000, 3_000_000)).toBe("USD 0.5–3M");
    expect(usd(12_000_000, 12_000_000)).toBe("USD 12M");
  });
});

describe("the size reasons in three languages", () => {
  const all = { en, ja, vi } as unknown as Record<"en" | "ja" | "vi", ReasonMessages>;
  const say = (reason: Parameters<typeof reasonWords>[0], locale: "en" | "ja" | "vi") =>
    reasonWords(reason, locale, all[locale], (c) => c);
  /** Every reason reads in every language with no placeholder or message key left in it. */
  const filledInAll = (reasons: Reason[], keys: RegExp) => {
    for (const locale of ["en", "ja", "vi"] as const)
      for (const reason of reasons) expect(say(reason, locale)).not.toMatch(keys);
  };

  it("names the round and the tickets, or the round and the cap, with no key left unfilled", () => {
    const byTicket: Reason = {
      kind: "roundOutOfReach",
      side: "they",
      raise: [15e6, 15e6],
      ticket: [1e6, 3e6],
      roundCap: 0,
    };
    const byCap: Reason = { ...byTicket, raise: [6e6, 6e6], ticket: [3e5, 3e6], roundCap: 5e6 };
    const byStage: Reason = { kind: "stageOutOfReach", side: "you", stage: "seed", stages: ["seriesA", "seriesB"] };
    expect(say(byTicket, "en")).toBe("They raise USD 15M; you invest USD 1–3M per company");
    expect(say(byCap, "en")).toBe("They raise USD 6M; you join rounds of up to USD 5M");
    expect(say(byStage, "en")).toBe("You raise a seed round; they invest at Series A, Series B");
    filledInAll(
      [
        byTicket,
        byCap,
        { ...byTicket, side: "you" },
        byStage,
        { kind: "teamTooLarge", side: "you", need: 15, maximum: 8 },
        { kind: "teamTooSmall", side: "they", need: 3, minimum: 10 },
      ],
      /[{}]|roundVs|teamToo|stageOut|reason\.|stage\./,
    );
    expect(say(byTicket, "ja")).toContain("USD 15M");
  });

  it("names the revenue asked and the startup's, in three languages", () => {
    const below: Reason = { kind: "revenueBelow", side: "they", revenue: 350_000, minimum: 500_000 };
    expect(say(below, "en")).toBe("You ask for revenue of at least USD 500k: theirs is about USD 350k");
    filledInAll([below, { ...below, side: "you" }], /[{}]|revenueBelow|reason\./);
  });

  it("says where an investor's startups come from, in three languages", () => {
    const elsewhere: Reason = { kind: "startupElsewhere", side: "they", places: ["VN"], excluded: false };
    const excluded: Reason = { kind: "startupElsewhere", side: "you", places: ["JP"], excluded: true };
    expect(say(elsewhere, "en")).toBe("You invest in startups from Vietnam; they are based elsewhere");
    expect(say(excluded, "en")).toBe("They do not invest in startups from Japan, where you are based");
    filledInAll(
      [elsewhere, excluded, { ...elsewhere, side: "you" }, { ...excluded, side: "they" }],
      /[{}]|startup(?:Elsewhere|Excluded)|reason\./,
    );
    expect(say(elsewhere, "ja")).toContain("ベトナム");
    const outside: Reason = { kind: "outsideThesis", side: "they", thesis: ["edtech", "fintech"], excluded: null };
    const excludes: Reason = { kind: "outsideThesis", side: "you", thesis: ["edtech"], excluded: "games" };
    expect(say(outside, "en")).toBe("You invest in edtech, fintech; their business is outside these fields");
    expect(say(excludes, "en")).toBe("They do not invest in games, your field");
    filledInAll(
      [outside, excludes, { ...outside, side: "you" }, { ...excludes, side: "they" }],
      /[{}]|outsideThesis|thesisExcludes|reason\./,
    );
  });
});

describe("revenue an investor asks of a startup", () => {
  it("reads the least asked and a startup's own, in any currency", () => {
    expect(revenueIn("Minimum ARR of US$1M at the time of investment")).toEqual([{ usd: 1_000_000, minimum: true }]);
    expect(revenueIn("Gọi vốn Series A 2 triệu USD (ARR hiện tại khoảng 350.000 USD)")).toEqual([
      { usd: 350_000, minimum: false },
    ]);
    expect(revenueIn("Doanh thu 2024 khoảng 7 tỷ đồng")).toEqual([{ usd: 280_000, minimum: false }]);
    // A round is no revenue.
    expect(revenueIn("Raising a USD 2M seed round")).toEqual([]);
  });

  it("a startup below the revenue a fund asks is out of its reach; one above it is not", () => {
    const e = new MatchEngine(new ConceptIndex(repositoryConcepts()));
    const base = { ...BASE_MATCH_FIRM };
    e.upsert({
      ...base,
      id: "fund",
      country: "OTHER",
      offersText: "We invest in SaaS startups, tickets of USD 1-3M\nMinimum ARR of US$1M",
    });
    e.upsert({
      ...base,
      id: "small",
      offersText: "B2B SaaS for retailers",
      seeksText: "Raising a USD 2M Series A (ARR about USD 350k)",
    });
    e.upsert({
      ...base,
      id: "large",
      offersText: "B2B SaaS for retailers",
      seeksText: "Raising a USD 2M Series A (ARR about USD 1.5M)",
    });
    expect(e.explain("fund", "small").map((r) => r.kind)).toContain("revenueBelow");
    expect(e.explain("fund", "large").map((r) => r.kind)).not.toContain("revenueBelow");
    expect(e.score("fund", "small", { sameCountry: false })!.score).toBeLessThan(
      e.score("fund", "large", { sameCountry: false })!.score,
    );
  });

  it("a startup that says it has no revenue yet is below any revenue asked; one that says nothing is not", () => {
    expect(preRevenueIn("We are pre-revenue, with two unpaid pilots")).toBe(true);
    expect(preRevenueIn("Goi von hat giong (seed) 500.000 USD; chua co doanh thu")).toBe(true);
    expect(preRevenueIn("Đang chạy thí điểm, chưa có doanh thu định kỳ")).toBe(true);
    expect(preRevenueIn("売上はまだありません（PoC 2件）")).toBe(true);
    // An investor welcoming such start-ups says nothing of itself.
    expect(preRevenueIn("Seed tickets of USD 200k-1M; pre-revenue welcome")).toBe(false);
    expect(preRevenueIn("Chấp nhận startup chưa có doanh thu")).toBe(false);
    expect(preRevenueIn("Revenue growth of 40% a year")).toBe(false);
    // No revenue from one market, a stage left behind, revenue still small, others' start-ups: revenue it has.
    for (const text of [
      "Chúng tôi chưa có doanh thu từ thị trường Nhật Bản",
      "日本での売上はまだありません",
      "売上はまだ小さい",
      "We are no longer pre-revenue",
      "Đã qua giai đoạn chưa có doanh thu",
      "chưa có doanh thu ổn định",
      "We have no revenue-sharing agreements",
      "We look for pre-revenue startups",
      "ươm tạo các startup chưa có doanh thu",
      "売上ゼロからのスタートアップ支援",
      "Chúng tôi chưa có doanh thu từ khách hàng Nhật Bản.",
      "Chúng tôi chưa có doanh thu ở Nhật.",
      "海外売上はまだありません",
      "日本国内の売上はまだありません",
    ])
      expect(preRevenueIn(text), text).toBe(false);
    // A start-up that looks for investors while it says so has none.
    for (const text of [
      "We are pre-revenue and looking for seed investors.",
      "売上はまだありませんが、シード投資家からの出資を募集しています。",
      "Chúng tôi chưa có doanh thu, đang tìm nhà đầu tư hỗ trợ.",
    ])
      expect(preRevenueIn(text), text).toBe(true);
    const e = new MatchEngine(new ConceptIndex(repositoryConcepts()));
    const base = { ...BASE_MATCH_FIRM };
    e.upsert({
      ...base,
      id: "fund",
      country: "OTHER",
      offersText: "We invest in SaaS startups, tickets of USD 200k-1M\nMinimum traction: ARR of USD 300k or more",
    });
    const startup = (id: string, said: string) =>
      e.upsert({
        ...base,
        id,
        offersText: `B2B SaaS for retailers. ${said}`,
        seeksText: "Raising a USD 500k seed round",
      });
    startup("none", "We are pre-revenue, with two unpaid pilots.");
    startup("silent", "Two pilots running.");
    const why = e.explain("fund", "none").find((r) => r.kind === "revenueBelow");
    expect(why).toMatchObject({ revenue: 0, minimum: 300_000 });
    expect(e.explain("fund", "silent").map((r) => r.kind)).not.toContain("revenueBelow");
    expect(e.score("fund", "none", { sameCountry: false })!.score).toBeLessThan(
      e.score("fund", "silent", { sameCountry: false })!.score,
    );
    const all = { en, ja, vi } as unknown as Record<"en" | "ja" | "vi", ReasonMessages>;
    const say = (reason: Reason, locale: "en" | "ja" | "vi") => reasonWords(reason, locale, all[locale], (c) => c);
    expect(say(why!, "en")).toBe("You ask for revenue of at least USD 300k: they have no revenue yet");
    for (const locale of ["en", "ja", "vi"] as const)
      for (const r of [why!, { ...why!, side: "you" } as Reason])
        expect(say(r, locale)).not.toMatch(/[{}]|revenue(?:Below|None)|reason\.|0\b/);
  });
});
