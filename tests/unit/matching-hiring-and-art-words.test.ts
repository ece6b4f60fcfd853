// Session 50 (what DE, opened this session, showed): a game studio that does no art looks for an "art studio"; a
// Japanese firm hiring a Vietnamese engineer as its own employee (正社員として入社) looks for recruitment, not
// dispatched engineers; and firms named by what they are considering (…の採用を考えている日本企業) are clients.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { fieldReader } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());

beforeAll(async () => {
  await loadJapanese();
}, 60_000);

describe("art studios, hiring, and firms considering", () => {
  const { codes } = fieldReader(concepts);

  it("reads an art studio sought as game art", () => {
    expect(codes("seeks", "An art studio partner in Vietnam for full-game projects (we don't do art)")).toContain(
      "seek:game-art-2d",
    );
    expect(codes("offers", "Studio mỹ thuật game với 90 họa sĩ")).toContain("offer:game-art-2d");
  });

  it("reads a 3D art studio as 3D art (a review's)", () => {
    expect(codes("offers", "We are a 3D art studio specializing in character modeling")).toEqual(["offer:game-art-3d"]);
    expect(codes("offers", "Mỹ thuật game 3D, hiệu ứng VFX")).not.toContain("offer:game-art-2d");
  });

  it("does not read art outsourcing of 3D work as 2D art", () => {
    expect(codes("seeks", "3D character and environment art outsourcing, 30+ artists")).not.toContain(
      "seek:game-art-2d",
    );
  });

  it("reads hiring as the firm's own employee as recruitment, not dispatch", () => {
    const read = codes("seeks", "当社に正社員として入社してくれるベトナム人エンジニア（日本語N2以上、神戸勤務）");
    expect(read).toContain("seek:it-recruitment");
    expect(read).not.toContain("seek:it-staffing");
    expect(codes("seeks", "東京の客先に常駐できるベトナム人エンジニア")).not.toContain("seek:it-recruitment");
  });

  it("reads technologies in brackets after the clients as the firm's stack, not a kind of client", () => {
    const read = codes(
      "offers",
      "Offshore development for Japanese clients (Java, .NET, PHP), both fixed-price and lab-type",
    );
    expect(read).toContain("offer:software-development");
    expect(codes("offers", "Phát triển phần mềm cho khách hàng Nhật Bản (SIer, doanh nghiệp sản xuất)")).not.toContain(
      "offer:system-integration",
    );
  });

  it("does not read a firm's engineers employed full-time as recruitment (a review's)", () => {
    expect(codes("offers", "当社のエンジニアは全員正社員として雇用しており、品質に責任を持ちます")).not.toContain(
      "offer:it-recruitment",
    );
  });

  it("reads head counts spelled in words", () => {
    const people = (text: string) => concepts.reader.read([{ kind: "description", text }]).facts.people;
    expect(people("We are a team of five in Hoi An building web and mobile prototypes")).toBe(5);
    expect(people("A small team of eight developers in Da Nang")).toBe(8);
    expect(people("社員十二名の小さな会社です。")).toBe(12);
    expect(people("Three of our clients are banks.") ?? null).toBeNull();
    expect(concepts.reader.read([{ kind: "seeks", text: "We need three to five engineers" }]).required.scale).toBe(3);
  });

  it("reads firms named by what they are considering as clients, and the firm's own consideration as its need", () => {
    expect(codes("seeks", "ベトナム人エンジニアの採用を考えている日本企業")).toContain("offer:japan-placement");
    expect(codes("seeks", "ベトナム人エンジニアの採用を考えている日本企業")).not.toContain("seek:japan-placement");
    expect(codes("seeks", "オフショア開発を考えている日本企業")).toContain("offer:offshore-dev");
    expect(codes("seeks", "当社はオフショア開発を考えている")).toContain("seek:offshore-dev");
  });
});

describe("a size the import left empty", () => {
  it("is the head count the text states, not the importer's stand-in band", async () => {
    const { engineWith, matchFirm } = await import("./match-firm");
    const said = { offersText: "We are a team of five building web and mobile MVPs for startups" };
    const e = engineWith(
      concepts,
      matchFirm({ id: "unstated", sizeUnstated: true, ...said }),
      matchFirm({ id: "banded", ...said }),
    );
    expect(e.profile("unstated")!.empMid).toBe(5);
    expect(e.profile("banded")!.empMid).toBeGreaterThan(5);
  });
});
