import { describe, expect, it } from "vitest";
import { countdown, deadlineIsNear, localDay, nextMeeting, requestTimes, todaysMeetings } from "@/lib/home/home-rules";
import { deadlineInZone, isFutureDeadline } from "@/lib/time/zoned-deadline";
import { plainTextForReader, textForReader } from "@/lib/i18n/text-for-reader";

const at = (iso: string) => new Date(iso);
const m = (start: string, status = "SCHEDULED") => ({
  startsAt: at(start),
  endsAt: new Date(at(start).getTime() + 20 * 60_000),
  status,
});

describe("the firm home", () => {
  it("shows the meeting on now, else the next scheduled one; held, missed and past ones are not next", () => {
    const items = [m("2026-02-04T02:00:00Z", "HELD"), m("2026-02-04T03:20:00Z"), m("2026-02-04T02:40:00Z", "MISSED")];
    expect(nextMeeting(items, at("2026-02-04T03:30:00Z"))?.startsAt).toEqual(at("2026-02-04T03:20:00Z"));
    expect(nextMeeting(items, at("2026-02-04T01:00:00Z"))?.startsAt).toEqual(at("2026-02-04T03:20:00Z"));
    expect(nextMeeting(items, at("2026-02-04T03:40:00Z"))).toBeNull();
  });

  it("today is the event zone's day: 23:30 UTC on the 3rd is already the 4th in Hanoi", () => {
    expect(localDay(at("2026-02-03T23:30:00Z"), "Asia/Ho_Chi_Minh")).toBe("2026-02-04");
    const items = [m("2026-02-04T02:00:00Z"), m("2026-02-05T02:00:00Z")];
    expect(todaysMeetings(items, at("2026-02-03T23:30:00Z"), "Asia/Ho_Chi_Minh")).toHaveLength(1);
    expect(todaysMeetings(items, at("2026-02-03T23:30:00Z"), "UTC")).toHaveLength(0);
  });

  it("counts down to a deadline, to the minute, and stops when it has passed", () => {
    const deadline = at("2026-02-05T10:00:00Z");
    expect(countdown(deadline, at("2026-02-03T08:59:30Z"))).toEqual({ days: 2, hours: 1, minutes: 0 });
    expect(deadlineIsNear(countdown(deadline, at("2026-02-05T01:00:00Z")))).toBe(true);
    expect(countdown(deadline, deadline)).toBeNull();
  });

  it("labels every time in a request list: sent, and the meeting's once it is placed", () => {
    const created = at("2026-01-19T04:00:00Z");
    expect(requestTimes({ createdAt: created, meeting: null })).toEqual([{ kind: "sent", at: created }]);
    const placed = { status: "SCHEDULED", startsAt: at("2026-02-04T03:20:00Z"), table: 9, online: false };
    expect(requestTimes({ createdAt: created, meeting: placed }).map((t) => t.kind)).toEqual(["sent", "meeting"]);
    expect(requestTimes({ createdAt: created, meeting: { ...placed, status: "CANCELLED" } })).toHaveLength(1);
  });
});

describe("deadlines in the event's zone", () => {
  it("a date's end in Hanoi is 16:59:59 UTC, in Tokyo 14:59:59 UTC", () => {
    expect(deadlineInZone("2026-03-20", "Asia/Ho_Chi_Minh")?.toISOString()).toBe("2026-03-20T16:59:59.000Z");
    expect(deadlineInZone("2026-03-20", "Asia/Tokyo")?.toISOString()).toBe("2026-03-20T14:59:59.000Z");
    expect(deadlineInZone("2026-03-20", "Asia/Tokyo", "17:00")?.toISOString()).toBe("2026-03-20T08:00:00.000Z");
    expect(deadlineInZone("2026-02-30", "Asia/Tokyo")).toBeNull();
    expect(deadlineInZone("2026-03-20", "Asia/Tokyo", "25:00")).toBeNull();
  });
  it("a deadline already past is not one to set", () => {
    const d = deadlineInZone("2026-03-20", "Asia/Ho_Chi_Minh")!;
    expect(isFutureDeadline(d, at("2026-03-20T16:59:58Z"))).toBe(true);
    expect(isFutureDeadline(d, at("2026-03-20T17:00:00Z"))).toBe(false);
  });
});

describe("texts in up to three languages", () => {
  const tour = {
    titleEn: "",
    titleJa: "工場見学",
    titleVi: "Tham quan nhà máy",
    meetingPoint: "Lobby",
    meetingPointJa: "",
  };
  it("gives the reader's language, else the nearest, saying which", () => {
    expect(textForReader(tour, "title", "vi")).toEqual({ text: "Tham quan nhà máy", language: "vi" });
    expect(textForReader(tour, "title", "en")).toEqual({ text: "工場見学", language: "ja" });
    expect(textForReader(tour, "meetingPoint", "ja", "meetingPoint")).toEqual({ text: "Lobby", language: "en" });
    expect(plainTextForReader({ titleEn: " " }, "title", "en")).toBe("");
  });
});
