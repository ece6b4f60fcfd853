// Who wants what in a firm's "what we look for": the clients it names by their need ("Công ty game Nhật Bản,
// Hàn Quốc cần minh họa"), work named by its verb ("Triển khai MES cho 6 line SMT"), and work the firms it seeks
// are to take ("… testing firms … as subcontractors").
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { BASE_MATCH_FIRM, engineWith, matchFirm, pairScore, mentionsOver } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());
const mentions = (over: Partial<typeof BASE_MATCH_FIRM>) => mentionsOver(concepts, over);

describe("firms named by what they want, opening a statement", () => {
  it("want it of the firm, which offers it, even when they are listed with commas", () => {
    expect(mentions({ seeksText: "Công ty game Nhật Bản, Hàn Quốc cần minh họa, Live2D" })).toContain(
      "offer:game-art-2d",
    );
    expect(mentions({ seeksText: "Công ty AI, xe tự lái Nhật Bản cần gán nhãn khối lượng lớn" })).toContain(
      "offer:data-annotation",
    );
  });

  it("want it of the firm when the firm says it looks for them ('Tìm công ty … cần'), not when it asks of them", () => {
    const m = mentions({
      seeksText: "Tìm công ty BPO hoặc công ty AI, dữ liệu AI của Nhật, Hàn cần thầu phụ nhập liệu / gán nhãn",
    });
    expect(m).toContain("offer:data-annotation");
    expect(m).not.toContain("seek:data-annotation");
    expect(mentions({ seeksText: "Tìm SIer Nhật trong mảng sản xuất, logistics cần đối tác offshore" })).toContain(
      "offer:offshore-dev",
    );
    // "cần khoảng 10 tester", "cần có ISO 27001": what the firm asks of the partner it looks for.
    expect(mentions({ seeksText: "Tìm công ty kiểm thử, cần khoảng 10 tester" })).not.toContain("offer:quality");
  });

  it("are the partner sought, when they are named by their trade before the want", () => {
    const m = mentions({ seeksText: "Nhà sản xuất phần cứng POS muốn cài sẵn phần mềm (bundle)" });
    expect(m).toContain("seek:pos-systems");
    expect(m).not.toContain("offer:pos-systems");
  });

  it("is not the firm speaking of itself", () => {
    expect(mentions({ seeksText: "Công ty chúng tôi cần minh họa cho game" })).toContain("seek:game-art-2d");
    expect(mentions({ seeksText: "Công ty đang tìm đối tác phát triển game tại Việt Nam" })).toContain("seek:games");
  });

  it("keeps two studios selling the same art apart, and the studio with the game company its clients are", () => {
    const hanoi = matchFirm({
      id: "hanoi",
      offersText: "Concept art, minh họa nhân vật và thẻ bài cho game gacha\nRig Live2D, hoạt họa sprite",
      seeksText: "Công ty game Nhật Bản, Hàn Quốc cần minh họa, Live2D",
    });
    const saigon = matchFirm({
      id: "saigon",
      offersText: "Minh họa nhân vật phong cách anime cho game, hoạt họa sprite 2D",
      seeksText: "Công ty game cần minh họa nhân vật hoặc hoạt họa sprite",
    });
    const publisher = matchFirm({
      id: "publisher",
      country: "JP",
      offersText: "スマートフォン向けゲームの開発・運営",
      seeksText: "キャラクターイラストとLive2Dの外注先を探しています",
    });
    const e = engineWith(concepts, hanoi, saigon, publisher);
    expect(pairScore(e, "hanoi", "saigon")).toBeLessThan(0.5 * pairScore(e, "hanoi", "publisher"));
  });
});

describe("work named by its verb in what a firm looks for", () => {
  it("is the work it wants done there, and still what it does in what it offers", () => {
    expect(mentions({ seeksText: "Triển khai MES cho 6 line SMT: theo dõi sản lượng, truy vết serial" })).toContain(
      "seek:mes",
    );
    expect(mentions({ seeksText: "Build a mobile app for our stores" })).toContain("seek:mobile-apps");
    expect(mentions({ offersText: "Triển khai MES cho nhà máy" })).toContain("offer:mes");
  });
});

