import { describe, expect, it } from "vitest";
import { isCalendarDate } from "@/lib/time/calendar-date";

describe("calendar dates from forms", () => {
  it("takes real days, leap days included", () => {
    for (const d of ["2026-02-04", "2024-02-29", "2026-12-31", "2000-02-29"]) expect(isCalendarDate(d), d).toBe(true);
  });
  it("refuses days that do not exist, which Date.parse would roll over", () => {
    for (const d of [
      "2026-02-30",
      "2026-02-29",
      "1900-02-29",
      "2026-13-01",
      "2026-00-10",
      "2026-04-31",
      "0000-00-00",
      "2026-2-4",
      "04/02/2026",
      "",
      "2026-02-04T00:00",
    ])
      expect(isCalendarDate(d), d).toBe(false);
  });
});
