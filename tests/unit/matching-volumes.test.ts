import { describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { volumesIn } from "@/lib/matching/text/volumes";
import type { MatchFirm } from "@/lib/matching/types";
import { engineWith, matchFirm, pairScore } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());
const firm = matchFirm;
const engineOf = (...firms: MatchFirm[]) => engineWith(concepts, ...firms);
const score = pairScore;

describe("volumes of work in person-months and pieces", () => {
  it("reads the least a firm takes on and the volume a firm needs", () => {
    expect(volumesIn("We do not accept projects under 30 man-months")).toEqual([
      { unit: "pm", value: 30, floor: true },
    ]);
    expect(volumesIn("Nhan du an tu 10.000 anh/thang tro len")).toEqual([
      { unit: "items", value: 10000, floor: true, kind: "sheet", monthly: 10000, atLeast: true },
    ]);
    expect(volumesIn("Orders from 1,000 boards")).toEqual([
      { unit: "items", value: 1000, floor: true, kind: "board", atLeast: true },
    ]);
    // The least of what the firm names: "Minimum engagement:" (a volume of images it works to, not a floor).
    expect(volumesIn("Minimum engagement: 50,000 images per month")).toEqual([
      { unit: "items", value: 50000, floor: true, kind: "sheet", monthly: 50000, atLeast: true },
    ]);
    expect(volumesIn("Typical engagement: 50,000 images per month")[0]!.floor).toBe(false);
    // A volume needed, not a floor: no word of taking work on.
    expect(volumesIn("量産は月300枚程度、試作は10枚単位")).toEqual([
      { unit: "items", value: 300, floor: false, kind: "sheet", monthly: 300 },
      { unit: "items", value: 10, floor: false, kind: "sheet" },
    ]);
    expect(volumesIn("開発規模は2〜3名×4ヶ月程度")).toEqual([{ unit: "pm", value: 8, floor: false }]);
    // Not a volume: a head count, a sum of money.
    expect(volumesIn("20 engineers, USD 30k a month")).toEqual([]);
  });

  it("a need below the least the other takes on costs the pair, and says so in the reader's terms", () => {
    const e = engineOf(
      firm({ id: "ems", offersText: "SMT assembly; orders from 1,000 boards" }),
      firm({ id: "small", country: "JP", seeksText: "EMS partner for SMT assembly, about 300 boards a month" }),
      firm({ id: "large", country: "JP", seeksText: "EMS partner for SMT assembly, about 5,000 boards a month" }),
    );
    expect(e.profile("ems")!.floorItems).toBe(1000);
    expect(e.profile("small")!.needItems).toBe(300);
    expect(score(e, "small", "ems")).toBeLessThan(score(e, "large", "ems"));
    expect(e.explain("small", "ems")).toContainEqual({
      kind: "volumeTooSmall",
      side: "you",
      need: 300,
      minimum: 1000,
      unit: "items",
    });
    expect(e.explain("large", "ems").some((r) => r.kind === "volumeTooSmall")).toBe(false);
  });
});

