// Copying an edition's set-up into next year's: sessions in three languages with their slots, tables with their
// interpreters, the cap, self-booking, the request and registration deadlines moved with the start; who may (an
// admin of both editions) and when (only into an edition without sessions or tables); nothing half-written.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { LoadedActor } from "@/lib/auth/load-actor";
import { createEvent } from "@/lib/events/events";
import type { EventFormInput } from "@/lib/events/event-form";
import { copySetup } from "@/lib/event-setup/copy-setup";
import { localInstant, localParts } from "@/lib/time/event-time";
import { demoActor } from "../support/demo-actor";

const MARK = `copy${Date.now().toString(36)}`;
const HCM = "Asia/Ho_Chi_Minh";
let vinasa: LoadedActor, jetro: LoadedActor;
let bodies: Record<string, string>;
let source: string;

function form(year: number, overrides: Partial<EventFormInput> = {}): EventFormInput {
  return {
    series: `${MARK}-day`,
    nameEn: `${MARK} Day ${year}`,
    nameJa: `${MARK} デー ${year}`,
    nameVi: `Ngày ${MARK} ${year}`,
    city: "Da Nang",
    venue: "Ariyana Convention Centre",
    timeZone: HCM,
    startDate: `${year}-03-04`,
    startTime: "08:30",
    endDate: `${year}-03-04`,
    endTime: "17:30",
    bodies: [bodies.VINASA!],
    vettingVN: bodies.VINASA!,
    vettingJP: bodies.VINASA!,
    ...overrides,
  };
}

const refusal = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return e as { code?: string; fields?: Record<string, string> };
  }
  throw new Error("expected a refusal");
};

beforeAll(async () => {
  [vinasa, jetro] = (await Promise.all(
    ["organizer.vinasa", "organizer.jetro"].map((n) => demoActor(`${n}@demo.kakehashi.example`)),
  )) as [LoadedActor, LoadedActor];
  bodies = Object.fromEntries((await db.organizingBody.findMany()).map((b) => [b.code, b.id]));
  source = await createEvent(vinasa, form(2032));
  const session = await db.matchingSession.create({
    data: {
      eventId: source,
      name: "Morning",
      nameJa: "午前の部",
      nameVi: "Buổi sáng",
      startsAt: localInstant("2032-03-04", "09:00", HCM),
      endsAt: localInstant("2032-03-04", "10:00", HCM),
      slotMinutes: 20,
    },
  });
  await db.slot.createMany({
    data: [0, 20, 40].map((m) => ({
      eventId: source,
      sessionId: session.id,
      startsAt: new Date(session.startsAt.getTime() + m * 60_000),
      endsAt: new Date(session.startsAt.getTime() + (m + 20) * 60_000),
    })),
  });
  await db.meetingTable.createMany({
    data: [
      { eventId: source, number: 1, interpreter: "ja-vi" },
      { eventId: source, number: 2, interpreter: null },
    ],
  });
  await db.event.update({
    where: { id: source },
    data: {
      meetingCapPerFirm: 7,
      selfBooking: true,
      requestDeadline: localInstant("2032-02-26", "17:00", HCM),
      registrationClosesAt: localInstant("2032-02-19", "12:00", HCM),
    },
  });
});

afterAll(async () => {
  await db.event.deleteMany({ where: { series: { startsWith: MARK } } });
  await db.$disconnect();
});

describe("copying an edition's set-up", () => {
  it("carries sessions in three languages, tables, the cap, self-booking and both deadlines, moved with the start", async () => {
    const target = await createEvent(vinasa, form(2033, { startDate: "2033-03-10", endDate: "2033-03-10" }));
    expect(await copySetup(vinasa, { eventId: target, fromEventId: source })).toEqual({ sessions: 1, tables: 2 });
    const event = await db.event.findUniqueOrThrow({
      where: { id: target },
      include: { sessions: { include: { slots: true } }, tables: { orderBy: { number: "asc" } } },
    });
    expect(event.sessions.map((s) => [s.name, s.nameJa, s.nameVi, s.slots.length])).toEqual([
      ["Morning", "午前の部", "Buổi sáng", 3],
    ]);
    expect(localParts(event.sessions[0]!.startsAt, HCM)).toMatchObject({ date: "2033-03-10", time: "09:00" });
    expect(event.tables.map((t) => [t.number, t.interpreter])).toEqual([
      [1, "ja-vi"],
      [2, null],
    ]);
    expect(event.meetingCapPerFirm).toBe(7);
    expect(event.selfBooking).toBe(true);
    // A week and two weeks before the start (2032 is a leap year), at the same local times.
    expect(localParts(event.requestDeadline!, HCM)).toMatchObject({ date: "2033-03-03", time: "17:00" });
    expect(localParts(event.registrationClosesAt!, HCM)).toMatchObject({ date: "2033-02-24", time: "12:00" });
  });

  it("keeps a registration deadline the new edition already has", async () => {
    const target = await createEvent(vinasa, form(2034));
    const own = localInstant("2034-01-31", "18:00", HCM);
    await db.event.update({ where: { id: target }, data: { registrationClosesAt: own } });
    await copySetup(vinasa, { eventId: target, fromEventId: source });
    expect((await db.event.findUniqueOrThrow({ where: { id: target } })).registrationClosesAt).toEqual(own);
  });

  it("refuses an edition that has a set-up already, and writes nothing", async () => {
    const target = await createEvent(vinasa, form(2035));
    await db.meetingTable.create({ data: { eventId: target, number: 9 } });
    const e = await refusal(copySetup(vinasa, { eventId: target, fromEventId: source }));
    expect(e.fields).toEqual({ fromEventId: "errors.setup.copyNotEmpty" });
    expect(await db.matchingSession.count({ where: { eventId: target } })).toBe(0);
    expect((await db.event.findUniqueOrThrow({ where: { id: target } })).registrationClosesAt).toBeNull();
  });

  it("refuses the same edition, and anyone who is not an admin of both", async () => {
    const target = await createEvent(vinasa, form(2036));
    expect((await refusal(copySetup(vinasa, { eventId: target, fromEventId: target }))).fields).toEqual({
      fromEventId: "errors.setup.copySame",
    });
    // JETRO's organizer is staff of neither edition.
    expect((await refusal(copySetup(jetro, { eventId: target, fromEventId: source }))).code).toBe("FORBIDDEN");
    expect(await db.meetingTable.count({ where: { eventId: target } })).toBe(0);
  });
});
