// Session 45: the words of what a firm says it does not do or want, the trade words the reader missed, and
// Vietnamese typed without diacritics in a short field.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { saidWithoutRefusals } from "@/lib/matching/text/specific-terms";
import { looksUnmarkedVietnamese } from "@/lib/matching/text/statement";
import { engineWith, matchFirm, pairScore } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());
const read = (kind: "offers" | "seeks", text: string) => concepts.reader.read([{ kind, text }]);
const codes = (kind: "offers" | "seeks", text: string) =>
  read(kind, text).mentions.map((m) => `${m.direction}${m.negated ? "!" : ""}:${m.code}`);

beforeAll(async () => {
  await loadJapanese();
}, 60_000);

describe("the specific words of what a firm refuses", () => {
  it("are not words of what it offers, in three languages", () => {
    const [offers] = saidWithoutRefusals(
      [
        "記帳代行（freee、弥生会計に対応）\n※税務申告・税務相談は行いません\nWe do not do PCB design.\nKhông nhận dự án game, blockchain",
      ],
      "offers",
    );
    expect(offers).toContain("記帳代行");
    expect(offers).not.toContain("税務申告");
    expect(offers).not.toContain("PCB");
    expect(offers).not.toContain("blockchain");
    const terms = read("offers", "記帳代行（freee、弥生会計に対応）\n※税務申告・税務相談は行いません").terms!.offers;
    expect(terms).toContain("freee");
    expect(terms).not.toContain("税務申告");
  });

  it("are not words of what it looks for; a problem said with a negation still is", () => {
    const [seeks] = saidWithoutRefusals(
      [
        "Salesforce案件での協業は想定していません\nパッケージ製品の売り込みはご遠慮ください\n現在のECサイトはスマホに対応していない\nKubernetes運用の委託先",
      ],
      "seeks",
    );
    expect(seeks).not.toContain("Salesforce");
    expect(seeks).not.toContain("パッケージ");
    expect(seeks).toContain("スマホ");
    expect(seeks).toContain("Kubernetes");
    // An ordinary statement keeps its words, whatever its stop.
    expect(saidWithoutRefusals(["Offshore Java team. ROS 2 navigation; SLAM"], "offers")).toEqual([
      "Offshore Java team.\nROS 2 navigation;\nSLAM",
    ]);
  });

  it("do not lift a pair: the firm that does what is asked ranks above the one that says it does not", () => {
    const buyer = matchFirm({
      id: "buyer",
      country: "JP",
      seeksText: "経理業務の外注（記帳から決算・法人税申告まで）",
    });
    const refuses = matchFirm({
      id: "refuses",
      offersText: "記帳代行（freee、マネーフォワード、弥生会計に対応）\n※税務申告・法人税申告は行いません",
    });
    const does = matchFirm({
      id: "does",
      offersText: "記帳代行（freee、マネーフォワード、弥生会計に対応）\n決算・法人税申告の代行",
    });
    const e = engineWith(concepts, buyer, refuses, does);
    expect(pairScore(e, "buyer", "does")).toBeGreaterThan(pairScore(e, "buyer", "refuses"));
  });
});

describe("trade words the reader had missed", () => {
  it.each([
    ["Remote patient monitoring platform for US clinics", "telemedicine"],
    ["Formal property checking (JasperGold) and gate-level simulation", "design-verification"],
    ["Build Petalinux, viết driver Linux cho Zynq UltraScale+", "embedded-linux"],
    ["Kiểm tra DFM, xuất dữ liệu Gerber/ODB++ cho nhà máy", "pcb-hardware"],
    ["Programmatic advertising and retail media for Vietnamese consumers", "digital-marketing"],
    ["交通管制システム、信号制御の製品と技術", "smart-city"],
    ["自動車部品（ブレーキキャリパー、精密プレス品）の製造", "precision-machining"],
    ["Viết test case, chạy regression theo sprint", "quality"],
    ["Labelled data for Japanese AI model builders", "data-annotation"],
  ])("%s", (text, code) => {
    expect(codes("offers", text)).toContain(`offer:${code}`);
  });

  it.each([
    ["経理業務の外注先を探しています", "accounting-bpo"],
    ["電話対応の委託先を探しています", "contact-center"],
    ["書かない窓口の導入を支援してくれる会社", "e-government"],
  ])("%s", (text, code) => {
    expect(codes("seeks", text)).toContain(`seek:${code}`);
  });
});

describe("Vietnamese typed without diacritics", () => {
  it("is known in a short field by its common syllables", () => {
    expect(looksUnmarkedVietnamese("Gia cong CNC chi tiet may, khuon dap cho nganh o to, xe may")).toBe(true);
    expect(looksUnmarkedVietnamese("tim publisher o Nhat, Han cho 2 game puzzle moi")).toBe(true);
    expect(looksUnmarkedVietnamese("Ep nhua 80-850 tan (24 may), lap rap bo day dien")).toBe(true);
  });

  it("is not English that names Vietnamese places", () => {
    expect(looksUnmarkedVietnamese("Our Dong Nai factory can be a reference site for partners")).toBe(false);
    expect(looksUnmarkedVietnamese("A Vietnamese development partner for a bank project in Ho Chi Minh City")).toBe(
      false,
    );
  });
});