describe("volumes a month against what a partner does a month", () => {
  it("reads the period, the kind of piece, and whether a volume is a ceiling or a lower bound", () => {
    expect(volumesIn("Manga translation JP→VI, typesetting included – capacity about 8 chapters a month")).toEqual([
      { unit: "items", value: 8, floor: false, kind: "episode", monthly: 8, upTo: true },
    ]);
    // A year's volume is a twelfth of it a month; a word may sit between the piece and the period.
    expect(volumesIn("ベトナム語吹替：年間300話規模")).toMatchObject([{ kind: "episode", monthly: 25 }]);
    expect(volumesIn("Nang luc hien tai khoang 80 bo ban ve/thang")).toMatchObject([{ kind: "building", monthly: 80 }]);
    expect(volumesIn("công suất khoảng 8 tập phim tháng")).toMatchObject([{ kind: "episode", monthly: 8, upTo: true }]);
    // A lower bound, even with no word of taking work on, is not what a firm can do.
    expect(volumesIn("Phù hợp sản lượng trung bình và lớn (từ 5.000 bo/tháng)")).toMatchObject([
      { kind: "board", monthly: 5000, atLeast: true, floor: false },
    ]);
    // A minimum met by either of two sums does not bind by its pieces alone.
    expect(volumesIn("MOQ: 5.000 bo/tháng hoặc 50.000 USD/năm cho mỗi khách hàng")).toMatchObject([
      { kind: "board", floor: false, atLeast: true },
    ]);
    // No period: a job, not a rate.
    expect(volumesIn("20 tập phim hay")[0]!.monthly).toBeUndefined();
  });

  it("a monthly need well beyond a partner's stated capacity costs the pair and says so; within it, or in another kind of piece, it does not", () => {
    const e = engineOf(
      firm({
        id: "entry",
        offersText: "Nhập liệu tiếng Nhật (đội 40 người, khoảng 20.000 phiếu/tháng)",
        seeksText: "Tìm khách hàng Nhật Bản",
      }),
      firm({ id: "big", country: "JP", seeksText: "手書き伝票の入力代行（日本語）。月10万枚程度" }),
      firm({ id: "fits", country: "JP", seeksText: "手書き伝票の入力代行（日本語）。月1万5千枚程度" }),
      firm({
        id: "studio",
        offersText: "Đội webtoon 60 người: tô màu, dựng nền, khoảng 250 tập/tháng\nNhập liệu tiếng Nhật",
        seeksText: "Tìm khách hàng Nhật Bản",
      }),
    );
    expect(e.profile("entry")!.itemsCapacity).toBe(20000);
    expect(e.profile("big")!.itemsMonthly).toBe(100000);
    expect(score(e, "big", "entry")).toBeLessThan(score(e, "fits", "entry") * 0.7);
    expect(e.explain("big", "entry")).toContainEqual({
      kind: "volumeBeyondCapacity",
      side: "you",
      need: 100000,
      capacity: 20000,
    });
    expect(e.explain("entry", "big")).toContainEqual({
      kind: "volumeBeyondCapacity",
      side: "they",
      need: 100000,
      capacity: 20000,
    });
    expect(e.explain("fits", "entry").some((r) => r.kind === "volumeBeyondCapacity")).toBe(false);
    // 250 episodes a month says nothing of 100,000 sheets.
    expect(e.explain("big", "studio").some((r) => r.kind === "volumeBeyondCapacity")).toBe(false);
  });
});

