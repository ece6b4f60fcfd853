// Session 37: what CL (Japan ICT Day in Hanoi, AI and data track: firms that share the words AI, data and cloud,
// and user companies that say what goes wrong) showed the reader miss.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { fieldReader } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());
const { codes } = fieldReader(concepts);

beforeAll(async () => {
  await loadJapanese();
}, 60_000);

describe("what goes wrong, told by a plant, a call centre or an insurer", () => {
  it("reads defects missed by eye as a need of visual inspection", () => {
    expect(codes("seeks", "目視検査で不良品の見逃しが多く、客先からのクレームが続いている")).toContain(
      "seek:visual-inspection",
    );
    expect(
      codes("seeks", "鮭フレークの製造ラインで、骨やビニール片の混入が年に数件あり、人の目だけでは限界を感じている"),
    ).toContain("seek:visual-inspection");
    expect(codes("seeks", "Today 120 inspectors check every housing by eye")).toContain("seek:visual-inspection");
    expect(codes("seeks", "検査員の採用を増やしたい")).not.toContain("seek:visual-inspection");
  });

  it("reads calls nobody listens to as a need of speech analytics", () => {
    expect(codes("seeks", "通話録音を全件テキスト化し、クレームの予兆を自動で検知したい")).toContain("seek:speech-ai");
    expect(codes("seeks", "オペレーターごとの応対品質を自動で評価したい")).toContain("seek:speech-ai");
    expect(
      codes("seeks", "Đối tác chuyên sâu tại Việt Nam về giọng nói tiếng Việt (chúng tôi thiếu mảng này)"),
    ).toContain("seek:speech-ai");
    expect(
      codes("offers", "Phân tích cuộc gọi tổng đài: chuyển lời nói thành văn bản, chấm điểm chất lượng"),
    ).toContain("offer:speech-ai");
    // Transcribing handwriting for OCR training data is annotation, not speech.
    expect(
      codes("seeks", "手書き日本語帳票の画像に対するアノテーション（文字起こし・領域指定）の委託先"),
    ).not.toContain("seek:speech-ai");
    expect(
      codes("seeks", "Annotation partner for Japanese call-centre audio (transcription and intent tagging)"),
    ).not.toContain("seek:speech-ai");
  });

  it("reads flooded areas found too slowly as a need of remote sensing", () => {
    expect(
      codes(
        "seeks",
        "大規模水害の後、被災エリアの特定に時間がかかり保険金の支払いが遅れている。どの地域がどの程度浸水したかを早く把握したい",
      ),
    ).toContain("seek:remote-sensing");
    expect(codes("offers", "Bản đồ vùng ngập và ước tính thiệt hại sau bão lũ từ ảnh SAR")).toContain(
      "offer:remote-sensing",
    );
  });
});

describe("cloud cost", () => {
  it("is its own trade, not migration", () => {
    const cut = codes(
      "seeks",
      "We are looking for a partner for cloud cost optimisation of our AWS accounts, not a migration",
    );
    expect(cut).toContain("seek:finops");
    expect(cut).not.toContain("seek:cloud-migration");
    expect(codes("offers", "Tối ưu chi phí cloud cho doanh nghiệp đang dùng AWS")).toContain("offer:finops");
    expect(codes("offers", "クラウド移行（オンプレからAWSへ）")).not.toContain("offer:finops");
    // A bill that keeps growing is told, not named.
    expect(codes("seeks", "Our AWS bill grew to about JPY 18M per month. We need a partner to cut it")).toContain(
      "seek:finops",
    );
    expect(codes("seeks", "クラウドの利用料が毎月増え続けている")).toContain("seek:finops");
    expect(codes("seeks", "AWS migration for Japanese manufacturers")).not.toContain("seek:finops");
  });
});

describe("Laos", () => {
  const presence = (text: string) => fieldReader(concepts).read("offers", text).facts.presence;
  it("is named as a country, not read in lao động typed without marks, nor as the plural of lao", () => {
    expect(presence("Chung toi co van phong tai Ha Noi va dao tao nguoi lao dong di Nhat")).not.toContain("LA");
    expect(presence("Chúng tôi có văn phòng tại Lào và Campuchia")).toContain("LA");
    expect(presence("Chúng tôi có văn phòng tại Việt Nam, Lào, Campuchia")).toContain("LA");
    expect(presence("We have an office in Laos")).toContain("LA");
  });
});

describe("bridge engineers allowed as a way to talk", () => {
  it("are no need of bridge services, while bridge engineers asked for are", () => {
    expect(codes("seeks", "日本語でのコミュニケーション（ブリッジSE経由で可）")).not.toContain("seek:bridge-services");
    expect(codes("seeks", "Japanese communication, or through a BrSE")).not.toContain("seek:bridge-services");
    expect(codes("seeks", "ブリッジSEを配置できるパートナーを探しています")).toContain("seek:bridge-services");
  });
});
