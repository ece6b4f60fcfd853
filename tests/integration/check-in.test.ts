import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { badgeOf, checkIn, checkInCounts, lookUpBadge } from "@/lib/check-in/check-in";
import { demoActor } from "../support/demo-actor";

afterAll(() => db.$disconnect());

describe("badges and check-in", () => {
  it("one badge per person, created once even when asked for twice at the same moment; staff check in once", async () => {
    const [organizer, attendee] = await Promise.all([
      demoActor("organizer.jetro@demo.kakehashi.example"),
      demoActor("attendee.jp@demo.kakehashi.example"),
    ]);
    const eventId = (await db.event.findFirstOrThrow({ where: { isCurrent: true } })).id;
    await db.badge.deleteMany({ where: { eventId, userId: attendee.userId } });
    const [a, b] = await Promise.all([badgeOf(attendee, eventId), badgeOf(attendee, eventId)]);
    expect(a.code).toBe(b.code);
    await expect(lookUpBadge(attendee, { eventId, code: a.code })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(lookUpBadge(organizer, { eventId, code: "ZZZZZZZZ" })).rejects.toMatchObject({
      fields: { code: "errors.checkIn.unknown" },
    });
    await expect(lookUpBadge(organizer, { eventId, code: "x".repeat(5000) })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    const first = await checkIn(organizer, { eventId, code: a.code.toLowerCase() });
    const second = await checkIn(organizer, { eventId, code: a.code });
    expect([first.already, second.already]).toEqual([false, true]);
    expect(second.at.getTime()).toBe(first.at.getTime());
    expect((await checkInCounts(organizer, eventId)).checkedIn).toBeGreaterThan(0);
  });
});
