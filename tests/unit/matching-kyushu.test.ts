// Session 38: what CO (Vietnam IT Day in Fukuoka: Kyushu's makers, banks, ports and tourism beside Vietnamese
// firms that share their trade words) showed the reader miss.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { engineWith, fieldReader, matchFirm } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());
const { codes } = fieldReader(concepts);

beforeAll(async () => {
  await loadJapanese();
}, 60_000);

describe("the clients' goods", () => {
  it("are no clients: importers for them are sought", () => {
    expect(codes("seeks", "お取引先の食品・加工品の輸出先となる、ベトナムの輸入業者・バイヤー")).toEqual([
      "seek:distribution",
    ]);
    // Clients sought are still clients ("新規取引先の開拓" is no import).
    expect(codes("seeks", "ベトナムの新規取引先（日系製造業）の開拓を支援してほしい")).not.toContain(
      "seek:distribution",
    );
  });
});

describe("a language said to be fine", () => {
  const { read } = fieldReader(concepts);
  it("is allowed in English as in Japanese ('English is fine', 英語でも可)", () => {
    expect(read("seeks", "English is fine; Japanese is not required").required.languagesAllowed).toEqual(["en"]);
    expect(read("seeks", "英語でも可").required.languagesAllowed).toEqual(["en"]);
    expect(read("seeks", "English is required").required.languagesAllowed ?? []).toEqual([]);
  });

  it("opens the organizer's language column to it", () => {
    const fabless = matchFirm({
      id: "fabless",
      country: "JP",
      partnerLanguages: ["ja"],
      seeksText:
        "An RTL verification team (SystemVerilog/UVM): minimum 5 engineers\nEnglish is fine; Japanese is not required",
    });
    const verification = matchFirm({
      id: "dv",
      country: "OTHER",
      englishSpeakers: 500,
      offersText: "Design verification (SystemVerilog/UVM), teams from 5 to 100 engineers; English",
    });
    const e = engineWith(concepts, fabless, verification);
    expect(e.score("fabless", "dv", { sameCountry: true })!.broken).toBe(false);
  });
});

describe("a denial ended by a semicolon", () => {
  const { read } = fieldReader(concepts);
  it("does not reach the on-site work after it", () => {
    const r = read("offers", "No office in Japan; engineers travel to Japan for on-site phases");
    expect(r.facts.onsiteJapan).toBe(true);
    expect(r.facts.noOnsite).toBe(false);
    expect(read("offers", "No on-site work in Japan; all development is offshore").facts.noOnsite).toBe(true);
  });
});

describe("a firm of a trade sought, opening a statement", () => {
  it("has what it is said to have for the partner sought, not for the firm", () => {
    expect(codes("seeks", "Công ty logistics Nhật có kho lạnh, gom hàng từ Kyushu đi TP.HCM")).toEqual([
      "seek:logistics-services",
      "seek:logistics-services",
    ]);
    expect(codes("seeks", "Đơn vị gán nhãn dữ liệu ảnh y khoa có bác sĩ kiểm tra chất lượng")).toEqual([
      "seek:data-annotation",
    ]);
    // Clients named by their country have work the firm would do; the firm itself has what it has.
    expect(codes("seeks", "Doanh nghiệp Nhật có nhiều công việc nhập liệu lặp lại")).toEqual(["offer:data-entry"]);
    expect(codes("seeks", "Công ty có đội kiểm thử 50 người")).not.toContain("seek:quality");
  });
});

