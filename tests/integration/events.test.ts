// Events and editions: creating and editing them (refusals at the field, nothing stored; a stale edit refused),
// who may, archiving with a confirmation, and an edition that is over taking no more requests, bookings or moves.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { LoadedActor } from "@/lib/auth/load-actor";
import { loadActor } from "@/lib/auth/load-actor";
import { archiveEvent, createEvent, makeCurrentEvent, restoreEvent, updateEvent } from "@/lib/events/events";
import type { EventFormInput } from "@/lib/events/event-form";
import { createMeetingRequest } from "@/lib/meetings/meeting-requests";
import { bookOpenSlot } from "@/lib/meetings/self-booking";
import { moveMeeting } from "@/lib/meetings/placement";
import { approveFirms, rejectedFirms, vetFirm, vettingQueue } from "@/lib/firms/vetting";
import { demoActor } from "../support/demo-actor";

const MARK = `itest${Date.now().toString(36)}`;
let vinasa: LoadedActor, jetro: LoadedActor, onsite: LoadedActor, adminVn: LoadedActor, adminJp: LoadedActor;
let bodies: Record<string, string>;
let currentId: string;

function form(overrides: Partial<EventFormInput> = {}): EventFormInput {
  return {
    series: `${MARK}-day`,
    nameEn: `${MARK} Day 2031`,
    nameJa: `${MARK} デー 2031`,
    nameVi: `Ngày ${MARK} 2031`,
    city: "Da Nang",
    venue: "Ariyana Convention Centre",
    timeZone: "Asia/Ho_Chi_Minh",
    startDate: "2031-03-04",
    startTime: "08:30",
    endDate: "2031-03-04",
    endTime: "17:30",
    bodies: [bodies.VINASA!, bodies.JETRO!],
    vettingVN: bodies.VINASA!,
    vettingJP: bodies.JETRO!,
    ...overrides,
  };
}

beforeAll(async () => {
  [vinasa, jetro, onsite, adminVn, adminJp] = (await Promise.all(
    ["organizer.vinasa", "organizer.jetro", "staff.onsite", "admin.vn", "admin.jp"].map((n) =>
      demoActor(`${n}@demo.kakehashi.example`),
    ),
  )) as LoadedActor[] as [LoadedActor, LoadedActor, LoadedActor, LoadedActor, LoadedActor];
  bodies = Object.fromEntries((await db.organizingBody.findMany()).map((b) => [b.code, b.id]));
  currentId = (await db.event.findFirstOrThrow({ where: { isCurrent: true } })).id;
});

afterAll(async () => {
  await db.event.deleteMany({ where: { series: { startsWith: MARK } } });
  await db.event.updateMany({ where: { id: { not: currentId } }, data: { isCurrent: false } });
  await db.event.update({ where: { id: currentId }, data: { isCurrent: true } });
  await db.$disconnect();
});

const fieldsOf = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return (e as { fields?: Record<string, string> }).fields;
  }
  throw new Error("expected a refusal");
};

