import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { reasonWords, type ReasonMessages } from "@/lib/matching/reason-words";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import {
  ALL_FORMS,
  contractClash,
  contractsClash,
  DIRECT,
  FIXED,
  formName,
  LAB,
  readContractTerms,
  SPOT,
} from "@/lib/matching/text/contracts";
import type { Reason } from "@/lib/matching/types";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import vi from "@/messages/vi.json";
import { engineWith, matchFirm, pairScore } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());
const seeks = (text: string) => readContractTerms([text], []);
const offers = (text: string) => readContractTerms([], [text]);

describe("reading the forms of contract a firm asks and refuses", () => {
  it("reads a lab that takes nothing else, in Vietnamese, Japanese and English", () => {
    const lab = { asked: LAB, refused: FIXED | SPOT };
    expect(seeks("Chỉ nhận hợp đồng lab tối thiểu 3 tháng")).toEqual(lab);
    expect(offers("契約はラボ型のみ、最低3名×6か月から")).toEqual({ asked: 0, refused: FIXED | SPOT });
    expect(seeks("Time-and-materials only")).toEqual(lab);
  });

  it("reads refusals, listed forms sharing the denial", () => {
    expect(
      seeks("không nhận dự án trọn gói (fixed price) hay việc lẻ theo từng đầu việc").refused & (FIXED | SPOT),
    ).toBe(FIXED | SPOT);
    expect(offers("一括請負や短期スポットはお受けしていません").refused).toBe(FIXED | SPOT);
    expect(seeks("khong nhan mo hinh lab, khong cho thue nhan su hay giu nguoi theo thang").refused).toBe(LAB);
    expect(offers("We do not quote fixed-price projects").refused).toBe(FIXED);
  });

  it("reads small fixed-price work refused as small jobs refused, and large work refused as no refusal", () => {
    expect(offers("Không nhận dự án trọn gói dưới 3 man-month").refused).toBe(SPOT);
    expect(offers("We do not take small fixed-price projects").refused).toBe(SPOT);
    expect(offers("Không nhận dự án trọn gói nhỏ, chỉ nhận lab.").refused).toBe(SPOT);
    expect(offers("小規模な案件が中心のため、大規模なラボ契約は想定しておりません").refused).toBe(0);
  });

  it("reads what a buyer asks, and two forms offered as alternatives as asking neither", () => {
    expect(seeks("WordPressのコーディングを案件単位でお願いできる外注先（月3〜5件）").asked).toBe(SPOT);
    expect(seeks("Accessの顧客管理台帳をクラウド化したい。予算300万円程度、一括請負で").asked).toBe(FIXED);
    expect(seeks("ラボ型ではなく、請負で見積りを出していただける会社を希望します")).toEqual({
      asked: FIXED,
      refused: LAB,
    });
    expect(seeks("3〜5名のチーム。ラボ型でも請負でも構いません").asked).toBe(0);
    expect(seeks("Must be a fixed-price contract: we cannot do monthly retainers or lab contracts")).toEqual({
      asked: FIXED,
      refused: LAB,
    });
    expect(seeks("Japanese clients for long-term ODC, or fixed-price projects of 5 MM and above").asked).toBe(0);
  });

  it("reads what a firm offers as how it sells, never as an order it gives", () => {
    expect(offers("Hợp đồng lab (ODC) quy mô từ 2 đến 10 người").asked).toBe(0);
    // A laboratory is no lab contract.
    expect(seeks("Calibration at an ISO/IEC 17025 lab, supplier with 50+ employees")).toEqual({ asked: 0, refused: 0 });
    // A requirement about one form and a refusal of another stay apart.
    expect(seeks("一括請負に対応できること（ラボ型のみの会社さまはお断りしています）")).toEqual({
      asked: FIXED,
      refused: LAB,
    });
  });
});

