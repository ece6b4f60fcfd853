// Session 39: what CR (Japan ICT Day in Hai Phong, industrial-zone day: Japanese factories beside Vietnamese
// factory-IT, customs and payroll firms; interest that runs one way) showed the engine miss.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { dataKeptAlso, dataKeptIn } from "@/lib/matching/text/data-location";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { engineWith, fieldReader, matchFirm } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());

beforeAll(async () => {
  await loadJapanese();
}, 60_000);

describe("data asked to stay in one of several places", () => {
  it("lets any of them do ('in Vietnam or Japan', hoặc, または)", () => {
    const both = "All shipment and temperature data must stay on servers in Vietnam or Japan (customer contracts)";
    expect([dataKeptIn(both), ...dataKeptAlso(both)].sort()).toEqual(["JP", "VN"]);
    expect(dataKeptAlso("Dữ liệu phải lưu trữ tại Việt Nam hoặc Nhật Bản").length).toBe(1);
    // One place, with another named for something else, is that one only.
    expect(dataKeptAlso("Data must stay in Vietnam; our head office is in Japan")).toEqual([]);
    expect(dataKeptAlso("Data must stay in Japan and be reported to Vietnam")).toEqual([]);
    // Review of session 39: places denied, and an "or" elsewhere in the sentence.
    expect(dataKeptAlso("Data must stay on servers in Japan, not in Vietnam or Singapore")).toEqual([]);
    expect(dataKeptAlso("Data must stay in Japan; the Vietnam team may use VPN or remote desktop")).toEqual([]);
  });

  it("breaks a partner that keeps data in none of them, not one that keeps it in the second", () => {
    const forwarder = matchFirm({
      id: "forwarder",
      country: "JP",
      seeksText:
        "Real-time temperature monitoring for our 60 reefer trucks\nAll shipment and temperature data must stay on servers in Vietnam or Japan",
    });
    const logger = (id: string, where: string) =>
      matchFirm({
        id,
        offersText: `4G temperature loggers for reefer trucks with a real-time dashboard; data hosted in ${where}`,
      });
    const e = engineWith(concepts, forwarder, logger("hanoi", "Hanoi (Viettel IDC)"), logger("sg", "AWS Singapore"));
    expect(e.score("forwarder", "hanoi", { sameCountry: false })!.broken).toBe(false);
    expect(e.score("forwarder", "sg", { sameCountry: false })!.broken).toBe(true);
    expect(e.explain("forwarder", "sg").find((r) => r.kind === "theyFail")).toMatchObject({
      dealbreaker: { kind: "dataLocation", place: "JP" },
    });
  });
});

describe("a factory's problems, and the trades that solve them", () => {
  const { codes } = fieldReader(concepts);
  it("are read as the needs they are, in the three languages", () => {
    expect(codes("seeks", "Đơn hàng hay bị giao trễ vì kế hoạch chuyền may lập bằng Excel")).toContain("seek:mes");
    expect(codes("seeks", "Production planning is done by hand in Excel")).toContain("seek:mes");
    expect(codes("seeks", "工程間の部品運搬に1シフト40名かかっており、自動化を検討しています。")).toContain(
      "seek:robotics",
    );
    expect(codes("seeks", "電気料金の値上がりが続いており、コスト対策を探しています。")).toEqual([
      "seek:renewable-energy",
      "seek:energy-management",
    ]);
    expect(codes("seeks", "Electricity cost is big problem for us, we want to reduce it.")).toContain(
      "seek:renewable-energy",
    );
    expect(codes("seeks", "設備ごとの稼働率がリアルタイムで分からず、停止の原因が日報頼みです")).toContain(
      "seek:iot-platforms",
    );
  });

  it("are not read where nothing hurts", () => {
    // A seller of the cure says its clients' costs (review of session 39).
    expect(
      codes("seeks", "We help factories cut energy costs with rooftop solar; looking for Japanese clients"),
    ).not.toContain("seek:renewable-energy");
    expect(codes("offers", "お客様の電気料金削減を支援します")).not.toContain("seek:energy-management");
    expect(codes("seeks", "生産計画の件については、言語や規模の条件は特にありません。")).not.toContain("seek:mes");
    expect(codes("offers", "We reduce our customers' electricity costs with rooftop solar")).not.toContain(
      "seek:renewable-energy",
    );
  });

  it("name the trades that treat them: schedulers, plating, AGVs, seasonal workers", () => {
    expect(codes("offers", "生産スケジューラ：受注や設計変更に合わせて計画を作り直せます")).toContain("offer:mes");
    // (A scheduler that replaces Excel is no need of the vendor's.)
    expect(codes("offers", "Phần mềm lập kế hoạch sản xuất tự động, thay thế Excel")).toEqual(["offer:mes"]);
    expect(codes("offers", "Production scheduling software that replaces Excel")).not.toContain("seek:mes");
    expect(codes("offers", "Xi mạ kẽm, niken hóa học, anode nhôm – đạt RoHS")).toContain("offer:precision-machining");
    expect(codes("seeks", "表面処理（無電解ニッケルメッキ・アルマイト）の現地協力会社")).toContain(
      "seek:precision-machining",
    );
    expect(codes("seeks", "About 200 seasonal workers for the peak season")).toContain("seek:hr-staffing");
    expect(codes("offers", "Cung ứng công nhân thời vụ cho nhà máy")).toContain("offer:hr-staffing");
  });
});

