import { describe, expect, it } from "vitest";
import { formatDate, formatTimeRange, formatTimeWithZone, zoneLabel } from "@/lib/time/zoned-format";

// 09:00 in Hanoi is 02:00 UTC; whatever zone this process runs in (the test runner sets none), the output
// must be the event's local time.
const nineInHanoi = new Date("2026-02-04T02:00:00Z");

describe("event-zone formatting", () => {
  it("labels the zone with abbreviation and offset", () => {
    expect(formatTimeWithZone(nineInHanoi, "Asia/Ho_Chi_Minh", "en")).toBe("09:00 ICT (UTC+7)");
    expect(formatTimeWithZone(nineInHanoi, "Asia/Tokyo", "ja")).toBe("11:00 JST (UTC+9)");
  });

  it("falls back to the offset alone for other zones, with half hours", () => {
    expect(zoneLabel(nineInHanoi, "Asia/Kolkata")).toBe("UTC+5:30");
  });

  it("follows daylight saving time", () => {
    expect(zoneLabel(new Date("2026-07-01T12:00:00Z"), "Europe/Berlin")).toBe("UTC+2");
    expect(zoneLabel(new Date("2026-01-01T12:00:00Z"), "Europe/Berlin")).toBe("UTC+1");
  });

  it("gives the local date, not the UTC date", () => {
    const lateEvening = new Date("2026-02-03T18:30:00Z"); // 01:30 on 4 February in Hanoi
    expect(formatDate(lateEvening, "Asia/Ho_Chi_Minh", "en")).toContain("4 February 2026");
    expect(formatDate(lateEvening, "Asia/Ho_Chi_Minh", "ja")).toContain("2026年2月4日");
    expect(formatDate(lateEvening, "Asia/Ho_Chi_Minh", "vi")).toMatch(/4 tháng 2,? 2026/);
  });

  it("formats a day's hours as a range", () => {
    expect(
      formatTimeRange(new Date("2026-02-04T01:30:00Z"), new Date("2026-02-04T10:30:00Z"), "Asia/Ho_Chi_Minh", "vi"),
    ).toBe("08:30–17:30 ICT (UTC+7)");
  });
});
