// Session 52 (what DG, opened this session, showed: the services track of Vietnam IT Day in Fukuoka, banks,
// insurers, hospitals, retailers and EdTech firms): conditions listed with かつ, a legal entity in Japan asked in
// words and one a firm says it has not, a need named again in wider words, an investor's fields in katakana (ヘルステック, エドテック), a seed extension raised.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { engineWith, fieldReader, matchFirm, pairScore } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());

beforeAll(async () => {
  await loadJapanese();
}, 60_000);

describe("conditions a bank asks of its app developers", () => {
  const { read } = fieldReader(concepts);

  it("reads conditions listed with かつ as asked by the sentence's last verb, with the need they are for", () => {
    const bank = read(
      "seeks",
      "アプリ開発の委託先は、ISMS（ISO 27001）認証を持ち、日本語で定例会議を運営できるPMを配置でき、かつ日本国内の法人として当行と契約できる会社に限ります。",
    ).required;
    expect(bank.languages).toEqual([]);
    expect(bank.scopes).toEqual([
      expect.objectContaining({ caps: ["software-development"], languages: ["ja"], presence: ["JP"] }),
    ]);
  });

  it("reads a legal entity in Japan (日本に法人がある) as a place asked, not a kind of entity or corporate clients", () => {
    expect(read("seeks", "日本に法人がある会社に限ります").required.presence).toEqual(["JP"]);
    expect(read("description", "日本に法人があります。").facts.presence).toEqual(["JP"]);
    expect(read("description", "法人のお取引先は約2万社。").facts.presence ?? []).toEqual([]);
    expect(read("seeks", "日本の医療法人と提携したい").required.presence).toEqual([]);
    expect(read("seeks", "日本の法人向けサービスを展開できる会社に限ります").required.presence).toEqual([]);
  });
  it("binds the need named before with the requirements of the same need named again in wider words", () => {
    const needs = [
      "個人向けバンキングアプリ（iOS/Android）の全面リニューアルを担う開発パートナーを探しています。",
      "アプリ開発の委託先は、ISMS（ISO 27001）認証を持ち、日本語で定例会議を運営できるPMを配置でき、かつ日本国内の法人として当行と契約できる会社に限ります。",
    ];
    const read = concepts.reader.read(needs.map((text) => ({ kind: "seeks" as const, text })));
    expect(read.required.scopes?.[0]?.caps).toEqual(expect.arrayContaining(["software-development", "mobile-apps"]));
    // (Not a need that shares no words with it: the AML tool stays free of the app developers' conditions.)
    const withTool = concepts.reader.read(
      [...needs, "マネロン対策のツール導入を検討しています。"].map((text) => ({
        kind: "seeks" as const,
        text,
      })),
    );
    expect(withTool.mentions.map((m) => m.code)).toContain("aml-screening");
    expect(withTool.required.scopes?.[0]?.caps).not.toContain("aml-screening");
  });

  it("reads an office or entity the firm says it has not as absent, not everywhere but a place", () => {
    expect(read("description", "We contract from Vietnam and have no legal entity in Japan.").facts.absentFrom).toEqual(
      ["JP"],
    );
    expect(read("description", "日本に拠点はありません。").facts.absentFrom).toEqual(["JP"]);
    expect(read("description", "Công ty không có văn phòng đại diện tại Nhật Bản").facts.absentFrom).toEqual(["JP"]);
    expect(
      read("description", "We have no office or legal entity outside Thailand yet.").facts.absentFrom,
    ).toBeUndefined();
    expect(
      read("offers", "AI-OCR with a verification team inside our Tokyo office for data that cannot leave Japan").facts
        .absentFrom,
    ).toBeUndefined();
    // A requirement waived of partners is no fact of the firm.
    expect(read("seeks", "日本に拠点がなくても可").facts.absentFrom).toBeUndefined();
  });

  it("fails a bank's app-development partner that sends engineers to Japan but has no entity there", () => {
    const bank = matchFirm({
      id: "bank",
      country: "JP",
      employeeBand: "B1000_PLUS",
      seeksText: [
        "個人向けバンキングアプリ（iOS/Android）の全面リニューアルを担う開発パートナーを探しています。",
        "アプリ開発の委託先は、日本国内の法人として当行と契約できる会社に限ります。",
      ].join("\n"),
    });
    const offers =
      "Mobile banking apps and core-integration work; Java, .NET and Flutter engineers.\nOn-site engineers in Japan on request.";
    const without = matchFirm({
      id: "without",
      texts: ["We contract from Vietnam and have no legal entity in Japan."],
      offersText: offers,
    });
    const tokyo = matchFirm({
      id: "tokyo",
      texts: ["Our Japanese subsidiary in Tokyo contracts with clients."],
      offersText: offers,
    });
    const e = engineWith(concepts, bank, without, tokyo);
    expect(e.score("bank", "without")!.broken).toBe(true);
    expect(e.score("bank", "tokyo")!.broken).toBe(false);
    expect(pairScore(e, "bank", "tokyo")).toBeGreaterThan(pairScore(e, "bank", "without"));
  });
});

