// Session 43: a company changing hands, control against a minority. A Japanese SIer that buys 51-100% met an IT firm
// that sells only 15-25% as well as one selling a majority; an adviser of majority deals met a minority investor (CX).
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { reasonWords, type ReasonMessages } from "@/lib/matching/reason-words";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { stakeIn } from "@/lib/matching/text/stake-control";
import type { Reason } from "@/lib/matching/types";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import vi from "@/messages/vi.json";
import { engineWith, matchFirm, pairScore } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());

beforeAll(async () => {
  await loadJapanese();
}, 60_000);

describe("the stake a firm deals in", () => {
  it("is control, said as a share, a word, or a minority refused alone", () => {
    for (const text of [
      "株式の51〜100%を取得する買収（創業者の一部継続保有・経営継続もご相談可）",
      "Sẵn sàng bán 51–100% cổ phần cho nhà đầu tư chiến lược Nhật Bản",
      "Ban 100% co phan cong ty",
      "A Japanese strategic buyer (an SIer or IT group) for a majority stake",
      "マイノリティ出資は行いません（経営権の取得が前提です）",
      "少数株主としての出資・資本業務提携のみの案件は取り扱っておりません",
      "Muốn nắm giữ cổ phần chi phối",
      "Không chỉ góp vốn mà còn nắm quyền kiểm soát",
      "マジョリティ出資",
      "100%子会社化",
      "持株比率51%以上",
      "mua lại 100% công ty",
      "Chuyển nhượng 60% vốn điều lệ",
      "buy-out of 100%",
      "We don't do minority deals; control buyouts only",
      // A second review's: a plural, decimals, full-width digits, voting rights, "fine" that is no refusal.
      "controlling stakes",
      "50.1% stake",
      "５１％の株式",
      "議決権の過半数",
      "Tỷ lệ sở hữu 51%",
      "過半数の株式取得でも構いません",
    ])
      expect(stakeIn([text]), text).toBe("majority");
  });

  it("is a minority, said as a share, a word, or control refused or kept", () => {
    for (const text of [
      "10〜20%の少数株主としての出資（資本業務提携）",
      "Nhà đầu tư chiến lược Nhật góp 15–25% cổ phần (liên minh vốn – kinh doanh)",
      "Ban sáng lập giữ quyền kiểm soát; không bán cổ phần chi phối",
      "過半数の取得や完全買収は行いません",
      "A Japanese strategic investor (minority stake, 10–25%) to support our Japan expansion",
      "Tìm nhà đầu tư chiến lược (tối đa 30% cổ phần) để mở rộng",
      "少数出資",
      "日本の事業会社からの資本提携(出資の受け入れ)",
      "minority investment of 10-20%",
      "non-controlling stakes",
      "góp vốn thiểu số",
      "経営権を維持したまま出資を受け入れたい",
      "マイノリティ出資のみでも構いません",
    ])
      expect(stakeIn([text]), text).toBe("minority");
  });

  it("is not said by either stake, at most a majority, shares of something else, or investment refused", () => {
    for (const text of [
      "USD 5–30M per deal, minority or majority, primary or secondary",
      "Japanese SIers with 30–200 staff open to acquisition or a capital alliance",
      "sẵn sàng chuyển nhượng đến 65% cổ phần",
      "95% of revenue comes from Japanese clients",
      "The majority of our engineers hold JLPT N2",
      "出資の受け入れや資本業務提携は現在検討していません",
      "Revenue share deals, no upfront buyout",
      "Quality control of 100% of boards",
      // Shares of something else, found by a review.
      "đóng góp 60% doanh thu",
      "We sell 80% of our products to Japan",
      "Chúng tôi mua 60% linh kiện",
      "Triển khai ERP cho toàn bộ công ty",
      "We sell to the majority of Japanese automakers",
      "minority-founded startups",
      "株式会社ABCの社員の過半数がベトナム人です",
      "Công ty Cổ phần Tin học ABC: quyền kiểm soát truy cập",
      "ホーチミン市に100%子会社の開発拠点(200名)を持ち",
      // Either.
      "過半数の株式取得を希望しますが、少数出資も検討します",
      "Bán 100% cổ phần hoặc một phần",
      "当社の資本提携・事業承継の相手先（国内外は問いません）",
      "マジョリティ・マイノリティ問わず",
      "minority/majority",
      "cổ phần chi phối hoặc thiểu số",
      // …and words of control that are not of shares.
      "Take control of your IT costs",
      "You retain control of your source code",
      "Japan accounts for 60% of the company's revenue",
      "Giúp doanh nghiệp nắm quyền kiểm soát dữ liệu",
      "Giữ quyền kiểm soát chất lượng",
      "We hold a majority share of the market",
      "80% công ty đối tác là doanh nghiệp Nhật",
      "100% vốn góp từ nhà đầu tư Nhật",
      "マイノリティ人材の採用",
    ])
      expect(stakeIn([text]), text).toBeNull();
    // Each said in its own statement: both, so neither.
    expect(stakeIn(["株式の51〜100%を取得", "10〜20%の少数株主としての出資"])).toBeNull();
  });
});

describe("control against a minority", () => {
  const buyer = matchFirm({
    id: "buyer",
    country: "JP",
    offersText: "株式の51〜100%を取得する買収\nグループ入り後は当社の案件を安定的に発注",
    seeksText: "ベトナムのオフショア開発会社の買収：エンジニア200名以上\nマイノリティ出資は行いません",
  });
  const seller = (id: string, stake: string) =>
    matchFirm({
      id,
      offersText: "Offshore development (Java, .NET), lab or project-based",
      seeksText: `A Japanese strategic investor: ${stake}\nNew Japanese clients`,
      employeeBand: "B250_999",
    });
  const majority = seller("majority", "we are open to selling 51-100% of our shares");
  const minority = seller("minority", "15-25% of our shares; the founders keep control");

  it("parts a buyer of control from a seller of a minority, and says why", () => {
    const e = engineWith(concepts, buyer, majority, minority);
    expect(pairScore(e, "buyer", "minority")).toBeLessThan(pairScore(e, "buyer", "majority"));
    expect(e.explain("buyer", "minority")).toContainEqual({ kind: "stakeClash", stake: "majority" });
    expect(e.explain("minority", "buyer")).toContainEqual({ kind: "stakeClash", stake: "minority" });
    expect(e.explain("buyer", "majority").some((r) => r.kind === "stakeClash")).toBe(false);
  });

  it("does not part two buyers, who may invest side by side", () => {
    const fund = matchFirm({
      id: "fund",
      country: "OTHER",
      offersText:
        "We invest USD 5-20M per deal in IT services companies, minority stakes only\nInvestment and board support",
      seeksText: "Co-investors for our deals in Vietnam",
    });
    const e = engineWith(concepts, buyer, fund);
    expect(e.profile("fund")!.investor).toBe(true);
    expect(e.profile("buyer")!.investor).toBe(true);
    expect(e.explain("buyer", "fund").some((r) => r.kind === "stakeClash")).toBe(false);
  });

  it("is told in every language", () => {
    const all = { en, ja, vi } as unknown as Record<"en" | "ja" | "vi", ReasonMessages>;
    for (const locale of ["en", "ja", "vi"] as const)
      for (const stake of ["majority", "minority"] as const) {
        const words = reasonWords({ kind: "stakeClash", stake } as Reason, locale, all[locale], (c) => c);
        expect(words.length).toBeGreaterThan(10);
        expect(words).not.toMatch(/[{}]|stakeClash|reason\./);
      }
  });
});
