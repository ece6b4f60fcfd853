import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createTranslator } from "use-intl/core";
import { describeEntry, type AuditLookup, type AuditRow } from "@/lib/audit/describe";
import type { AppLocale } from "@/lib/i18n/routing";

// The audit log reads in words in each language, with the event's time zone and no ids.
const lookup: AuditLookup = {
  firm: (id) => ({ f1: "Sao Việt", f2: "株式会社暁システムズ" })[id],
  person: () => undefined,
  tour: () => undefined,
  slot: (id) => (id === "s1" ? new Date("2027-01-25T03:40:00Z") : undefined),
  meetingFirms: () => undefined,
};
const row = (action: string, details: Record<string, unknown>, targetType = "event"): AuditRow => ({
  id: "a1",
  actorId: "u1",
  actorName: "Trần Thu Hà",
  action,
  targetType,
  targetId: "cmx2kpa2d0000event",
  details,
  createdAt: new Date("2026-11-30T06:39:00Z"),
});
function described(locale: AppLocale, r: AuditRow) {
  const messages = JSON.parse(readFileSync(`messages/${locale}.json`, "utf8"));
  const t = createTranslator({ locale, messages, namespace: "audit" });
  return describeEntry(r, {
    lookup,
    t: (k, v) => t(k as never, v as never),
    locale,
    timeZone: "Asia/Ho_Chi_Minh",
  });
}

describe("the audit log in words", () => {
  it("says what changed in an edition, in each language", () => {
    const edit = row("event.edit", { event: "Japan ICT Day 2027", changed: ["venue", "startsAt"] });
    expect(described("en", edit)).toMatchObject({
      what: "Edited an edition",
      details: "Japan ICT Day 2027: venue, start changed",
    });
    expect(described("ja", edit).details).toBe("Japan ICT Day 2027：会場, 開始を変更");
    expect(described("vi", edit).what).toBe("Đã sửa kỳ sự kiện");
  });

  it("names firms and times in the event's zone, never ids", () => {
    const move = row(
      "meeting.move",
      { firmA: "f1", firmB: "f2", fromSlot: "s1", toSlot: "s1", fromTable: 4, table: 24 },
      "meeting",
    );
    const text = described("ja", move);
    expect(text.when).toContain("13:39");
    expect(text.details).toContain("Sao Việt — 株式会社暁システムズ");
    expect(text.details).toContain("10:40");
    expect(JSON.stringify(text)).not.toMatch(/cmx2|f1|s1/);
  });
});