describe("investors and start-ups", () => {
  const { codes } = fieldReader(concepts);

  it("reads ヘルステック and エドテック as the fields a VC looks in, as フィンテック is", () => {
    expect(
      codes("seeks", "九州・東南アジアのフィンテック、ヘルステック、エドテック領域のスタートアップを探しています。"),
    ).toEqual(expect.arrayContaining(["seek:fintech", "seek:healthcare-it", "seek:edtech"]));
  });

  it("reads a seed extension or a bridge round as investors sought", () => {
    expect(codes("seeks", "A seed extension of US$500k; we plan to open a small office in Fukuoka in 2026.")).toContain(
      "seek:venture-investment",
    );
    expect(codes("seeks", "Bridge round of US$300k before our Series A")).toContain("seek:venture-investment");
  });
});

describe("whom a firm serves", () => {
  const { codes } = fieldReader(concepts);

  it("reads distributors listed after for as clients, not distribution offered", () => {
    expect(
      codes(
        "offers",
        "ERP implementation, add-on development and support for retailers and distributors (SAP Business One, Microsoft Dynamics 365).",
      ),
    ).not.toContain("offer:distribution");
    expect(codes("offers", "Hỗ trợ cho nhà bán lẻ và nhà phân phối")).not.toContain("offer:distribution");
    // (A role the firm takes is still offered.)
    expect(codes("offers", "We want to become a reseller and distributor")).toContain("offer:distribution");
  });
});

describe("claims software apart from the records", () => {
  const { codes } = fieldReader(concepts);

  it("reads レセコン as medical claims software, not the EMR a hospital links its departments to", () => {
    const maker = codes(
      "description",
      "診療所向けの医科レセプトコンピュータ（レセコン）「アークレセ」を開発・販売しています。電子カルテは提携メーカーの製品と連携する方式で、自社では開発していません。",
    );
    expect(maker).toContain("offer:medical-claims");
    expect(maker).toContain("offer!:hospital-systems");
    expect(maker).not.toContain("offer:hospital-systems");
    expect(codes("seeks", "電子カルテと部門システムをHL7/FHIRで連携できる開発会社を探しています。")).not.toContain(
      "seek:medical-claims",
    );
  });
});

describe("screening the money apart from proving who a customer is", () => {
  const { codes } = fieldReader(concepts);

  it("reads AML screening and transaction monitoring apart from eKYC", () => {
    const bank = codes(
      "seeks",
      "マネー・ローンダリング対策として、取引モニタリングと制裁リスト照合（AML）のツール導入を検討しています。",
    );
    expect(bank).toContain("seek:aml-screening");
    expect(bank).not.toContain("seek:ekyc");
    const engine = codes("offers", "eKYC engine: ID card OCR and face matching. We do not provide AML screening.");
    expect(engine).toContain("offer:ekyc");
    expect(engine).toContain("offer!:aml-screening");
    expect(codes("offers", "Phan mem sang loc danh sach cam van/PEP va giam sat giao dich (AML)")).toContain(
      "offer:aml-screening",
    );
  });
});

describe("a distributor the firm already sells through", () => {
  const { read } = fieldReader(concepts);

  it("reads selling through its current exclusive distributor as no condition on new ones, nor where it serves", () => {
    const sold = read(
      "offers",
      "Tai Nhat Ban, chung toi chi ban qua nha phan phoi doc quyen hien tai (mot cong ty o Tokyo); khach hang Nhat ky hop dong voi cong ty nay.",
    ).facts;
    expect(sold.exclusivity).toBeUndefined();
    expect(sold.servesOnly).toBeUndefined();
    expect(
      read("offers", "In Japan we sell only through our exclusive distributor (a company in Tokyo).").facts,
    ).toEqual(expect.not.objectContaining({ exclusivity: "exclusive" }));
    // (A policy of exclusive deals only is still one, and so is work taken only in a region.)
    expect(read("seeks", "Hiện tại chúng tôi chỉ ký hợp đồng phân phối độc quyền.").facts.exclusivity).toBe(
      "exclusive",
    );
    expect(read("offers", "We only take projects in Tokyo.").facts.servesOnly).toEqual(["JP-KANTO"]);
  });
});

