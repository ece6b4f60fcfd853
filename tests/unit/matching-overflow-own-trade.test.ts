// A vendor that ticked only "clients" but whose text asks for overflow partners in its own trade ("Tìm đối tác vệ
// tinh nhận vẽ 2D AutoCAD khi quá tải") seeks that trade: a small drafting shop is its capacity partner. Without
// those words its own trade in what it looks for is its clients' need, not its own. And in what a firm looks for,
// work on its clients' things ("bản vẽ 2D của khách hàng Nhật") is work it seeks, not sells.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { engineWith, matchFirm, mentionsOver } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());

beforeAll(async () => {
  await loadJapanese();
}, 60_000);

const designer = (seeksText: string) =>
  matchFirm({
    id: "designer",
    intents: ["clients"],
    employeeBand: "B50_249",
    offersText: "Ve lai ban ve giay sang 2D CAD (AutoCAD)",
    seeksText,
  });
const shop = matchFirm({
  id: "shop",
  intents: ["clients"],
  employeeBand: "B1_49",
  offersText: "Ve AutoCAD 2D: ban ve chi tiet co khi, 8 nguoi, lam tu xa",
  seeksText: "Nhan ve lai cho cong ty thiet ke lon trong nuoc",
});

describe("overflow in the firm's own trade", () => {
  it("is sought when the text asks for capacity", () => {
    const e = engineWith(concepts, designer("Tim doi tac ve tinh nhan ve 2D AutoCAD khi qua tai"), shop);
    expect(e.score("designer", "shop", { sameCountry: true })!.forA).toBeGreaterThan(0);
  });
  it("but not when it names only its clients' need", () => {
    const e = engineWith(concepts, designer("Khach hang Nhat can ve 2D AutoCAD"), shop);
    expect(e.score("designer", "shop", { sameCountry: true })!.forA).toBe(0);
  });
});

describe("work on the firm's clients' things", () => {
  it("is sought (Chuyển bản vẽ 2D của khách hàng Nhật sang 3D SolidWorks)", () => {
    const m = mentionsOver(concepts, {
      seeksText: "Chuyển bản vẽ 2D của khách hàng Nhật sang mô hình 3D SolidWorks, khoảng 80 bản vẽ/tháng",
    });
    expect(m).toContain("seek:mechanical-cad");
    expect(m).not.toContain("offer:mechanical-cad");
  });
  it("but clients who need it make it the firm's trade", () => {
    expect(mentionsOver(concepts, { seeksText: "Khách hàng Nhật cần chuyển bản vẽ 2D sang 3D SolidWorks" })).toContain(
      "offer:mechanical-cad",
    );
  });
});
