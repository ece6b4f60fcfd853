// Session 43: a start-up raising money read as a fund ("chấp nhận nhà đầu tư có ghế quan sát HĐQT": its "có" read as
// an offer of investing), and its Singapore parent not read as a place it is in, so an investor asking a Singapore
// or Japanese holding company refused it (CX).
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { engineWith, fieldReader, matchFirm } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());
const { read, codes } = fieldReader(concepts);

beforeAll(async () => {
  await loadJapanese();
}, 60_000);

describe("an investor named with what it has, in what a firm looks for", () => {
  it("is the investor sought, after another clause too", () => {
    for (const text of [
      "Gọi vốn Series A 2,5 triệu USD qua công ty mẹ Singapore; chấp nhận nhà đầu tư có ghế quan sát HĐQT",
      "nhà đầu tư có kinh nghiệm logistics",
    ]) {
      expect(codes("seeks", text), text).toContain("seek:venture-investment");
      expect(codes("seeks", text), text).not.toContain("offer:venture-investment");
    }
    expect(codes("seeks", "Nhà phân phối có mạng lưới đại lý tại Nhật")).toContain("seek:distribution");
  });

  it("is not when the firm says it of itself", () => {
    for (const text of [
      "Quỹ đầu tư chúng tôi có 50 triệu USD cho vòng seed",
      "Quỹ đầu tư có trụ sở tại Singapore, tìm kiếm startup SaaS",
    ])
      expect(codes("seeks", text), text).toContain("offer:venture-investment");
  });
});

describe("the firm's own entity named in what it looks for", () => {
  it("is a place it is in", () => {
    for (const [text, place] of [
      ["Gọi vốn Series A 2,5 triệu USD qua công ty mẹ Singapore", "SG"],
      ["We raise through our Singapore holding company", "SG"],
      ["Series A, USD 2M, into our Singapore entity", "SG"],
      ["当社のシンガポール持株会社を通じてシリーズAを調達中", "SG"],
    ] as const)
      expect(read("seeks", text).facts.presence, text).toEqual([place]);
  });

  it("is a fact of the firm where it says so", () => {
    expect(read("offers", "Công ty mẹ đặt tại Singapore").facts.presence).toEqual(["SG"]);
  });

  it("is not one still to be set up, nor a client's or a partner's", () => {
    for (const text of [
      "We plan to set up our Singapore holdco next year",
      "We are looking for Vietnamese firms that raise through a Singapore holding company",
      "Raising a seed round through our partner's holding company in Jakarta",
      "Báo cáo qua công ty mẹ của khách hàng tại Nhật",
    ])
      expect(read("seeks", text).facts.presence, text).toEqual([]);
    for (const text of [
      "We help SMEs set up holding companies in Singapore",
      "シンガポールの持株会社設立を支援します",
      "Chúng tôi hỗ trợ khách hàng thành lập công ty mẹ tại Singapore",
    ])
      expect(read("offers", text).facts.presence, text).toEqual([]);
  });

  it("is not a partner's entity, which is asked of it", () => {
    expect(read("seeks", "Partners with an entity in Singapore").facts.presence).toEqual([]);
    const asked = read("seeks", "A Singapore holding company is required");
    expect(asked.facts.presence).toEqual([]);
    expect(asked.required.presence).toEqual(["SG"]);
    // The firm's own parent that partners deal with is no place they must be in.
    for (const text of [
      "Suppliers must pass the audit of our parent company in Japan",
      "日本の親会社との契約が必須です",
      "Đối tác phải làm việc được với công ty mẹ tại Nhật Bản",
      "Contracts must be signed with our holding company in Singapore",
    ])
      expect(read("seeks", text).required.presence, text).toEqual([]);
    expect(read("seeks", "シンガポールまたは日本の持株会社があることが出資の条件です").required.presence).toEqual([
      "SG",
      "JP",
    ]);
  });
});

describe("an investor's refusals said bare", () => {
  it("are fields it does not want", () => {
    expect(codes("seeks", "No hardware, no gaming")).toEqual(["seek!:embedded", "seek!:games"]);
    expect(codes("seeks", "No crypto, no real estate, no consumer lending")).toEqual([
      "seek!:blockchain",
      "seek!:lending-credit",
    ]);
    expect(codes("seeks", "Không đầu tư game")).toEqual(["seek!:games"]);
  });

  it("are not a firm's own line of work refused after what it does", () => {
    expect(codes("seeks", "We do art only: no programming, no game testing")).not.toContain("seek!:games");
    expect(codes("seeks", "No minimum team size")).toEqual([]);
  });
});

describe("stablecoins and tokens", () => {
  it("are blockchain", () => {
    expect(codes("offers", "Merchant acceptance of USDT/USDC with instant settlement in VND")).toContain(
      "offer:blockchain",
    );
    expect(codes("offers", "Tokenised loyalty points for merchants")).toContain("offer:blockchain");
  });
});

describe("a start-up's language column, toward an investor", () => {
  const fund = matchFirm({
    id: "fund",
    country: "OTHER",
    offersText: "Seed investment of USD 100k per start-up for 7% equity",
    seeksText: "Pre-seed B2B start-ups from Vietnam",
  });
  const startup = (id: string, seeksText: string) =>
    matchFirm({
      id,
      partnerLanguages: ["vi"],
      offersText: "OCR hoá đơn tiếng Việt cho doanh nghiệp",
      seeksText,
      employeeBand: "B1_49",
      // English not said: a Vietnamese firm mostly works in some (profile.ts).
      englishSpeakers: null,
    });

  it("does not bind the investor when only the column asks it", () => {
    const e = engineWith(concepts, fund, startup("raising", "Gọi vốn pre-seed 200k USD"));
    expect(e.score("raising", "fund", { sameCountry: true })!.broken).toBe(false);
    expect(e.explain("raising", "fund").some((r) => r.kind === "theyFail")).toBe(false);
  });

  it("binds it when the firm works in no language the investor does", () => {
    const silent = matchFirm({
      ...startup("silent", "Gọi vốn pre-seed 200k USD"),
      englishSpeakers: 0,
    });
    // …nor a Japanese start-up with no English speaker, its column Japanese.
    const japanese = matchFirm({
      id: "japanese",
      country: "JP",
      partnerLanguages: ["ja"],
      englishSpeakers: 0,
      offersText: "手書き帳票のAI-OCR",
      seeksText: "シードラウンドで5,000万円を調達中です",
    });
    const e = engineWith(concepts, fund, silent, japanese);
    expect(e.score("silent", "fund", { sameCountry: true })!.broken).toBe(true);
    expect(e.score("japanese", "fund")!.broken).toBe(true);
  });

  it("binds it when the text asks it, and binds other partners still", () => {
    const asked = startup("asked", "Gọi vốn pre-seed 200k USD\nNhà đầu tư phải làm việc bằng tiếng Việt");
    const client = matchFirm({
      id: "client",
      country: "OTHER",
      seeksText: "Invoice OCR for our accounting team",
    });
    const e = engineWith(concepts, fund, asked, client, startup("vendor", "Khách hàng cần OCR hoá đơn"));
    expect(e.score("asked", "fund", { sameCountry: true })!.broken).toBe(true);
    expect(e.score("vendor", "client", { sameCountry: true })!.broken).toBe(true);
  });
});
