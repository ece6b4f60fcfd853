// Tours against the real database: 30 simultaneous sign-ups for 10 seats, promotion on cancellation with a
// notification, clashes with meetings named (and resolved by choice), and tour seats blocking meeting slots.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor, type LoadedActor } from "@/lib/auth/load-actor";
import { addSession, setTables } from "@/lib/event-setup/event-setup";
import { actOnMeetingRequest, createMeetingRequest } from "@/lib/meetings/meeting-requests";
import { publishRun, runScheduler } from "@/lib/meetings/scheduler-run";
import {
  cancelTourSeat,
  decideTourSeat,
  saveTour,
  signUpForTour,
  tourRoster,
  TourClash,
  toursOf,
  type TourFields,
} from "@/lib/tours/tours";
import { notificationsOf } from "@/lib/notifications/notifications";
import { demoActor } from "../support/demo-actor";

let organizer: LoadedActor, adminVn: LoadedActor, adminJp: LoadedActor, eventId: string, vn: string, jp: string;

async function reset() {
  await db.notification.deleteMany({});
  await db.tourSeat.deleteMany({});
  await db.firmSlotHold.deleteMany({ where: { slot: { eventId } } });
  await db.tour.deleteMany({ where: { eventId } });
  await db.schedulerRun.deleteMany({ where: { eventId } });
  await db.meeting.deleteMany({ where: { eventId } });
  await db.meetingRequest.deleteMany({ where: { eventId } });
}

const tourInput = (over: Partial<TourFields> = {}): TourFields => ({
  hostFirmId: jp,
  titleEn: "Factory visit",
  titleJa: "工場見学",
  date: "2026-02-04",
  start: "09:00",
  durationMinutes: 60,
  meetingPoint: "Lobby, gate 2",
  seats: 10,
  languages: ["ja", "en"],
  ...over,
});

beforeAll(async () => {
  organizer = await demoActor("organizer.vinasa@demo.kakehashi.example");
  adminVn = await demoActor("admin.vn@demo.kakehashi.example");
  adminJp = await demoActor("admin.jp@demo.kakehashi.example");
  eventId = (await db.event.findFirstOrThrow({ where: { isCurrent: true } })).id;
  vn = adminVn.memberships[0]!.firmId;
  jp = adminJp.memberships[0]!.firmId;
  await reset();
  await db.matchingSession.deleteMany({ where: { eventId } });
  await db.meetingTable.deleteMany({ where: { eventId } });
  await addSession(organizer, {
    eventId,
    name: "Morning",
    date: "2026-02-04",
    start: "09:00",
    end: "11:00",
    slotMinutes: 20,
  });
  await setTables(organizer, { eventId, count: 4 });
});
afterAll(async () => {
  await reset();
  await db.matchingSession.deleteMany({ where: { eventId } });
  await db.meetingTable.deleteMany({ where: { eventId } });
  await db.$disconnect();
});

/** People of approved seeded firms (administrators and attendees), with their firm. */
async function people(n: number, country?: "VN" | "JP") {
  const memberships = await db.membership.findMany({
    where: {
      firm: { status: "APPROVED", id: { notIn: [vn, jp] }, ...(country ? { country } : {}) },
      user: { email: { endsWith: "@demo.kakehashi.example", not: { startsWith: "organizer" } } },
    },
    orderBy: [{ firmId: "asc" }, { userId: "asc" }],
    take: n,
  });
  return Promise.all(memberships.map(async (m) => ({ firmId: m.firmId, actor: (await loadActor(m.userId))! })));
}

