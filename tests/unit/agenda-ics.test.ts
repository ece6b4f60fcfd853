import { describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { agendaCalendar } from "@/lib/meetings/agenda-ics";

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

describe("agenda calendar file", () => {
  it("writes each meeting at its local time in the event's zone, with the zone defined in the file", () => {
    for (const [zone, local] of [
      ["Asia/Ho_Chi_Minh", "09:00"],
      ["Asia/Tokyo", "11:00"],
    ] as const) {
      const text = agendaCalendar({
        name: "Japan ICT Day 2026",
        timeZone: zone,
        domain: "kakehashi.example",
        meetings: [
          {
            id: "m1",
            startsAt: new Date("2026-02-04T02:00:00Z"),
            endsAt: new Date("2026-02-04T02:20:00Z"),
            summary: "1:1 meeting: 株式会社彩システムズ",
            location: "Table 3",
            description: "",
            url: "https://kakehashi.example/en/firms/x",
          },
        ],
      });
      expect(text).toContain(`BEGIN:VTIMEZONE\r\nTZID:${zone}`);
      const [event] = parse(text);
      expect(event!.startDate.zone.tzid).toBe(zone);
      expect(event!.startDate.toString().slice(11, 16)).toBe(local);
      expect(event!.startDate.toJSDate().toISOString()).toBe("2026-02-04T02:00:00.000Z");
      expect(event!.endDate.toJSDate().toISOString()).toBe("2026-02-04T02:20:00.000Z");
      expect([event!.summary, event!.location, event!.uid]).toEqual([
        "1:1 meeting: 株式会社彩システムズ",
        "Table 3",
        "m1@kakehashi.example",
      ]);
    }
  });
});