describe("work the firms sought are to take", () => {
  it("is given by the firm, which seeks what they do", () => {
    const m = mentions({
      seeksText:
        "Independent QA/testing firms in Vietnam with at least 50 testers as subcontractors on e-government projects",
    });
    expect(m).toContain("seek:quality");
    expect(m).not.toContain("offer:quality");
  });

  it("is the firm's own when it speaks of itself", () => {
    expect(mentions({ seeksText: "We want to work as a subcontractor for large QA firms in Vietnam" })).toContain(
      "offer:quality",
    );
  });
});

describe("words of the trades", () => {
  it("reads e-mail answering as customer support and analog layout as its own branch", () => {
    expect(mentions({ seeksText: "通販サイトのお問い合わせメール対応（日本語）の外部委託" })).toContain(
      "seek:contact-center",
    );
    expect(mentions({ seeksText: "Analog layout engineers (Cadence Virtuoso, FinFET experience)" })).toContain(
      "seek:analog-layout",
    );
  });

  it("reads cloud accounting as accounting software, which a reseller bound to another brand turns down", () => {
    expect(mentions({ offersText: "クラウド会計『ミライ会計』海外版（多通貨、VAT 対応）" })).toContain(
      "offer:accounting-systems",
    );
    const vendor = matchFirm({
      id: "vendor",
      country: "JP",
      offersText: "クラウド会計『ミライ会計』海外版（多通貨、VAT 対応）",
      seeksText: "ベトナムの販売代理店",
    });
    const bound = matchFirm({
      id: "bound",
      offersText: "Phân phối, triển khai BizNara ERP (kế toán, nhân sự) cho nhà máy FDI",
      seeksText: "Không nhận phân phối phần mềm kế toán của hãng khác",
    });
    const free = matchFirm({
      id: "free",
      offersText: "Phân phối, triển khai BizNara ERP (kế toán, nhân sự) cho nhà máy FDI",
      seeksText: "Tìm thêm phần mềm SaaS của hãng Nhật để phân phối",
    });
    const e = engineWith(concepts, vendor, bound, free);
    expect(pairScore(e, "vendor", "bound")).toBeLessThan(0.7 * pairScore(e, "vendor", "free"));
  });
});

describe("what the firm's own clients ask for", () => {
  it("is what it looks for when it lacks it or wants a partner for it", () => {
    expect(
      mentions({
        country: "VN",
        seeksText:
          "Our bank clients expanding to Japan keep asking for someone who knows FISC – we'd like a Japanese partner for that",
      }),
    ).toContain("seek:security-consulting");
    const lms = mentions({
      seeksText:
        "Khách hàng FDI Nhật hỏi khóa tiếng Nhật cho kỹ sư, nhưng chúng tôi không có nội dung tiếng Nhật – cần đối tác cung cấp bài giảng",
    });
    expect(lms).toContain("seek:japanese-language-training");
    expect(lms).not.toContain("offer:japanese-language-training");
  });

  it("is what it sells when it says it delivers it", () => {
    const m = mentions({ seeksText: "Our clients ask for mobile apps and we deliver them in 8 weeks" });
    expect(m).toContain("offer:mobile-apps");
    expect(m).not.toContain("seek:mobile-apps");
  });
});

describe("受注 as what a system does", () => {
  beforeAll(async () => {
    await loadJapanese();
  }, 60_000);

  it("is not the firm taking work when listed with what else the system keeps (受注・在庫システム)", () => {
    const m = mentions({ country: "JP", seeksText: "越境EC（日本→ベトナム）の受注・在庫システムを作れる会社" });
    expect(m).toContain("seek:ecommerce-platforms");
    expect(m).toContain("seek:scm-logistics");
    expect(m).not.toContain("offer:ecommerce-platforms");
  });

  it("while work the firm wants to take is what it offers (Webシステム開発の案件を受注したい)", () => {
    expect(mentions({ seeksText: "Webシステム開発の案件を受注したい" })).toContain("offer:web-apps");
    // …from the firms it names (日系企業から), which are its clients, not firms that take the work.
    const m = mentions({ seeksText: "日系企業からWebシステム開発を受注したい" });
    expect(m).toContain("offer:web-apps");
    expect(m).not.toContain("seek:web-apps");
  });
});
