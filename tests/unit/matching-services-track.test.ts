// Session 52 (what DG, opened this session, showed: the services track of Vietnam IT Day in Fukuoka, banks,
// insurers, hospitals, retailers and EdTech firms): conditions listed with かつ, a legal entity in Japan asked in
// words, an investor's fields in katakana (ヘルステック, エドテック), a seed extension raised.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { fieldReader } from "./match-firm";

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
