// Firms outside IT say what hurts, not what to build: a symptom in what they look for is a need of the capability
// that treats it (lib/matching/text/pains.ts), in three languages, with and without Vietnamese marks.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { painsIn } from "@/lib/matching/text/pains";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { BASE_MATCH_FIRM, engineWith, matchFirm, mentionsOver, pairScore } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());
const mentions = (over: Partial<typeof BASE_MATCH_FIRM>) => mentionsOver(concepts, over);
const codes = (text: string) => painsIn(text).map((p) => p.code);

// Japanese negation is the analyser's (ない after a verb): read as the app reads, with it loaded.
beforeAll(async () => {
  await loadJapanese();
}, 60_000);

describe("a symptom", () => {
  it.each([
    ["在庫が合わない。棚卸のたびに差異の原因を探している", "scm-logistics"],
    ["Tồn kho trên sổ sách không khớp với thực tế", "scm-logistics"],
    ["Ton kho tren so sach khong khop voi thuc te", "scm-logistics"],
    ["Our stock never matches the system", "scm-logistics"],
    ["配車はベテラン一人の頭の中にある", "transport-management"],
    ["Customers complain deliveries are late", "transport-management"],
    ["Patients wait up to 90 minutes at reception", "hospital-systems"],
    ["Hồ sơ bệnh án giấy thường xuyên thất lạc giữa các khoa", "hospital-systems"],
    ["予約台帳がまだ紙で、ダブルブッキングが年に数回ある", "booking-systems"],
    ["Our machines stop at night and we only notice the next morning", "iot-platforms"],
    ["Không biết chuyền nào đang chậm cho đến cuối ca", "mes"],
    ["Claims staff retype handwritten claim forms", "ai-ocr"],
    ["問い合わせ電話が役場に集中し、職員が対応しきれない", "contact-center"],
    ["Foreign residents miss disaster warnings", "translation-localization"],
    ["保護者への連絡がいまだに電話とプリント", "edtech"],
    ["Moi nha thuoc nhap hang theo kinh nghiem cua duoc si", "machine-learning"],
    ["同じデータを何度も入力している", "rpa"],
    ["Chúng tôi bị tấn công ransomware năm ngoái", "security"],
    ["顧客情報がエクセルと名刺でバラバラ", "crm"],
    ["Orders still come in by fax and phone", "ecommerce-platforms"],
    ["新工場の現地スタッフ200名の教育も課題です", "corporate-training"],
    ["Dao tao cong nhan moi mat nhieu thoi gian", "corporate-training"],
    ["Training new workers takes too long", "edtech"],
  ])("%s calls for %s", (text, code) => {
    expect(codes(text)).toContain(code);
  });

  it("is not read in a plain need or a vendor's product words", () => {
    expect(codes("Looking for a Vietnamese offshore partner for Java")).toEqual([]);
    expect(codes("Phần mềm quản lý kho (WMS) cho chuỗi bán lẻ")).toEqual([]);
    expect(codes("ISO 27001 is required for any vendor")).toEqual([]);
    expect(codes("社員研修の講師を探しています")).toEqual([]);
  });
});

describe("a symptom in what a firm looks for", () => {
  it("is its need", () => {
    const m = mentions({ country: "JP", seeksText: "在庫が合わない。棚卸のたびに差異の原因を探している" });
    expect(m).toContain("seek:scm-logistics");
  });
  it("even when said with a negation, which is the problem, not a refusal (スマホに対応していない)", () => {
    const m = mentions({ country: "JP", seeksText: "ホームページが古く、スマホに対応していない" });
    expect(m).toContain("seek:web-apps");
    expect(m).not.toContain("seek!:web-apps");
  });
  it("but its clients' symptom is what it treats (factories whose stock never matches)", () => {
    const m = mentions({ country: "VN", seeksText: "Factories whose stock never matches the books" });
    expect(m).toContain("offer:scm-logistics");
    expect(m).not.toContain("seek:scm-logistics");
  });
  it("in Japanese too, when the problem verb comes before the clients (在庫が合わないことに悩む工場)", () => {
    const m = mentions({ country: "VN", seeksText: "在庫が合わないことに悩む工場" });
    expect(m).toContain("offer:scm-logistics");
    expect(m).not.toContain("seek:scm-logistics");
  });
  it("while a place the firm's own symptom names is not a client (紹介状を病院にFAXで送っている)", () => {
    const m = mentions({ country: "JP", seeksText: "紹介状を病院にFAXで送っている" });
    expect(m).toContain("seek:hospital-systems");
    expect(m).not.toContain("offer:hospital-systems");
  });
  it("and is not read in what a firm offers, where symptoms are features (out-of-stock detection)", () => {
    const m = mentions({
      country: "JP",
      offersText: "Computer vision for stores: people counting and out of stock alerts",
    });
    expect(m).not.toContain("offer:scm-logistics");
    expect(m).not.toContain("seek:scm-logistics");
  });
});

describe("a buyer that says only what hurts", () => {
  it("meets the vendor that treats it above one that does not", () => {
    const clinic = matchFirm({
      id: "clinic",
      country: "JP",
      employeeBand: "B250_999",
      seeksText: "Patients wait up to 90 minutes at reception on Monday mornings",
    });
    const queue = matchFirm({
      id: "queue",
      country: "VN",
      offersText: "Clinic booking, waiting queue and referral apps for Japanese clinics",
    });
    const games = matchFirm({ id: "games", country: "VN", offersText: "2D game art and Live2D animation" });
    const e = engineWith(concepts, clinic, queue, games);
    expect(pairScore(e, "clinic", "queue")).toBeGreaterThan(pairScore(e, "clinic", "games"));
    // Well above the floor (0.2), though the clinic's words for its problem are none of the vendor's (PARAMS.termMiss).
    expect(pairScore(e, "clinic", "queue")).toBeGreaterThan(0.45);
  });
});

describe("vendors' words for what treats it", () => {
  it.each([
    ["Hotel maintenance and booking apps for hotels", "booking-systems"],
    ["Dispatch and route optimisation SaaS for trucking companies", "transport-management"],
    ["Farm record app in Vietnamese and Japanese", "smart-agriculture"],
    ["Plug-in temperature loggers for reefers and cold rooms", "iot-platforms"],
    ["School communication app for schools: attendance and absence notices", "edtech"],
  ])("%s offers %s", (text, code) => {
    expect(mentions({ country: "VN", offersText: text })).toContain(`offer:${code}`);
  });
});

describe("an ERP suite", () => {
  it("treats stock that never matches in part, as a software house does, but is no inventory specialist", () => {
    const n = concepts.capabilities.length;
    const credit = (seek: string, offer: string) =>
      concepts.credit[concepts.capabilities.indexOf(seek) * n + concepts.capabilities.indexOf(offer)]!;
    expect(credit("scm-logistics", "odoo-erp")).toBeCloseTo(0.4);
    expect(credit("accounting-systems", "sap")).toBeCloseTo(0.4);
    expect(credit("scm-logistics", "scm-logistics")).toBe(1);
    // …and the suite is not met by a module: a firm seeking SAP is not served by a WMS vendor.
    expect(credit("sap", "scm-logistics")).toBeLessThan(0.2);
  });
});