describe("a rooftop-solar firm", () => {
  const { codes } = fieldReader(concepts);
  it("that invests in and runs plants is no venture investor", () => {
    const read = concepts.reader.read([
      { kind: "description", text: "Nhà đầu tư và vận hành điện mặt trời áp mái cho nhà máy tại miền Bắc" },
    ]);
    expect(read.mentions.map((m) => m.code)).not.toContain("venture-investment");
    // (Investors in startups still are.)
    expect(codes("seeks", "Nhà đầu tư vào startup công nghệ")).toContain("seek:venture-investment");
  });

  it("sells to the factories whose power bills it names; a factory's own bills are its need", () => {
    expect(codes("seeks", "Nhà máy tại các khu công nghiệp miền Bắc có mái rộng, hóa đơn tiền điện lớn")).toContain(
      "offer:renewable-energy",
    );
    expect(codes("seeks", "Không biết cửa hàng nào đang lỗ cho đến khi có báo cáo cuối quý")).toContain(
      "seek:data-engineering",
    );
  });
});

describe("the least size of the clients a firm takes", () => {
  const { read } = fieldReader(concepts);
  it("is read of its clients, not asked of its suppliers", () => {
    const r = read("seeks", "Nhà máy từ 300 nhân viên trở lên (chúng tôi chỉ nhận khách hàng từ 300 nhân viên)");
    expect(r.facts.clientMin).toBe(300);
    expect(r.required.minEmployees).toBeNull();
    expect(read("seeks", "Clients with 300+ employees only").facts.clientMin).toBe(300);
    expect(read("seeks", "Partners with at least 50 employees").facts.clientMin).toBeUndefined();
    // The firm's own head count is not its clients' (review of session 39).
    expect(read("seeks", "従業員300名以上の当社は、新規顧客を探しています").facts.clientMin).toBeUndefined();
  });

  const payroll = matchFirm({
    id: "payroll",
    intents: ["clients"],
    offersText: "Phần mềm tính lương, chấm công, bảo hiểm xã hội (SaaS)",
    seeksText: "Nhà máy cần phần mềm tính lương (chúng tôi chỉ nhận khách hàng từ 300 nhân viên)",
  });
  const factory = (id: string, employeeBand: "B1_49" | "B250_999", intents: ("subcontractors" | "clients")[]) =>
    matchFirm({ id, employeeBand, intents, seeksText: "Phần mềm tính lương và chấm công cho công nhân" });

  it("breaks a smaller firm that only buys from it, not a large one nor one that sells too", () => {
    const e = engineWith(
      concepts,
      payroll,
      factory("small", "B1_49", ["subcontractors"]),
      factory("large", "B250_999", ["subcontractors"]),
      factory("reseller", "B1_49", ["clients"]),
    );
    expect(e.score("payroll", "small", { sameCountry: true })!.broken).toBe(true);
    expect(e.score("payroll", "large", { sameCountry: true })!.broken).toBe(false);
    expect(e.score("payroll", "reseller", { sameCountry: true })!.broken).toBe(false);
    expect(e.explain("payroll", "small").find((r) => r.kind === "theyFail")).toMatchObject({
      dealbreaker: { kind: "size", minimum: 300 },
    });
  });
});