describe("tours", () => {
  it("creating: organizers and the host's administrators only, with errors at the fields", async () => {
    await reset();
    await expect(saveTour(adminVn, { eventId, ...tourInput() })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      saveTour(adminJp, { eventId, ...tourInput({ seats: 0, titleEn: "", titleJa: "", meetingPoint: "" }) }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fields: { seats: "errors.tours.seats", meetingPoint: "errors.required", titleEn: "errors.tours.title" },
    });
    const tour = await saveTour(adminJp, { eventId, ...tourInput() });
    expect(tour.endsAt.getTime() - tour.startsAt.getTime()).toBe(3_600_000);
    expect(tour.startsAt.toISOString()).toBe("2026-02-04T02:00:00.000Z");
  });

  it("30 simultaneous sign-ups for 10 seats: exactly 10 seated, 20 waiting in arrival order, and a cancellation promotes the first", async () => {
    await reset();
    const tour = await saveTour(organizer, { eventId, ...tourInput() });
    const crowd = await people(30);
    expect(new Set(crowd.map((p) => p.actor.userId)).size).toBe(30);
    const results = await Promise.all(crowd.map((p) => signUpForTour(p.actor, { tourId: tour.id, firmId: p.firmId })));
    expect(results.filter((r) => r.status === "CONFIRMED")).toHaveLength(10);
    expect(
      results
        .filter((r) => r.status === "WAITLISTED")
        .map((r) => r.position)
        .sort((a, b) => a! - b!),
    ).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const seats = await db.tourSeat.findMany({ where: { tourId: tour.id }, orderBy: { createdAt: "asc" } });
    expect(
      seats
        .filter((s) => s.seatNo !== null)
        .map((s) => s.seatNo)
        .sort((a, b) => a! - b!),
    ).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    // Arrival order: the waitlist follows the order the sign-ups were stored in.
    const waiting = seats.filter((s) => s.status === "WAITLISTED");
    expect(waiting.map((s) => s.queueNo)).toEqual([...waiting.map((s) => s.queueNo)].sort((a, b) => a! - b!));
    await expect(signUpForTour(crowd[0]!.actor, { tourId: tour.id, firmId: crowd[0]!.firmId })).rejects.toMatchObject({
      fields: { form: "errors.tours.already" },
    });

    const first = waiting.sort((a, b) => a.queueNo! - b.queueNo!)[0]!;
    const seated = seats.find((s) => s.status === "CONFIRMED")!;
    const seatedPerson = crowd.find((p) => p.actor.userId === seated.userId)!;
    await expect(
      cancelTourSeat(crowd.find((p) => p.actor.userId === first.userId)!.actor, { seatId: seated.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await cancelTourSeat(seatedPerson.actor, { seatId: seated.id });
    const promoted = await db.tourSeat.findUniqueOrThrow({ where: { id: first.id } });
    expect([promoted.status, promoted.seatNo, promoted.queueNo]).toEqual(["CONFIRMED", seated.seatNo, null]);
    const told = await notificationsOf(crowd.find((p) => p.actor.userId === first.userId)!.actor);
    expect(told.map((n) => [n.kind, n.params.titleJa])).toEqual([["tourPromoted", "工場見学"]]);
    const roster = await tourRoster(adminJp, tour.id);
    expect([roster.seated.length, roster.waiting.length]).toEqual([10, 19]);
    await expect(tourRoster(adminVn, tour.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const listed = (await toursOf(seatedPerson.actor, eventId)).find((t) => t.id === tour.id)!;
    expect([listed.held, listed.waiting, listed.mine]).toEqual([10, 19, null]);
  });

  it("a tour at the time of a meeting is refused with the meeting named, unless the person cancels it", async () => {
    await reset();
    const r = await createMeetingRequest(adminVn, { eventId, fromFirmId: vn, toFirmId: jp });
    await actOnMeetingRequest(adminJp, { requestId: r.id, action: "accept" });
    await publishRun(organizer, (await runScheduler(organizer, eventId)).id);
    const meeting = await db.meeting.findUniqueOrThrow({ where: { requestId: r.id }, include: { slot: true } });
    const [h, m] = new Intl.DateTimeFormat("en-GB", {
      timeZone: "Asia/Ho_Chi_Minh",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .format(meeting.slot.startsAt)
      .split(":");
    const tour = await saveTour(organizer, {
      eventId,
      ...tourInput({ hostFirmId: (await people(1))[0]!.firmId, start: `${h}:${m}`, durationMinutes: 30 }),
    });
    const clash = await signUpForTour(adminVn, { tourId: tour.id, firmId: vn }).catch((e) => e);
    expect(clash).toBeInstanceOf(TourClash);
    expect((clash as TourClash).meetings.map((c) => [c.meetingId, c.partner])).toEqual([
      [meeting.id, (await db.firm.findUniqueOrThrow({ where: { id: jp } })).nameLocal],
    ]);
    expect(await signUpForTour(adminVn, { tourId: tour.id, firmId: vn, cancelMeetingIds: [meeting.id] })).toEqual({
      status: "CONFIRMED",
      position: null,
    });
    expect((await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).status).toBe("CANCELLED");
    // The tour now holds the firm's slots: the scheduler treats them as unavailable, the database refuses a meeting hold.
    const holds = await db.firmSlotHold.findMany({ where: { firmId: vn, tourId: tour.id } });
    expect(holds.map((x) => x.slotId)).toContain(meeting.slotId);
    await expect(db.firmSlotHold.create({ data: { firmId: vn, slotId: meeting.slotId } })).rejects.toMatchObject({
      code: "P2002",
    });
    // Cancelling the seat frees them.
    const seat = await db.tourSeat.findFirstOrThrow({ where: { tourId: tour.id, userId: adminVn.userId } });
    await cancelTourSeat(adminVn, { seatId: seat.id });
    expect(await db.firmSlotHold.count({ where: { firmId: vn, tourId: tour.id } })).toBe(0);
  });

  it("host approval: the seat is held until the host decides; a decline frees it for the next in line", async () => {
    await reset();
    const tour = await saveTour(adminJp, {
      eventId,
      ...tourInput({ seats: 1, hostApproval: true, eligibleCountries: ["VN"] }),
    });
    const [a, b] = await people(2, "VN");
    expect((await signUpForTour(a!.actor, { tourId: tour.id, firmId: a!.firmId })).status).toBe("AWAITING_HOST");
    expect(await signUpForTour(b!.actor, { tourId: tour.id, firmId: b!.firmId })).toEqual({
      status: "WAITLISTED",
      position: 1,
    });
    const seat = await db.tourSeat.findFirstOrThrow({ where: { tourId: tour.id, userId: a!.actor.userId } });
    await expect(decideTourSeat(adminVn, { seatId: seat.id, approve: false })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await decideTourSeat(adminJp, { seatId: seat.id, approve: false });
    expect((await db.tourSeat.findFirstOrThrow({ where: { tourId: tour.id, userId: b!.actor.userId } })).status).toBe(
      "AWAITING_HOST",
    );
    expect((await notificationsOf(a!.actor)).map((n) => n.kind)).toEqual(["tourDeclined"]);
  });

  it("is closed to firms it is not open to and after its deadline", async () => {
    await reset();
    const tour = await saveTour(adminJp, {
      eventId,
      ...tourInput({ eligibleCountries: ["JP"], deadlineDate: "2026-02-03", deadlineTime: "18:00" }),
    });
    const before = new Date("2026-01-20T00:00:00Z");
    await expect(signUpForTour(adminVn, { tourId: tour.id, firmId: vn }, before)).rejects.toMatchObject({
      fields: { form: "errors.tours.notEligible" },
    });
    await expect(signUpForTour(adminVn, { tourId: tour.id, firmId: jp }, before)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await signUpForTour(adminJp, { tourId: tour.id, firmId: jp }, before)).status).toBe("CONFIRMED");
    await db.tourSeat.deleteMany({ where: { tourId: tour.id } });
    const later = new Date("2026-02-05T00:00:00Z");
    await expect(signUpForTour(adminJp, { tourId: tour.id, firmId: jp }, later)).rejects.toMatchObject({
      fields: { form: "errors.tours.closed" },
    });
  });
});
