import { describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { personCalendar, type CalendarMeeting } from "@/lib/meetings/agenda-ics";
import { foldLine, utcStamp } from "@/lib/meetings/ics-writer";

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return calendar.getAllSubcomponents("vevent");
}

const t = (key: string, values: Record<string, string | number> = {}) =>
  ({
    title: "My agenda",
    icsSummary: `1:1 meeting: ${values.firm}`,
    table: `Table ${values.number}`,
    icsTour: `Tour: ${values.title}`,
  })[key]!;

const meeting = (over: Partial<CalendarMeeting> = {}): CalendarMeeting => ({
  id: "m1",
  startsAt: new Date("2026-02-04T02:00:00Z"),
  endsAt: new Date("2026-02-04T02:20:00Z"),
  status: "SCHEDULED",
  changedAt: new Date("2026-01-20T10:00:00.500Z"),
  table: { number: 3 },
  partner: { id: "f1", nameLocal: "株式会社彩システムズ", nameEn: "Aya Systems", country: "JP" },
  ...over,
});

const calendar = (zone: string, meetings: CalendarMeeting[]) =>
  personCalendar({
    eventName: "Japan ICT Day 2026",
    venue: "Hanoi",
    timeZone: zone,
    origin: "https://kakehashi.example",
    locale: "en",
    t,
    meetings,
  });

describe("agenda calendar file", () => {
  it("writes each meeting at its local time in the event's zone, with the zone defined in the file", () => {
    for (const [zone, local] of [
      ["Asia/Ho_Chi_Minh", "09:00"],
      ["Asia/Tokyo", "11:00"],
    ] as const) {
      const text = calendar(zone, [meeting()]);
      expect(text).toContain(`BEGIN:VTIMEZONE\r\nTZID:${zone}`);
      const [vevent] = parse(text);
      const event = new ICAL.Event(vevent!);
      expect(event.startDate.zone.tzid).toBe(zone);
      expect(event.startDate.toString().slice(11, 16)).toBe(local);
      expect(event.startDate.toJSDate().toISOString()).toBe("2026-02-04T02:00:00.000Z");
      expect(event.endDate.toJSDate().toISOString()).toBe("2026-02-04T02:20:00.000Z");
      expect([event.summary, event.location, event.uid]).toEqual([
        "1:1 meeting: 株式会社彩システムズ (Aya Systems)",
        "Table 3 · Hanoi",
        "m1@kakehashi.example",
      ]);
    }
  });

  it("DTSTAMP is UTC, a later change has a higher SEQUENCE, a no-show is cancelled without an alarm", () => {
    const before = parse(calendar("Asia/Ho_Chi_Minh", [meeting()]))[0]!;
    const after = parse(
      calendar("Asia/Ho_Chi_Minh", [meeting({ status: "MISSED", changedAt: new Date("2026-02-04T02:30:00Z") })]),
    )[0]!;
    expect(before.getFirstProperty("dtstamp")!.toICALString()).toBe("DTSTAMP:20260120T100000Z");
    expect(Number(after.getFirstPropertyValue("sequence"))).toBeGreaterThan(
      Number(before.getFirstPropertyValue("sequence")),
    );
    expect(before.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(before.getFirstSubcomponent("valarm")!.getFirstPropertyValue("trigger")!.toString()).toBe("-PT15M");
    expect(after.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(after.getFirstSubcomponent("valarm")).toBeNull();
  });

  it("escapes text and folds long lines at 75 octets without splitting a character", () => {
    const long = "予".repeat(60);
    const folded = foldLine(`SUMMARY:${long}`);
    for (const line of folded.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, "")).toBe(`SUMMARY:${long}`);
    const text = calendar("Asia/Ho_Chi_Minh", [
      meeting({ partner: { id: "f", nameLocal: "A, B; C\\D", nameEn: "A, B; C\\D", country: "VN" } }),
    ]);
    expect(new ICAL.Event(parse(text)[0]!).summary).toBe("1:1 meeting: A, B; C\\D");
    expect(utcStamp(new Date("2026-02-04T02:00:09Z"))).toBe("20260204T020009Z");
  });
});