describe("what a job is worth, as person-months", () => {
  it("reads a job's budget and the least a firm takes on, in yen, dollars or dong", () => {
    expect(volumesIn("WordPressの改修を単発（1案件10〜30万円程度）でお願いできる協力会社")).toEqual([
      { unit: "pm", value: 0.7, floor: false },
    ]);
    expect(volumesIn("Minimum engagement: 10 engineers or US$200k per project")).toEqual([
      { unit: "pm", value: 66.7, floor: true },
    ]);
    expect(volumesIn("Fixed-price projects from USD 15,000")).toEqual([{ unit: "pm", value: 5, floor: true }]);
    expect(volumesIn("Quy mô dự án tối thiểu: 3 người x 3 tháng")).toEqual([{ unit: "pm", value: 9, floor: true }]);
    // A minimum order quantity, however bracketed.
    expect(volumesIn("Đơn hàng tối thiểu (MOQ) 10.000 bo mạch/tháng")).toEqual([
      { unit: "items", value: 10000, floor: true, kind: "board", monthly: 10000, atLeast: true },
    ]);
    // A price from which the firm takes work; a monthly budget, for a year; millions with no currency, in dong.
    expect(volumesIn("導入費用は1件1,500万円からです")).toEqual([{ unit: "pm", value: 33.3, floor: true }]);
    expect(volumesIn("ngan sach khong lon, uu tien thue bao thang (SaaS), duoi 30 trieu/thang")).toEqual([
      { unit: "pm", value: 4.8, floor: false },
    ]);
    expect(volumesIn("予算は300万円から500万円程度")).toEqual([
      { unit: "pm", value: 6.7, floor: false },
      { unit: "pm", value: 11.1, floor: false },
    ]);
    // A month's ceiling and a month's floor stay a month's, to be weighed against each other.
    expect(volumesIn("月10万円くらいまで。大きな契約はできません")).toEqual([{ unit: "pm", value: 0.2, floor: false }]);
    expect(volumesIn("最低でも月80万円（エンジニア1名分）から")).toEqual([{ unit: "pm", value: 1.8, floor: true }]);
    // A month's price with neither ("月額30万円の保守") is no job's worth.
    expect(volumesIn("月額30万円の保守")).toEqual([]);
    // Not a job's worth: a rate, an investment.
    expect(volumesIn("Team of 5 for a project, USD 3,000 per month per engineer")).toEqual([]);
    expect(volumesIn("Raising a USD 2M seed round for our project")).toEqual([]);
  });

  it("a month's budget below a vendor's least month is too small for it; a larger job is not", () => {
    const e = engineOf(
      firm({
        id: "offshore",
        offersText: "WordPress and PHP web development for Japanese SMEs\n最低でも月80万円（エンジニア1名分）から",
      }),
      firm({
        id: "studio",
        country: "JP",
        seeksText: "WordPressのコーディングを手伝ってくれる人\n月10万円くらいまで。大きな契約はできません",
      }),
      firm({ id: "shop", country: "JP", seeksText: "WordPressのコーディングを手伝ってくれる人\n予算は1,000万円前後" }),
    );
    expect(score(e, "studio", "offshore")).toBeLessThan(score(e, "shop", "offshore") * 0.7);
    expect(e.explain("studio", "offshore").some((r) => r.kind === "volumeTooSmall")).toBe(true);
  });

  it("a one-off job far below a vendor's minimum project is too small for it", () => {
    const e = engineOf(
      firm({
        id: "shop",
        country: "JP",
        seeksText: "WordPressのプラグイン改修を単発（1案件10〜30万円程度）でお願いできる協力会社",
      }),
      firm({ id: "labo", offersText: "WordPress and Laravel development\nQuy mô dự án tối thiểu: 3 người x 3 tháng" }),
      firm({ id: "small", offersText: "WordPress and Laravel development, small jobs welcome" }),
    );
    expect(score(e, "shop", "labo")).toBeLessThan(score(e, "shop", "small"));
  });

  it("reads people times months in any language, a job's price per piece, and hours a month", () => {
    expect(volumesIn("Chỉ nhận hợp đồng labo từ 3 kỹ sư x 6 tháng trở lên")).toEqual([
      { unit: "pm", value: 18, floor: true },
    ]);
    // 30万円 a job is well under a person-month.
    expect(volumesIn("月3〜5件（1件10〜30万円）")).toEqual([{ unit: "pm", value: 0.7, floor: false }]);
    expect(volumesIn("kintoneカスタマイズ 月20〜40時間程度")).toEqual([{ unit: "pm", value: 0.13, floor: false }]);
    expect(volumesIn("Minimum contract: one engineer full-time (about 160 h/month)")).toEqual([
      { unit: "pm", value: 1, floor: true },
    ]);
    // Hours that are not a month's work: a response time, a working day.
    expect(volumesIn("24時間対応の運用保守")).toEqual([]);
    expect(volumesIn("Support 8 hours a day")).toEqual([]);
  });

  it("hours a month below a vendor's least contract cost the pair; a full-time need does not", () => {
    const e = engineOf(
      firm({
        id: "vendor",
        offersText: "kintone customization: JavaScript, plug-ins",
        seeksText:
          "Japanese kintone partners who need extra hands\nMinimum contract: one engineer full-time (about 160 h/month)",
      }),
      firm({ id: "few", country: "JP", seeksText: "kintoneカスタマイズ（JS）を手伝ってくれる方\n月20〜40時間程度" }),
      firm({ id: "full", country: "JP", seeksText: "kintoneカスタマイズ（JS）を手伝ってくれる方\n月160〜200時間程度" }),
    );
    expect(e.profile("vendor")!.floorPm).toBe(1);
    expect(score(e, "few", "vendor")).toBeLessThan(score(e, "full", "vendor"));
  });
});
