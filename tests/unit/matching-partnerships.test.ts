// Session 36: what CG (Japan ICT Day in Da Nang: distributors, investors, joint ventures and consortia rather than
// plain offshore development) showed the reader and the scoring miss.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { bidRoleIn } from "@/lib/matching/text/bid-role";
import { ALL_OF_REGIONS, regionBit, regionFails, type Region } from "@/lib/matching/regions";
import { engineWith, fieldReader, matchFirm } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());
const { read, codes } = fieldReader(concepts);

beforeAll(async () => {
  await loadJapanese();
}, 60_000);

describe("people hired to work at the firm's place", () => {
  const buyer = matchFirm({
    id: "sapporo",
    country: "JP",
    employeeBand: "B1_49",
    firmType: "buyer",
    seeksText:
      "初めてのオフショア開発パートナーを探しております。まずは1〜2名規模の小さな案件から始めたいと考えております\nあわせて、札幌で勤務していただける外国籍エンジニアの採用も検討しております",
  });
  const vendor = matchFirm({
    id: "danang",
    country: "VN",
    employeeBand: "B1_49",
    japaneseSpeakers: 6,
    bridgeEngineers: 2,
    offersText:
      "Phát triển ứng dụng web theo mô hình offshore\nToàn bộ nhân sự làm việc tại Đà Nẵng, không cử người đi onsite",
  });

  it("is what the hiring need is, not on-site work asked of the offshore partner beside it", () => {
    const r = read("seeks", "あわせて、札幌で勤務していただける外国籍エンジニアの採用も検討しております").required;
    expect(r.onsiteSought).toBe(false);
    expect(r.scopes?.some((s) => s.onsiteSought)).toBe(true);
    expect(engineWith(concepts, buyer, vendor).score("sapporo", "danang", { sameCountry: true })!.broken).toBe(false);
  });

  it("…while on-site people asked with the development partner are asked of it", () => {
    const r = read("seeks", "東京に常駐できる日本語N1レベルのBrSEを1名以上").required;
    expect(r.scopes?.some((s) => s.onsiteSought) ?? false).toBe(false);
    const strict = matchFirm({
      ...buyer,
      seeksText: "オフショア開発パートナーを探しております\n札幌に常駐できるエンジニアを探しております",
    });
    expect(engineWith(concepts, strict, vendor).score("sapporo", "danang", { sameCountry: true })!.broken).toBe(true);
  });
});

describe("a way to sell that the firm lacks", () => {
  it("is a need of a distributor", () => {
    expect(codes("seeks", "現地に販売・サポートの窓口がなく、お応えできていない状況です")).toContain(
      "seek:distribution",
    );
    expect(codes("seeks", "Chúng tôi chưa có kênh phân phối tại Việt Nam")).toContain("seek:distribution");
    expect(codes("seeks", "We have no sales channel in Vietnam yet")).toContain("seek:distribution");
  });

  it("…not a sales desk the firm has", () => {
    expect(codes("seeks", "現地に販売・サポートの窓口がございます。開発パートナーを探しています")).not.toContain(
      "seek:distribution",
    );
  });
});

describe("goods returned for records they lacked", () => {
  it("need origin traceability and temperature records", () => {
    expect(
      codes(
        "seeks",
        "昨年、ベトナム産冷凍エビの一部ロットが、養殖・漁獲の記録書類の不備により取引先から返品となりました",
      ),
    ).toContain("seek:smart-agriculture");
    expect(codes("seeks", "輸送中の温度記録が残っていないロットもあり、取引先から改善を求められております")).toContain(
      "seek:iot-platforms",
    );
    expect(codes("seeks", "Hàng thủy sản bị trả về vì thiếu hồ sơ truy xuất nguồn gốc")).toContain(
      "seek:smart-agriculture",
    );
  });

  it("…while records kept are no need", () => {
    expect(codes("seeks", "輸送中の温度記録はすべて残しております。輸入パートナーを探しています")).not.toContain(
      "seek:iot-platforms",
    );
  });
});

describe("embedded engineers", () => {
  it("are embedded work, named by the role or the stack", () => {
    expect(codes("seeks", "Offshore team of 4–6 embedded engineers for at least 12 months")).toContain("seek:embedded");
    expect(codes("seeks", "Firmware on Zephyr or FreeRTOS, ARM Cortex-M")).toContain("seek:embedded");
  });
});

