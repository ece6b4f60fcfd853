// Session 40: on-site work offered as travel ("engineers can travel to Japan for bring-up"), which a Japanese test
// house's requirement of on-site weeks at its plant asks (CO showed the engine read it as no on-site at all).
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { engineWith, matchFirm } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());

beforeAll(async () => {
  await loadJapanese();
}, 60_000);

describe("on-site work offered as travel to Japan", () => {
  const testHouse = matchFirm({
    id: "house",
    country: "JP",
    offersText: "ウェーハプローブテスト受託\nファイナルテスト受託",
    seeksText:
      "ATEテストプログラム開発の協力会社（Advantest V93000）\n協力会社：量産立上げ時、熊本工場へ2週間出張できること",
  });
  const vendor = (id: string, offersText: string) =>
    matchFirm({
      id,
      country: "OTHER",
      englishSpeakers: 200,
      offersText,
      seeksText: "Semiconductor test houses in Japan",
    });

  it("meets the requirement in English and in Vietnamese", () => {
    for (const text of [
      "ATE test program development (Advantest V93000); our engineers can travel to Japan for bring-up",
      "Phát triển chương trình test ATE (Advantest V93000); kỹ sư có thể đi công tác Nhật khi chạy thử",
    ]) {
      const e = engineWith(concepts, testHouse, vendor("ate", text));
      expect(e.score("house", "ate", { sameCountry: false })!.broken, text).toBe(false);
    }
  });

  it("is not met by a firm that says nothing of travel or on-site work", () => {
    const e = engineWith(concepts, testHouse, vendor("ate", "ATE test program development (Advantest V93000), remote"));
    expect(e.score("house", "ate", { sameCountry: false })!.broken).toBe(true);
  });

  it("is not read in a travel agency's trips or a firm's own visits", () => {
    for (const offersText of [
      "We arrange business trips to Japan for Vietnamese delegations (flights, hotels, visas)",
      "Tours for companies who travel to Japan for trade fairs; visa support",
      "Dịch vụ làm visa đi công tác Nhật Bản, vé máy bay, khách sạn",
    ]) {
      const agency = matchFirm({ id: "agency", country: "VN", offersText });
      const e = engineWith(concepts, testHouse, agency);
      expect(e.profile("agency")!.canOnsite, offersText).toBe(0);
      expect(e.score("house", "agency", { sameCountry: false })!.broken, offersText).toBe(true);
    }
    const visiting = matchFirm({
      id: "visiting",
      country: "VN",
      seeksText: "Tìm đối tác phân phối Nhật Bản; chúng tôi sẵn sàng đi công tác Nhật để gặp khách hàng",
    });
    const remote = vendor("remote", "ATE test program development (Advantest V93000), remote only, no on-site work");
    expect(engineWith(concepts, visiting, remote).score("visiting", "remote", { sameCountry: false })!.broken).toBe(
      false,
    );
  });
});
