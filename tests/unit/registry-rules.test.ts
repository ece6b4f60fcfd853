import { describe, expect, it } from "vitest";
import { canSeeContacts } from "@/lib/firms/contact-rule";
import { FirmProfileSchema, profileFromForm, issuesToFields } from "@/lib/firms/firm-profile-schema";
import { readLogo } from "@/lib/firms/logo";
import { TaxonomyTree } from "@/lib/taxonomy/taxonomy-tree";
import { TAXONOMY } from "@/lib/taxonomy/taxonomy-data";
import type { Actor } from "@/lib/auth/actor";

const organizer: Actor = {
  userId: "o",
  organizingBodyId: "jetro",
  memberships: [],
  staff: { eventId: "e", role: "EVENT_ADMIN", bodyId: "jetro" },
};
const memberA: Actor = {
  userId: "a",
  organizingBodyId: null,
  memberships: [{ firmId: "A", role: "ATTENDEE" }],
  staff: null,
};
const adminB: Actor = {
  userId: "b",
  organizingBodyId: null,
  memberships: [{ firmId: "B", role: "FIRM_ADMIN" }],
  staff: null,
};

describe("who sees a firm's contacts", () => {
  it("its members, organizers, and confirmed meeting partners only", () => {
    expect(canSeeContacts(memberA, "A")).toBe(true);
    expect(canSeeContacts(organizer, "A")).toBe(true);
    expect(canSeeContacts(adminB, "A")).toBe(false);
    expect(canSeeContacts(null, "A")).toBe(false);
    expect(canSeeContacts(adminB, "A", new Set(["A"]))).toBe(true);
  });
});

describe("profile form", () => {
  const form = new FormData();
  for (const [k, v] of Object.entries({
    nameLocal: "株式会社テスト",
    nameEn: "Test KK",
    country: "JP",
    city: "Tokyo",
    employeeBand: "B1_49",
    yearFounded: "1999",
    descriptionJa: "テスト",
    tags: "AI, 生成AI、IoT",
  }))
    form.set(k, v);
  form.set("offers.0.nodeId", "cloud");
  form.set("offers.0.note", "AWS");
  form.set("offers.3.nodeId", "erp");
  form.append("markets", "JAPAN");
  form.append("markets", "US");

  it("reads repeated and numbered fields", () => {
    const parsed = FirmProfileSchema.parse(profileFromForm(form));
    expect(parsed.offers).toEqual([
      { nodeId: "cloud", note: "AWS" },
      { nodeId: "erp", note: "" },
    ]);
    expect(parsed.tags).toEqual(["AI", "生成AI", "IoT"]);
    expect(parsed.markets).toEqual(["JAPAN", "US"]);
    expect(parsed.yearFounded).toBe(1999);
  });

  it("needs a description in some language, a CMMI level with CMMI, and sane counts", () => {
    const result = FirmProfileSchema.safeParse({
      ...profileFromForm(form),
      descriptionJa: "",
      certifications: ["CMMI"],
      japaneseSpeakers: "3",
      jlptN1: "5",
      yearFounded: "3000",
    });
    expect(issuesToFields(result.error!)).toEqual({
      descriptionEn: "errors.description.required",
      cmmiLevel: "errors.cmmi.range",
      japaneseSpeakers: "errors.jlpt.moreThanSpeakers",
      yearFounded: "errors.yearFounded.range",
    });
  });

  it("refuses websites that are not http(s)", () => {
    expect(FirmProfileSchema.safeParse({ ...profileFromForm(form), website: "javascript:alert(1)" }).success).toBe(
      false,
    );
    expect(FirmProfileSchema.parse({ ...profileFromForm(form), website: "sakura.co.jp" }).website).toBe(
      "https://sakura.co.jp",
    );
  });
});

describe("logo", () => {
  it("accepts PNG by its bytes and refuses SVG and oversize files", () => {
    expect(readLogo(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])).mimeType).toBe("image/png");
    expect(() => readLogo(new TextEncoder().encode("<svg onload=alert(1)>"))).toThrow();
    expect(() => readLogo(new Uint8Array(400 * 1024))).toThrow();
  });
});

describe("taxonomy tree", () => {
  const tree = new TaxonomyTree(
    TAXONOMY.map((t) => ({
      id: t.code,
      code: t.code,
      kind: t.kind,
      parentId: t.parent ?? null,
      labelEn: t.labelEn,
      labelJa: t.labelJa,
      labelVi: t.labelVi,
    })),
  );
  it("finds narrower capabilities under a broad one", () => {
    expect(tree.descendantIds("embedded")).toEqual(
      expect.arrayContaining(["embedded", "automotive-software", "iot-firmware", "chip-design"]),
    );
    expect(tree.descendantIds("embedded")).not.toContain("cloud");
  });
  it("resolves labels in any language, diacritics optional", () => {
    expect(tree.resolve("CAPABILITY", "Kiem ke carbon")?.code).toBe("carbon-accounting");
    expect(tree.resolve("SECTOR", "半導体")?.code).toBe("semiconductors");
    expect(tree.resolve("SECTOR", "automotive-software")).toBeUndefined();
  });
  it("every repository entry has three labels and a known parent of its kind", () => {
    const byCode = new Map(TAXONOMY.map((t) => [t.code, t]));
    for (const t of TAXONOMY) {
      expect(t.labelEn && t.labelJa && t.labelVi, t.code).toBeTruthy();
      if (t.parent) expect(byCode.get(t.parent)?.kind, t.code).toBe(t.kind);
    }
  });
});