// What a helper's probe of this session's rules found, with its sentences.
describe("the review's sentences", () => {
  const { read, codes } = fieldReader(concepts);
  const absent = (kind: "offers" | "description", text: string) => read(kind, text).facts.absentFrom ?? [];

  it("reads an office denied as the firm's own lack only beside the denial, not others' lack or a kind of office", () => {
    expect(absent("description", "We don't currently have a legal entity in Japan.")).toEqual(["JP"]);
    expect(absent("description", "日本法人はまだありませんが、来年設立予定です。")).toEqual(["JP"]);
    expect(absent("description", "日本国内に法人を設立しておりません。")).toEqual(["JP"]);
    for (const text of [
      "Unlike many vendors without a Japan office, we have a subsidiary in Tokyo.",
      "日本に拠点がないベトナム企業とは異なり、当社は東京に支社があります。",
      "Our Tokyo office is not a sales office but a full development center.",
      "東京オフィスは営業拠点ではなく、開発拠点です。",
      "We help Japanese companies without a legal entity in Vietnam hire engineers through our EOR service.",
      "ベトナムに拠点がないお客様でも、現地での採用・労務を代行します。",
      "We have no offices other than Hanoi.",
      "ハノイ本社のほかに拠点はありません。",
    ])
      expect(absent("description", text), text).toEqual([]);
    expect(read("description", "We have offices in Singapore and Tokyo but no office in Thailand.").facts).toEqual(
      expect.objectContaining({ presence: ["SG", "JP"], absentFrom: ["TH"] }),
    );
  });

  it("reads 法人 of clients, of a kind or set up for others as no place asked or held", () => {
    for (const text of [
      "日本の大手法人との取引実績が必須です。",
      "ベトナムの日系法人との取引実績がある会社に限ります。",
      "日本国内の法人に導入実績があることが条件です。",
    ])
      expect(read("seeks", text).required.presence, text).toEqual([]);
    for (const text of ["ベトナムでの法人設立・会計・税務を支援します。", "在ベトナム日系法人のIT運用を代行します。"])
      expect(read("offers", text).facts.presence, text).toEqual([]);
  });

  it("does not join with かつ what the firm says of itself or leaves open", () => {
    const own = read("seeks", "当社はISMSを取得しており、かつ日本語での対応が可能なパートナーを探しています。");
    expect(own.required.certifications).toEqual([]);
    expect(own.facts.certifications).toEqual([{ cert: "ISO27001" }]);
    expect(
      read("seeks", "日本国内に拠点は不要で、かつN2以上のBrSEを配置できる会社に限ります。").required.presence,
    ).toEqual([]);
    expect(read("seeks", "日本に法人を持たず、かつISMSを取得している会社に限ります。").required.presence).toEqual([]);
  });

  it("binds a need named before only when the later one is the same thing's work, not a narrower trade", () => {
    const scopes = (...lines: string[]) =>
      concepts.reader.read(lines.map((text) => ({ kind: "seeks" as const, text }))).required.scopes ?? [];
    expect(
      scopes(
        "We need a QA testing partner for our mobile app.",
        "Penetration testing vendors must hold ISO 27001 and have an office in Japan.",
      )[0]?.caps,
    ).toEqual(["penetration-testing"]);
  });

  it("keeps a role of the firm's own after a list with for", () => {
    expect(codes("description", "Authorized partner for AWS and distributor of Bitdefender in Vietnam.")).toContain(
      "offer:distribution",
    );
    expect(
      codes("offers", "Inventory and ordering software for retailers, wholesalers and distributors."),
    ).not.toContain("offer:distribution");
  });

  it("reads a bridge round raised as investors sought, not offered", () => {
    expect(codes("description", "We are raising a bridge round of USD 500k.")).toEqual(["seek:venture-investment"]);
  });
});

describe("a vendor that passes work on", () => {
  const { read } = fieldReader(concepts);

  it("reads subcontractor teams brought in at peak as work passed on, which a ban on re-subcontracting refuses", () => {
    for (const text of [
      "For peak loads we bring in vetted subcontractor teams.",
      "Peak loads are covered by our partner subcontractors.",
      "Khi cao điểm chúng tôi thuê thêm thầu phụ.",
    ])
      expect(read("offers", text).facts.contracts, text).toEqual(expect.objectContaining({ refused: 8 }));
    expect(read("offers", "We never bring in subcontractors.").facts.contracts).toBeUndefined();
  });
});

describe("research done together", () => {
  const { codes } = fieldReader(concepts);

  it("reads joint research, 共同研究 and research grants as research collaboration", () => {
    expect(codes("offers", "Joint research on credit scoring and fraud detection; student interns.")).toContain(
      "offer:research-collaboration",
    );
    expect(codes("seeks", "画像診断AIの共同研究パートナーを探しています")).toContain("seek:research-collaboration");
    expect(codes("seeks", "Tìm doanh nghiệp tài trợ đề tài nghiên cứu")).toContain("seek:research-collaboration");
  });
});