describe("creating and editing an edition", () => {
  it("refuses bad input at the field and stores nothing", async () => {
    const before = await db.event.count();
    expect(await fieldsOf(createEvent(vinasa, form({ endTime: "08:00" })))).toEqual({
      endDate: "errors.event.endBeforeStart",
    });
    expect(await fieldsOf(createEvent(vinasa, form({ timeZone: "Asia/Atlantis" })))).toMatchObject({
      timeZone: "errors.event.timeZone",
    });
    expect(await fieldsOf(createEvent(vinasa, form({ startDate: "2031-02-30" })))).toMatchObject({
      startDate: "errors.setup.date",
    });
    expect(await fieldsOf(createEvent(vinasa, form({ vettingJP: bodies.JISA! })))).toMatchObject({
      vettingJP: "errors.event.vettingBody",
    });
    expect(await db.event.count()).toBe(before);
  });

  it("refuses a duplicate name and an overlapping edition of the same series", async () => {
    const id = await createEvent(vinasa, form());
    expect(await fieldsOf(createEvent(vinasa, form({ series: `${MARK}-other` })))).toMatchObject({
      nameEn: "errors.event.nameTaken",
    });
    expect(
      await fieldsOf(
        createEvent(vinasa, form({ nameEn: `${MARK} Day 2031 bis`, startDate: "2031-03-03", endDate: "2031-03-05" })),
      ),
    ).toMatchObject({ startDate: "errors.event.overlap" });
    // The creator is its admin; the split is stored.
    expect(await db.eventStaff.findFirst({ where: { eventId: id, userId: vinasa.userId } })).toMatchObject({
      role: "EVENT_ADMIN",
    });
    expect(await db.eventVettingRule.count({ where: { eventId: id } })).toBe(2);
  });

  it("only members of an organizing body create, only the edition's admins edit", async () => {
    await expect(createEvent(adminVn, form({ nameEn: `${MARK} firm`, series: `${MARK}-firm` }))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const id = (await db.event.findFirstOrThrow({ where: { series: `${MARK}-day` } })).id;
    // JETRO's organizer is not staff at this new edition; on-site staff never edit.
    await expect(updateEvent(jetro, { ...form(), eventId: id, version: 1 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(updateEvent(onsite, { ...form(), eventId: id, version: 1 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(makeCurrentEvent(adminJp, id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses a save based on an older copy (changed meanwhile)", async () => {
    const event = await db.event.findFirstOrThrow({ where: { series: `${MARK}-day` } });
    await updateEvent(vinasa, { ...form({ venue: "Hall A" }), eventId: event.id, version: event.version });
    expect(
      await fieldsOf(updateEvent(vinasa, { ...form({ venue: "Hall B" }), eventId: event.id, version: event.version })),
    ).toEqual({ form: "errors.event.changedMeanwhile" });
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).venue).toBe("Hall A");
  });

  it("makes an edition current, archives it only with a confirmation when meetings are scheduled, restores it", async () => {
    const event = await db.event.findFirstOrThrow({ where: { series: `${MARK}-day` } });
    await makeCurrentEvent(vinasa, event.id);
    expect((await db.event.findFirstOrThrow({ where: { isCurrent: true } })).id).toBe(event.id);
    await archiveEvent(vinasa, { eventId: event.id });
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).archivedAt).not.toBeNull();
    await expect(makeCurrentEvent(vinasa, event.id)).rejects.toMatchObject({ code: "CONFLICT" });
    await restoreEvent(vinasa, event.id);
    await makeCurrentEvent(vinasa, currentId);

    // The past edition has scheduled (held) meetings? Archiving one with scheduled meetings asks first.
    const past = await db.event.findUniqueOrThrow({ where: { slug: "japan-ict-day-2026" } });
    const m = await db.meeting.findFirst({ where: { eventId: past.id } });
    if (m) {
      await db.meeting.update({ where: { id: m.id }, data: { status: "SCHEDULED" } });
      const admin = (await loadActor(vinasa.userId, past.id))!;
      expect(await fieldsOf(archiveEvent(admin, { eventId: past.id }))).toEqual({
        form: "errors.event.archiveConfirm",
      });
      await db.meeting.update({ where: { id: m.id }, data: { status: "HELD" } });
    }
  });
});

describe("an edition that is over", () => {
  it("takes no more requests, bookings or moves", async () => {
    const past = await db.event.findUniqueOrThrow({ where: { slug: "japan-ict-day-2026" } });
    const vn = adminVn.memberships[0]!.firmId;
    const jp = adminJp.memberships[0]!.firmId;
    // Its day as it was: a slot, a table and a meeting the two firms had (after the seeded sessions, whose slots
    // hold the morning and afternoon: slots are unique by start within an edition).
    const session = await db.matchingSession.create({
      data: {
        eventId: past.id,
        name: `${MARK} late session`,
        startsAt: new Date("2026-02-04T10:00:00Z"),
        endsAt: new Date("2026-02-04T10:40:00Z"),
        slotMinutes: 20,
      },
    });
    const slot = await db.slot.create({
      data: {
        eventId: past.id,
        sessionId: session.id,
        startsAt: new Date("2026-02-04T10:00:00Z"),
        endsAt: new Date("2026-02-04T10:20:00Z"),
      },
    });
    const later = await db.slot.create({
      data: {
        eventId: past.id,
        sessionId: slot.sessionId,
        startsAt: new Date("2026-02-04T10:20:00Z"),
        endsAt: new Date("2026-02-04T10:40:00Z"),
      },
    });
    const table = await db.meetingTable.create({ data: { eventId: past.id, number: 901 } });
    const request = await db.meetingRequest.create({
      data: { eventId: past.id, fromFirmId: vn, toFirmId: jp, requestedById: adminVn.userId, status: "ACCEPTED" },
    });
    const meeting = await db.meeting.create({
      data: {
        eventId: past.id,
        requestId: request.id,
        firmAId: vn,
        firmBId: jp,
        slotId: slot.id,
        tableId: table.id,
        source: "ORGANIZER",
        placedById: vinasa.userId,
      },
    });
    try {
      expect(await fieldsOf(createMeetingRequest(adminVn, { eventId: past.id, fromFirmId: vn, toFirmId: jp }))).toEqual(
        {
          form: "errors.event.over",
        },
      );
      expect(
        await fieldsOf(bookOpenSlot(adminVn, { eventId: past.id, fromFirmId: vn, toFirmId: jp, slotId: later.id })),
      ).toEqual({ form: "errors.event.over" });
      const admin = (await loadActor(vinasa.userId, past.id))!;
      expect(
        await fieldsOf(moveMeeting(admin, { meetingId: meeting.id, slotId: later.id, tableId: table.id })),
      ).toEqual({ form: "errors.event.over" });
      expect((await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).slotId).toBe(slot.id);
    } finally {
      await db.meetingRequest.delete({ where: { id: request.id } });
      await db.matchingSession.delete({ where: { id: slot.sessionId } });
      await db.meetingTable.delete({ where: { id: table.id } });
    }
  });
});

describe("vetting split per edition", () => {
  it("a body decides only its countries; bulk approval and reconsideration hold the split", async () => {
    const created = await db.firm.createManyAndReturn({
      data: (["VN", "JP"] as const).map((country, i) => ({
        country,
        nameLocal: `${MARK} applicant ${i}`,
        nameEn: `${MARK} applicant ${i}`,
        city: "Hanoi",
        employeeBand: "B1_49" as const,
      })),
    });
    const [vnFirm, jpFirm] = created as unknown as [{ id: string }, { id: string }];
    expect((await vettingQueue(vinasa)).map((f) => f.id)).toContain(vnFirm.id);
    expect((await vettingQueue(vinasa)).map((f) => f.id)).not.toContain(jpFirm.id);
    await expect(vetFirm(vinasa, { decision: "approve", firmId: jpFirm.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // A bulk approval of both approves only the firm in VINASA's scope.
    expect(await approveFirms(vinasa, { firmIds: [vnFirm.id, jpFirm.id] })).toBe(1);
    expect((await db.firm.findUniqueOrThrow({ where: { id: jpFirm.id } })).status).toBe("PENDING");
    await vetFirm(jetro, { decision: "reject", firmId: jpFirm.id, reason: "Not an IT firm" });
    expect((await rejectedFirms(jetro)).map((f) => f.id)).toContain(jpFirm.id);
    await vetFirm(jetro, { decision: "reconsider", firmId: jpFirm.id });
    expect((await vettingQueue(jetro)).map((f) => f.id)).toContain(jpFirm.id);
    const entries = await db.auditEntry.findMany({ where: { targetId: { in: [vnFirm.id, jpFirm.id] } } });
    expect(entries.map((e) => JSON.parse(e.details).body).sort()).toEqual(["JETRO", "JETRO", "VINASA"]);
    await db.firm.deleteMany({ where: { id: { in: [vnFirm.id, jpFirm.id] } } });
  });

  it("on-site staff do not vet", async () => {
    await expect(vettingQueue(onsite)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
