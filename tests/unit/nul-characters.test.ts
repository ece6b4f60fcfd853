import { describe, expect, it } from "vitest";
import { containsNul } from "@/lib/database/nul-characters";

describe("NUL characters in query arguments", () => {
  it("are found anywhere in the arguments", () => {
    expect(containsNul({ where: { id: "a\u0000b" } })).toBe(true);
    expect(containsNul({ data: [{ name: "ok" }, { tags: { create: [{ tag: "\u0000" }] } }] })).toBe(true);
    expect(containsNul({ where: { OR: [{ id: { in: ["x", "y\u0000"] } }] } })).toBe(true);
  });
  it("are not seen where there are none, nor in bytes and dates", () => {
    expect(containsNul({ where: { id: "abc", createdAt: { gte: new Date() } }, take: 20 })).toBe(false);
    expect(containsNul({ data: { data: new Uint8Array([0, 0, 0]), name: "自動車 phần mềm" } })).toBe(false);
    expect(containsNul(undefined)).toBe(false);
  });
});
