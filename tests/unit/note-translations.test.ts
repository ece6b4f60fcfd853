import { describe, expect, it } from "vitest";
import { generateFirms } from "@/prisma/seed/generate-firms";
import { translateNote } from "@/prisma/seed/note-translations";

describe("the seed's notes in three languages", () => {
  it("every offer and seek note the generator writes has a Japanese and a Vietnamese version", () => {
    const notes = new Set(generateFirms(300, "notes").flatMap((f) => [...f.offers, ...f.seeks].map((o) => o.note)));
    expect(notes.size).toBeGreaterThan(5);
    for (const note of notes) {
      const t = translateNote(note);
      expect(t, note).not.toBeNull();
      expect(t!.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(t!.vi.length).toBeGreaterThan(3);
    }
    expect(translateNote("12 engineers")).toEqual({ ja: "エンジニア12名", vi: "12 kỹ sư" });
  });
});