describe("a condition put humbly (に限らせていただきます)", () => {
  it("is a condition like に限ります", () => {
    const r = read(
      "seeks",
      "設置・保守の都合上、ハノイとホーチミンの両方に拠点をお持ちの企業様に限らせていただきます",
    ).required;
    expect(r.presence).toContain("VN");
    expect(r.regions).toEqual(expect.arrayContaining(["VN-N", "VN-S"]));
  });

  it("…while a firm's own bases ask nothing", () => {
    const r = read("seeks", "当社はハノイとホーチミンに拠点がございます。販売代理店様を探しております").required;
    expect(r.regions ?? []).toEqual([]);
  });
});

describe("regions asked all together", () => {
  const maker = matchFirm({
    id: "maker",
    country: "JP",
    employeeBand: "B50_249",
    offersText: "飲食店向けタブレット注文システム、POSレジ",
    seeksText:
      "ベトナムにおける販売代理店様\n設置・保守の都合上、ハノイとホーチミンの両方に拠点をお持ちの企業様に限らせていただきます",
  });
  const reseller = (id: string, offices: string) =>
    matchFirm({
      id,
      country: "VN",
      employeeBand: "B50_249",
      offersText: `Resale and first-line support of software for restaurants\n${offices}`,
    });

  it("are each asked: a reseller in Hanoi and Da Nang but not Ho Chi Minh City fails", () => {
    const e = engineWith(concepts, maker, reseller("north", "Offices in Da Nang and Hanoi"));
    expect(e.score("maker", "north", { sameCountry: true })!.broken).toBe(true);
  });

  it("…one in both passes, and one of several asked is enough", () => {
    const e = engineWith(concepts, maker, reseller("both", "Offices in Hanoi and Ho Chi Minh City"));
    expect(e.score("maker", "both", { sameCountry: true })!.broken).toBe(false);
    const either = matchFirm({
      ...maker,
      seeksText: "ベトナムにおける販売代理店様\nハノイまたはホーチミンに拠点をお持ちの企業様に限ります",
    });
    const e2 = engineWith(concepts, either, reseller("north", "Offices in Da Nang and Hanoi"));
    expect(e2.score("maker", "north", { sameCountry: true })!.broken).toBe(false);
  });
});

describe("regionFails with regions asked all together", () => {
  const mask = (...rs: (Region | typeof ALL_OF_REGIONS)[]) => rs.reduce((m, r) => m | regionBit(r), 0);

  it("fails a firm missing one of them where its regions are known, not one whose regions there are unknown", () => {
    const both = mask("VN-N", "VN-S", ALL_OF_REGIONS);
    expect(regionFails(both, mask("VN-N", "VN-C"))).toBe(true);
    expect(regionFails(both, mask("VN-N", "VN-S"))).toBe(false);
    expect(regionFails(both, mask("JP-KANTO"))).toBe(false);
    expect(regionFails(mask("VN-N", "VN-S"), mask("VN-N", "VN-C"))).toBe(false);
  });
});

describe("infrastructure, bare", () => {
  it("is roads, ports and water in a bid, not cloud", () => {
    expect(
      codes("seeks", "Consortium members or lead firms for infrastructure, smart-city and agriculture projects"),
    ).not.toContain("seek:cloud");
    expect(
      codes("seeks", "An exclusive distributor with existing customers in agriculture or infrastructure"),
    ).not.toContain("offer:cloud");
  });

  it("…while IT infrastructure and its engineers are", () => {
    expect(codes("seeks", "We need 5 infrastructure engineers for AWS operations")).toContain("seek:cloud");
    expect(codes("offers", "IT infrastructure design and operation")).toContain("offer:cloud");
  });
});

