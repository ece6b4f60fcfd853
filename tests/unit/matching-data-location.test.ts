// Where data must stay, and where a vendor's service keeps it: a clinic that keeps patient data in Japan and a
// booking service hosted in Vietnam break on it, however well the rest fits.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { reasonWords, type ReasonMessages } from "@/lib/matching/reason-words";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import type { Dealbreaker } from "@/lib/matching/types";
import { dataHostedIn, dataKeptIn, onPremiseAsked } from "@/lib/matching/text/data-location";
import { loadJapanese } from "@/lib/matching/text/japanese";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import vi from "@/messages/vi.json";
import { engineWith, matchFirm, pairScore } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());

/** A dealbreaker's words, on either side, in each language: no placeholder or key left in them. */
function expectSaidInThreeLanguages(dealbreaker: Dealbreaker, leftover: RegExp) {
  const all = { en, ja, vi } as unknown as Record<"en" | "ja" | "vi", ReasonMessages>;
  for (const kind of ["theyFail", "youFail"] as const)
    for (const locale of ["en", "ja", "vi"] as const)
      expect(reasonWords({ kind, dealbreaker }, locale, all[locale], (c) => c)).not.toMatch(leftover);
}

// Japanese is read as the app reads it, with the analyser loaded.
beforeAll(async () => {
  await loadJapanese();
}, 60_000);

describe("reading where data must stay and where it is kept", () => {
  it("reads the country asked, in three languages; the firm's own country when none is named", () => {
    expect(dataKeptIn("Dữ liệu khách hàng phải lưu trữ tại Việt Nam")).toBe("VN");
    expect(dataKeptIn("患者データは国内のサーバーに置くこと")).toBe("HOME");
    expect(dataKeptIn("データの国外持ち出しは不可です")).toBe("HOME");
    expect(dataKeptIn("会員の個人情報を扱うため、国内データセンターを利用し、開発はすべて国内から行うこと")).toBe(
      "HOME",
    );
    expect(dataKeptIn("Offshore to Vietnam is fine; no production customer data leaves Malaysia")).toBe("MY");
    // Not a country: a closed environment, an office.
    expect(dataKeptIn("Security matters: data stays in a closed environment")).toBeNull();
    expect(dataKeptIn("Java offshore partner in Vietnam")).toBeNull();
  });

  it("reads where a service keeps data, and on-premise installs unless denied", () => {
    expect(dataHostedIn("Dữ liệu lưu trên máy chủ của chúng tôi tại Việt Nam (Viettel IDC)").places).toEqual(["VN"]);
    expect(dataHostedIn("Dữ liệu khách hàng chỉ lưu tại AWS Tokyo; đội ở Việt Nam không truy cập").places).toEqual([
      "JP",
    ]);
    expect(dataHostedIn("On-premise deployment: customer data never leaves the bank").onPremise).toBe(true);
    expect(dataHostedIn("SaaS hosted on AWS Singapore only; no on-premise version")).toEqual({
      places: ["SG"],
      onPremise: false,
    });
    expect(dataHostedIn("Java offshore development, office in Da Nang").places).toEqual([]);
  });
});

describe("a data centre named where data must stay", () => {
  const read = (seeksText: string) => concepts.reader.read([{ kind: "seeks", text: seeksText }]);

  it("is the place asked (ログは日本国内のデータセンターで保管すること), not a need for a data centre", () => {
    const r = read("24時間のSOC監視サービス。ログは日本国内のデータセンターで保管すること");
    expect(r.required.dataIn).toBe("JP");
    expect(r.mentions.map((m) => `${m.direction}:${m.code}`)).toEqual(["seek:soc"]);
  });

  it("while a data centre sought is still a need", () => {
    const r = read("国内データセンターへのサーバー移設を支援できるパートナーを探しています");
    expect(r.mentions.some((m) => m.direction === "seek" && m.code === "network-infrastructure")).toBe(true);
  });
});

