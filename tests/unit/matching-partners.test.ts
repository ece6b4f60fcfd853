import { describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";

// Session 15: what a firm says of the partner it looks for: its size, the brackets beside it, the projects it is
// for, and whom the requirements bind.
const concepts = new ConceptIndex(repositoryConcepts());
const read = (kind: "offers" | "seeks", text: string) => concepts.reader.read([{ kind, text }]);
const codes = (kind: "offers" | "seeks", text: string) =>
  read(kind, text).mentions.map((m) => `${m.direction}${m.negated ? "!" : ""}:${m.code}`);

describe("the partner's size", () => {
  it("a denial in brackets after the need is about what the brackets name, not the need", () => {
    const sought = codes(
      "seeks",
      "PHP/Laravelのラボ型開発をお願いできる、10〜50名規模のベトナムの開発会社を探しています（大手オフショア企業は希望しません）",
    );
    expect(sought).toContain("seek:web-apps");
    expect(sought).not.toContain("seek!:web-apps");
    // Without brackets the denial still reaches it.
    expect(codes("seeks", "Laravelのラボ型開発は希望しません")).not.toContain("seek:web-apps");
  });

  it("a range that sizes the firm sought caps it; a team's range does not", () => {
    expect(read("seeks", "10〜50名規模のベトナムの開発会社を探しています").required.maxEmployees).toBe(50);
    expect(read("seeks", "Looking for 10-50 person companies in Da Nang").required.maxEmployees).toBe(50);
    expect(read("seeks", "Tìm công ty 20-100 người làm outsource").required.maxEmployees).toBe(100);
    expect(read("seeks", "A lab of 10-50 engineers for our Java projects").required.maxEmployees ?? null).toBeNull();
    // The size of a firm it would buy is no partner's.
    expect(
      read("seeks", "M&A: we are looking to acquire a Japanese IT company of 50-200 staff").required.maxEmployees ??
        null,
    ).toBeNull();
  });
});

describe("the firm's own projects and sites", () => {
  it("a project it seeks a partner in is no work it looks for", () => {
    const r = read("seeks", "COBOLからJavaへのマイグレーション案件でベトナムのODCを探しています");
    expect(r.mentions.map((m) => m.direction)).not.toContain("offer");
    expect([...r.intents]).not.toContain("clients");
    // Projects it looks for are still sought work.
    expect([...read("seeks", "SAP案件を探しています").intents]).toContain("clients");
  });

  it("what the partner sought can do, and the site the work is at, do not make the firm offer it", () => {
    expect(
      codes("seeks", "大阪本社工場の既存設備へのIoTセンサー後付け・稼働監視（関西圏で対応可能な国内企業）"),
    ).toContain("seek:iot-platforms");
    expect(codes("seeks", "東京本社のシステム刷新")).toContain("seek:legacy-modernization");
    // The firm's own offices, said first, are still its own.
    expect(codes("offers", "IoTセンサー後付け、関西圏で対応可能です")).toContain("offer:iot-platforms");
  });
});
