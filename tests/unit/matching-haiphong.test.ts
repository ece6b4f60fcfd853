// Session 39: what CR (Japan ICT Day in Hai Phong, industrial-zone day: Japanese factories beside Vietnamese
// factory-IT, customs and payroll firms; interest that runs one way) showed the engine miss.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { dataKeptAlso, dataKeptIn } from "@/lib/matching/text/data-location";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { engineWith, matchFirm } from "./match-firm";

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