describe("the firm's own sites a service is for", () => {
  it("are not a statement of its offices (本社と国内工場を対象としたSOC監視)", () => {
    const r = concepts.reader.read([{ kind: "seeks", text: "本社と国内工場を対象とした24時間のSOC監視サービス" }]);
    expect(r.mentions.map((m) => `${m.direction}:${m.code}`)).toContain("seek:soc");
    expect(r.mentions.map((m) => `${m.direction}:${m.code}`)).not.toContain("offer:soc");
  });
});

describe("data kept elsewhere than asked", () => {
  const clinic = matchFirm({
    id: "clinic",
    country: "JP",
    seeksText: "Web booking with LINE reminders for our clinic\n患者データは国内のサーバーに置くこと",
  });
  const hostedVn = matchFirm({
    id: "vn",
    offersText:
      "Online clinic booking software with LINE reminders\nDữ liệu lưu trên máy chủ của chúng tôi tại Việt Nam",
  });
  const hostedJp = matchFirm({
    id: "jp",
    offersText: "Online clinic booking software with LINE reminders\nCustomer data hosted in Japan (AWS Tokyo region)",
  });
  const onPrem = matchFirm({
    id: "onprem",
    offersText: "Online clinic booking software with LINE reminders\nOn-premise install on the clinic's own server",
  });
  const silent = matchFirm({ id: "silent", offersText: "Online clinic booking software with LINE reminders" });
  const e = engineWith(concepts, clinic, hostedVn, hostedJp, onPrem, silent);

  it("breaks the pair and says why; data kept there, on-premise, or nothing said does not", () => {
    expect(pairScore(e, "clinic", "vn")).toBeLessThan(0.5 * pairScore(e, "clinic", "jp"));
    expect(e.explain("clinic", "vn")).toContainEqual({
      kind: "theyFail",
      dealbreaker: { kind: "dataLocation", place: "JP" },
    });
    expect(e.explain("vn", "clinic")).toContainEqual({
      kind: "youFail",
      dealbreaker: { kind: "dataLocation", place: "JP" },
    });
    for (const ok of ["jp", "onprem", "silent"])
      expect(e.explain("clinic", ok).some((r) => r.kind === "theyFail" && r.dealbreaker.kind === "dataLocation")).toBe(
        false,
      );
  });

  it("says it in three languages", () => {
    expectSaidInThreeLanguages({ kind: "dataLocation", place: "JP" }, /[{}]|dataLocation|Fail/);
  });
});

describe("a system asked on the firm's own servers", () => {
  it("is read in three languages, and not from a vendor offering both", () => {
    expect(onPremiseAsked("Hệ thống phải triển khai on-premise tại trung tâm dữ liệu của công ty")).toBe(true);
    expect(onPremiseAsked("提供形態はオンプレミスまたは国内閉域網に限ります")).toBe(true);
    expect(onPremiseAsked("The system must be deployed on-premise")).toBe(true);
    expect(onPremiseAsked("We offer on-premise and cloud editions")).toBe(false);
    expect(dataHostedIn("Chỉ cung cấp dạng cloud, không triển khai on-premise").onPremise).toBe(false);
  });

  const lender = matchFirm({
    id: "lender",
    seeksText:
      "Giải pháp eKYC đọc CCCD gắn chip\nHệ thống phải triển khai on-premise tại trung tâm dữ liệu của công ty",
  });
  const cloudOnly = matchFirm({
    id: "cloud",
    offersText: "API eKYC trên cloud (máy chủ tại Việt Nam)\nChỉ cung cấp dạng cloud, không triển khai on-premise",
  });
  const installs = matchFirm({ id: "installs", offersText: "eKYC platform, on-premise deployment at the bank" });
  const e = engineWith(concepts, lender, cloudOnly, installs);

  it("breaks the pair with a cloud-only service, not with one that installs, and says why in three languages", () => {
    expect(e.explain("lender", "cloud")).toContainEqual({ kind: "theyFail", dealbreaker: { kind: "onPremise" } });
    expect(e.score("lender", "cloud", { sameCountry: true })!.broken).toBe(true);
    expect(e.score("lender", "installs", { sameCountry: true })!.broken).toBe(false);
    expectSaidInThreeLanguages({ kind: "onPremise" }, /[{}]|onPremise|Fail/);
  });
});