describe("the part a firm takes in bid consortia", () => {
  it("is read where it says it takes only one", () => {
    expect(bidRoleIn(["元請は当社が務めます。他社が主導するコンソーシアムへの参加は考えておりません"])).toBe("lead");
    expect(bidRoleIn(["We lead all bids. We do not join consortia led by competitors"])).toBe("lead");
    expect(bidRoleIn(["当社は元請は行いません（入札保証を出す体制がないため）"])).toBe("member");
    expect(bidRoleIn(["Chúng tôi chỉ tham gia với vai trò thành viên liên danh, không đứng đầu"])).toBe("member");
    expect(bidRoleIn(["We cannot give bid bond and cannot lead the bid"])).toBe("member");
    expect(bidRoleIn(["Lead partner (Japanese or Singaporean) for Philippine bids; we join as member"])).toBe("member");
    expect(bidRoleIn(["We only partner with Japanese-led consortia"])).toBe("member");
  });

  it("…and not where it takes both, or says nothing of it", () => {
    expect(
      bidRoleIn([
        "元請は当社が務めます",
        "Tại Philippines: chỉ tham gia với vai trò thành viên, không đứng đầu liên danh",
      ]),
    ).toBeNull();
    expect(bidRoleIn(["Consortium partners for ODA bids in Cambodia"])).toBeNull();
  });

  it("refusing to lead, or consortia led by others, is not refusing consortia", () => {
    expect(read("seeks", "当社は元請は行いません（入札保証を出す体制がないため）").notIntents).not.toContain(
      "consortium",
    );
    expect(read("seeks", "We lead all bids. We do not join consortia led by competitors").intents).toContain(
      "consortium",
    );
    expect(read("seeks", "We do not join consortia").notIntents).toContain("consortium");
    expect(read("seeks", "Vietnamese delivery members with 100+ engineers").intents).toContain("consortium");
  });

  const firm = (id: string, country: "JP" | "VN", offersText: string, seeksText: string) =>
    matchFirm({ id, country, employeeBand: "B250_999", offersText, seeksText });
  const leadA = firm(
    "leadA",
    "JP",
    "Prime contractor for smart city bids in the Philippines",
    "Consortium partners for smart city bids\nWe lead all bids. We do not join consortia led by competitors",
  );
  const leadB = firm(
    "leadB",
    "VN",
    "Prime contractor for e-government bids in Cambodia",
    "Consortium partners for e-government bids\nWe want to be the lead",
  );
  const member = firm(
    "member",
    "VN",
    "Software development as a consortium member for government bids",
    "Consortium partners for smart city bids\nWe cannot lead the bid",
  );

  it("two that both lead are not each other's consortium; a lead and a member are", () => {
    const e = engineWith(concepts, leadA, leadB, member);
    const leads = e.score("leadA", "leadB", { sameCountry: true })!.score;
    const withMember = e.score("leadA", "member", { sameCountry: true })!.score;
    expect(leads).toBeLessThan(withMember);
    expect(e.explain("leadA", "leadB")).toContainEqual({ kind: "sameBidRole", role: "lead" });
    expect(e.explain("leadA", "member").some((r) => r.kind === "sameBidRole")).toBe(false);
  });
});

describe("a statement that begins with a least", () => {
  it("asks the certifications it names of partners", () => {
    expect(
      read("seeks", "At least 3 US client references, and a SOC 2 Type II report").required.certifications,
    ).toContainEqual({ cert: "SOC2" });
    expect(read("seeks", "Tối thiểu 50 kỹ sư và chứng chỉ ISO 27001").required.certifications).toContainEqual({
      cert: "ISO27001",
    });
  });

  it("…not one the firm says it has", () => {
    expect(
      read("offers", "At least 3 US client references, and a SOC 2 Type II report").required.certifications,
    ).toEqual([]);
  });
});

describe("the prime contractor named as the partner sought", () => {
  it("is sought, not sold", () => {
    expect(codes("seeks", "当社製品を組み込んで提案していただける元請またはSIer")).not.toContain(
      "offer:system-integration",
    );
    expect(codes("seeks", "元請としては商社またはゼネコンを想定しております")).toContain("seek:system-integration");
  });

  it("…while the firm that bids as prime offers it", () => {
    expect(codes("offers", "フィリピンのスマートシティ案件における元請としての入札参加")).toContain(
      "offer:system-integration",
    );
  });
});

describe("local partners and languages made of an app", () => {
  it("a local partner is local implementation; ラオ語化 is localisation", () => {
    expect(codes("offers", "Doi tac dia phuong tai Lao: phap nhan, xin giay phep")).toContain("offer:local-delivery");
    expect(codes("seeks", "Local partner in each bid country, registered for public procurement")).toContain(
      "seek:local-delivery",
    );
    expect(codes("seeks", "営農アプリのラオ語化")).toContain("seek:translation-localization");
  });
});

describe("people put on site", () => {
  it("are staffing, asked or offered", () => {
    expect(codes("seeks", "日本に常駐できる要員を10名以上出せる企業")).toContain("seek:it-staffing");
    expect(
      codes("offers", "Japan subsidiary (Tokyo, 350 staff) for on-site work at Japanese public sector clients"),
    ).toContain("offer:it-staffing");
  });
});

describe("recruitment intermediaries refused in Vietnamese", () => {
  it("are recruitment not wanted", () => {
    expect(codes("seeks", "Không hợp tác với công ty môi giới, công ty trung gian tuyển dụng")).toContain(
      "seek!:it-recruitment",
    );
  });
});