describe("contract forms that clash", () => {
  it("a small job asked of a firm refusing fixed price clashes; a lab asked of it does not", () => {
    expect(contractClash(SPOT, 0, FIXED)).toEqual({ form: SPOT, only: false });
    expect(contractClash(LAB, 0, FIXED)).toBeNull();
    // A firm that takes only fixed-price work, against a buyer that rules fixed price out.
    expect(contractClash(0, FIXED | SPOT, LAB)).toEqual({ form: FIXED | SPOT, only: true });
    // A vendor that asks its clients for a lab only ("お客様（ラボ型、5名以上）"), against a buyer that cannot do labs…
    expect(contractClash(FIXED, LAB, 0, LAB)).toEqual({ form: LAB, only: true });
    // …but not one that names fixed price too, nor a buyer that rules nothing out.
    expect(contractClash(FIXED, LAB, 0, LAB | FIXED)).toBeNull();
    expect(contractClash(FIXED, 0, 0, LAB)).toBeNull();
  });

  it("names the re-subcontracting ban only when the clash is about it", () => {
    expect(formName(DIRECT)).toBe("direct");
    expect(formName(DIRECT | LAB)).toBe("lab");
    // A seller that refuses all three forms, against a buyer that refuses one: what it takes is none of them.
    const clash = contractClash(0, LAB, ALL_FORMS);
    expect(clash).toEqual({ form: 0, only: true });
    expect(formName(clash!.form)).not.toBe("direct");
  });

  it("nothing said on either side never clashes, and the fast test agrees with the detailed one", () => {
    const mask = fc.integer({ min: 0, max: ALL_FORMS | DIRECT });
    fc.assert(
      fc.property(mask, mask, mask, mask, (asked, refused, sellerRefused, sellerAsked) => {
        expect(contractsClash(asked, refused, sellerRefused, sellerAsked)).toBe(
          contractClash(asked, refused, sellerRefused, sellerAsked) !== null,
        );
        expect(contractsClash(0, 0, sellerRefused, sellerAsked)).toBe(false);
        expect(contractsClash(asked, refused, 0, 0)).toBe(false);
      }),
    );
  });

  it("ranks a buyer of one-off jobs below a lab that refuses them, and says why in three languages", () => {
    const buyer = matchFirm({
      id: "agency",
      country: "JP",
      seeksText: "WordPressのコーディングを案件単位でお願いできる外注先",
    });
    const lab = (id: string, terms: string) =>
      matchFirm({
        id,
        country: "VN",
        offersText: "Lập trình WordPress, landing page cho khách hàng Nhật",
        seeksText: `Tìm khách hàng Nhật Bản${terms}`,
      });
    const e = engineWith(concepts, buyer, lab("open", ""), lab("labOnly", "\nChỉ nhận hợp đồng lab tối thiểu 3 tháng"));
    expect(pairScore(e, "agency", "labOnly")).toBeLessThan(pairScore(e, "agency", "open") * 0.5);
    const why = e.explain("agency", "labOnly").find((r) => r.kind === "contractRefused");
    expect(why).toEqual({ kind: "contractRefused", side: "you", form: "spot", only: false });
    expect(e.explain("agency", "open").some((r) => r.kind === "contractRefused")).toBe(false);
    const all = { en, ja, vi } as unknown as Record<"en" | "ja" | "vi", ReasonMessages>;
    for (const locale of ["en", "ja", "vi"] as const)
      for (const r of [why!, { ...why!, side: "they" }, { ...why!, only: true }] as Reason[])
        expect(reasonWords(r, locale, all[locale], (c) => c)).not.toMatch(/[{}]|contractRefused|contractSpot|reason\./);
  });
});

describe("a form refused and another taken only, in one sentence", () => {
  it("reads the denial of the first form as its own, not the second's (session 53, DH)", () => {
    for (const text of [
      "Khong lam lab dai han, chi nhan du an tron goi",
      "Không làm lab dài hạn, chỉ nhận dự án trọn gói",
    ]) {
      const terms = readContractTerms([], [text]);
      expect(terms.refused & LAB, text).toBe(LAB);
      expect(terms.refused & FIXED, text).toBe(0);
    }
  });
});