describe("the country of the firms of a trade sought", () => {
  const { read } = fieldReader(concepts);
  const from = (text: string) => read("seeks", text).mentions.map((m) => (m.from ?? []).join("|"));
  it("is where the need is sought from, before or after them, in the three languages", () => {
    expect(from("Japanese importers and supermarket chains")).toEqual(["JP"]);
    expect(from("ベトナムの輸入業者・卸売業者")).toEqual(["VN"]);
    expect(from("Nhà nhập khẩu, chuỗi siêu thị Nhật Bản")).toEqual(["JP"]);
    expect(from("Distributors in Japan and ASEAN")).toEqual(["JP|ASEAN"]);
    expect(from("Nhà sản xuất thực phẩm, đồ uống, nông sản Nhật Bản muốn xuất khẩu sang Việt Nam")).toEqual([
      "JP",
      "JP",
    ]);
  });

  it("is not the goods' country, nor said of firms of no trade", () => {
    // An importer of Japanese food is in Vietnam.
    expect(from("Nhà nhập khẩu thực phẩm Nhật Bản").every((f) => f === "")).toBe(true);
    expect(from("Importers of Japanese sake").every((f) => f === "")).toBe(true);
  });

  it("is the country of the goods sought when they are said to be its own ('của Nhật Bản', made in Japan)", () => {
    expect(from("Hệ thống bệnh án điện tử / HIS của Nhật Bản, có giao diện tiếng Việt")).toEqual(["JP"]);
    expect(from("Mua hệ thống nội soi của Nhật cho 3 bệnh viện").every((f) => f === "JP")).toBe(true);
    expect(from("Looking for made in Japan inspection cameras").every((f) => f === "JP")).toBe(true);
    // Not work for a country's clients, nor a client's project.
    expect(from("Phần mềm kế toán cho doanh nghiệp Nhật").every((f) => f === "")).toBe(true);
    expect(from("Hệ thống ERP của khách hàng Nhật cần bảo trì").every((f) => f === "")).toBe(true);
    expect(from("We need Japanese-made MES software for our plant")).toContain("JP");
    expect(from("Phần mềm kế toán của hãng Nhật")).toEqual(["JP"]);
  });

  it("is no country's standards, ways, plants or market, nor goods to be serviced or imported", () => {
    const none = (text: string) =>
      expect(
        from(text).every((f) => f === ""),
        text,
      ).toBe(true);
    none("Tìm đối tác phát triển phần mềm quản lý bệnh viện đáp ứng tiêu chuẩn chất lượng của Nhật Bản");
    none("ERP theo quy trình của Nhật");
    none("chuyển đổi số cho nhà máy của Nhật tại KCN Đình Vũ");
    none("Tìm đối tác nhập khẩu cà phê của Việt Nam vào Nhật Bản");
    expect(from("Tìm đơn vị bảo trì máy CNC của Nhật tại Hải Phòng")).not.toContain("JP");
  });

  it("keeps a Vietnamese hospital wanting a Japanese HIS from a Vietnamese HIS house", () => {
    const hospital = matchFirm({
      id: "hospital",
      country: "VN",
      seeksText: "Hệ thống bệnh án điện tử / HIS của Nhật Bản, có giao diện tiếng Việt",
    });
    const vnHis = matchFirm({ id: "vn-his", country: "VN", offersText: "Phần mềm HIS, EMR cho bệnh viện công" });
    const jpHis = matchFirm({ id: "jp-his", country: "JP", offersText: "Phần mềm HIS, EMR cho bệnh viện" });
    const e = engineWith(concepts, hospital, vnHis, jpHis);
    expect(e.score("hospital", "vn-his", { sameCountry: true })!.score).toBeLessThan(
      e.score("hospital", "jp-his", { sameCountry: false })!.score,
    );
  });

  it("keeps a firm from elsewhere in the seeker's own country from meeting that need", () => {
    const grower = matchFirm({
      id: "grower",
      country: "VN",
      offersText: "Xuất khẩu thanh long, xoài sang Nhật Bản",
      seeksText: "Nhà nhập khẩu, chuỗi siêu thị Nhật Bản",
    });
    const localImporter = matchFirm({
      id: "vn-importer",
      country: "VN",
      offersText: "Nhập khẩu và phân phối thực phẩm tại TP.HCM",
    });
    const tokyoImporter = matchFirm({
      id: "jp-importer",
      country: "JP",
      offersText: "Nhập khẩu và phân phối thực phẩm tại Tokyo",
    });
    const e = engineWith(concepts, grower, localImporter, tokyoImporter);
    expect(e.score("grower", "vn-importer", { sameCountry: true })!.score).toBeLessThan(
      e.score("grower", "jp-importer", { sameCountry: false })!.score,
    );
  });
});
