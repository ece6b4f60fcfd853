import { describe, expect, it } from "vitest";
import { countryPair, summarize } from "@/lib/meetings/outcome-summary";

describe("outcome summary", () => {
  it("counts both sides of a Japan–Vietnam meeting under one pair, by sector, with the average rating", () => {
    expect(countryPair("VN", "JP")).toBe(countryPair("JP", "VN"));
    const s = summarize([
      { outcome: "NDA", rating: 4, countries: ["VN", "JP"], sector: "Automotive" },
      { outcome: "NDA", rating: 5, countries: ["JP", "VN"], sector: "Automotive" },
      { outcome: "NO_FIT", rating: 2, countries: ["JP", "JP"], sector: "Finance" },
    ]);
    expect(Object.fromEntries(s.byPair.get("JP–VN")!)).toEqual({ NDA: 2 });
    expect(Object.fromEntries(s.bySector.get("Finance")!)).toEqual({ NO_FIT: 1 });
    expect(s.averageRating).toBe(3.7);
    expect(summarize([]).averageRating).toBeNull();
  });
});
