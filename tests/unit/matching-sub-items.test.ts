// Points set in under a need ("【案件A】… / 　・ISO 27001必須 / 　・開発は当社VDI経由のみ / 　・社員100名以上"): each is
// one more of that need's conditions, so one the reader cannot count (the VDI) does not cut the list, and the
// conditions after it still bind that need's partner only. A waiver set in under another need
// ("【案件B】… / 　・認証・規模は問いません") frees that need of the firm's other conditions.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { engineWith, matchFirm, readOver } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());

beforeAll(async () => {
  await loadJapanese();
}, 60_000);

const PROJECT_A = "【案件A】地銀向け融資システム更改のオフショア開発・テスト（約40人月）";
const PROJECT_B = "【案件B】当社コーポレートサイトのリニューアル（WordPress想定）";
const lines = (...l: string[]) => l.join("\n");
/** Project A with its points set in under it, one of which (the VDI) the reader cannot count. */
const STRICT_A = [PROJECT_A, "　・ISO/IEC 27001認証必須", "　・開発は当社VDI経由のみ", "　・パートナーは社員100名以上"];

describe("points set in under a need", () => {
  it("are that need's, past one the reader cannot count", () => {
    const required = readOver(concepts, {
      country: "JP",
      seeksText: lines(...STRICT_A, PROJECT_B),
    }).required;
    expect(required.minEmployees).toBeNull();
    expect(required.certifications).toEqual([]);
    const scope = required.scopes?.find((s) => s.caps.includes("offshore-dev"));
    expect(scope?.minEmployees).toBe(100);
    expect(scope?.certifications.map((c) => c.cert)).toEqual(["ISO27001"]);
  });

  it("but a line not set in closes them: what follows it is asked of every partner", () => {
    const required = readOver(concepts, {
      country: "JP",
      seeksText: lines(
        PROJECT_A,
        "ISO/IEC 27001認証必須",
        "開発は当社VDI経由のみ",
        "パートナーは社員100名以上",
        PROJECT_B,
      ),
    }).required;
    expect(required.minEmployees).toBe(100);
  });

  it("a waiver set in under a need frees that need", () => {
    const required = readOver(concepts, {
      country: "JP",
      seeksText: lines(PROJECT_A, "　・ISO/IEC 27001認証必須", PROJECT_B, "　・認証・規模は問いません"),
    }).required;
    const waived = required.scopes?.find((s) => s.caps.includes("web-apps"));
    expect(waived).toBeDefined();
    expect(waived?.certifications).toEqual([]);
    expect(waived?.minEmployees).toBeNull();
  });
});

describe("a bank SI with a strict project and an open one", () => {
  const bank = matchFirm({
    id: "bank",
    country: "JP",
    employeeBand: "B50_249",
    offersText: "地銀向け融資支援システムの開発・保守",
    seeksText: lines(...STRICT_A, PROJECT_B, "　・認証・規模は問いません。小さな制作会社歓迎"),
  });
  const agency = matchFirm({
    id: "agency",
    country: "VN",
    employeeBand: "B1_49",
    englishSpeakers: 10,
    offersText: "Corporate websites on WordPress\nWeb design",
    seeksText: "Clients in Japan for corporate websites",
  });
  const tester = matchFirm({
    id: "tester",
    country: "VN",
    employeeBand: "B1_49",
    japaneseSpeakers: 10,
    bridgeEngineers: 3,
    offersText: "Offshore development and software testing for Japanese banks\nNo ISO 27001 yet",
    seeksText: "Japanese clients for offshore development",
  });

  it("meets the small web agency for the open project", () => {
    expect(engineWith(concepts, bank, agency).score("bank", "agency", { sameCountry: true })!.broken).toBe(false);
  });

  it("still holds its strict project's conditions against a small offshore vendor", () => {
    expect(engineWith(concepts, bank, tester).score("bank", "tester", { sameCountry: true })!.broken).toBe(true);
  });
});
