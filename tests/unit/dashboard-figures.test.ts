import { describe, expect, it } from "vitest";
import { acceptanceRate, dashboardRows, tableUse } from "@/lib/organizer/dashboard-figures";

describe("dashboard figures", () => {
  it("acceptance counts only requests that were decided or expired", () => {
    expect(acceptanceRate({ ACCEPTED: 3, DECLINED: 1, PENDING: 10 })).toBe(75);
    expect(acceptanceRate({ ACCEPTED: 1, DECLINED: 1, EXPIRED: 1 })).toBe(33.3);
    expect(acceptanceRate({ PENDING: 4 })).toBeNull();
  });
  it("table use per slot in percent, and rows for export", () => {
    expect(tableUse([{ used: 12 }, { used: 0 }, { used: 24 }], 24)).toEqual([50, 0, 100]);
    expect(tableUse([{ used: 1 }], 0)).toEqual([0]);
    expect(dashboardRows({ requests: { ACCEPTED: 3, rate: null } })).toEqual([
      ["requests", "ACCEPTED", 3],
      ["requests", "rate", ""],
    ]);
  });
});
