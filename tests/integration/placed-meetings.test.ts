// Placed meetings: the database refuses double bookings (20 firms booking one open slot at once get one
// meeting), the scheduler run previews with reasons and publishes all or nothing, organizers move meetings
// with conflicts explained, and cancelling frees the slot and table.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor, type LoadedActor } from "@/lib/auth/load-actor";
import { addSession, removeSession, saveMatchingSettings, setTables } from "@/lib/event-setup/event-setup";
import { actOnMeetingRequest, createMeetingRequest } from "@/lib/meetings/meeting-requests";
import { bookOpenSlot, bookableSlotsOf, setOpenSlots } from "@/lib/meetings/self-booking";
import { moveMeeting, PlacementRefused } from "@/lib/meetings/placement";
import { latestRun, publishRun, runScheduler } from "@/lib/meetings/scheduler-run";
import { undoPublication } from "@/lib/meetings/publication";
import { agendaOf } from "@/lib/meetings/agenda";
import { setUnavailability } from "@/lib/event-setup/availability";
import { demoActor } from "../support/demo-actor";

let organizer: LoadedActor, adminVn: LoadedActor, adminJp: LoadedActor, eventId: string, vn: string, jp: string;
let slots: { id: string }[];

async function reset() {
  await db.schedulerRun.deleteMany({ where: { eventId } });
  await db.firmSlotHold.deleteMany({ where: { slot: { eventId } } });
  await db.meeting.deleteMany({ where: { eventId } });
  await db.meetingRequest.deleteMany({ where: { eventId } });
  await db.openSlot.deleteMany({ where: { slot: { eventId } } });
  await db.firmUnavailability.deleteMany({ where: { slot: { eventId } } });
}

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
  await setTables(organizer, { eventId, count: 3, interpreterTables: "3", interpreter: "ja-vi" });
  slots = await db.slot.findMany({ where: { eventId }, orderBy: { startsAt: "asc" } });
});
afterAll(async () => {
  await reset();
  await db.matchingSession.deleteMany({ where: { eventId } });
  await db.meetingTable.deleteMany({ where: { eventId } });
  await db.event.update({
    where: { id: eventId },
    data: { selfBooking: false, meetingCapPerFirm: null, onlineMeetings: false },
  });
  await db.$disconnect();
});

/** Approved firms with an administrator, other than the named demo firms. */
async function otherFirmAdmins(n: number) {
  const memberships = await db.membership.findMany({
    where: {
      role: "FIRM_ADMIN",
      firm: { status: "APPROVED", id: { notIn: [vn, jp] } },
      user: { email: { startsWith: "admin.0" } },
    },
    orderBy: { firmId: "asc" },
    take: n,
  });
  return Promise.all(memberships.map(async (m) => ({ firmId: m.firmId, actor: (await loadActor(m.userId))! })));
}

async function accepted(
  from: LoadedActor,
  fromFirmId: string,
  to: LoadedActor,
  toFirmId: string,
  priority: "MUST" | "WOULD_LIKE" = "WOULD_LIKE",
) {
  const r = await createMeetingRequest(from, { eventId, fromFirmId, toFirmId, priority });
  await actOnMeetingRequest(to, { requestId: r.id, action: "accept" });
  return r.id;
}

describe("self-booking", () => {
  it("20 simultaneous bookings of one open slot: exactly one succeeds, the others hear it was just taken", async () => {
    await reset();
    await saveMatchingSettings(organizer, { eventId, selfBooking: true });
    await expect(setOpenSlots(adminVn, { firmId: jp, eventId, openSlotIds: [slots[0]!.id] })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await setOpenSlots(adminJp, { firmId: jp, eventId, openSlotIds: [slots[0]!.id, slots[1]!.id] });
    expect((await bookableSlotsOf(jp, eventId)).map((s) => s.id)).toEqual([slots[0]!.id, slots[1]!.id]);
    const bookers = await otherFirmAdmins(20);
    expect(bookers).toHaveLength(20);
    const results = await Promise.allSettled(
      bookers.map((b) => bookOpenSlot(b.actor, { eventId, fromFirmId: b.firmId, toFirmId: jp, slotId: slots[0]!.id })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results)
      if (r.status === "rejected")
        expect(r.reason).toMatchObject({ code: "CONFLICT", fields: { form: "errors.booking.slotTaken" } });
    expect(await db.meeting.count({ where: { eventId, slotId: slots[0]!.id, status: "SCHEDULED" } })).toBe(1);
    expect(await db.firmSlotHold.count({ where: { firmId: jp, slotId: slots[0]!.id } })).toBe(1);
    expect((await bookableSlotsOf(jp, eventId)).map((s) => s.id)).toEqual([slots[1]!.id]);
    // The winner's meeting is in both agendas, at a table.
    const winner = bookers[results.findIndex((r) => r.status === "fulfilled")]!;
    const [mine, theirs] = await Promise.all([
      agendaOf(winner.actor, winner.firmId, eventId),
      agendaOf(adminJp, jp, eventId),
    ]);
    expect(mine.map((m) => [m.partner.id, m.table?.number])).toEqual([[jp, theirs[0]!.table!.number]]);
    await expect(agendaOf(adminVn, jp, eventId)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("is refused when switched off, for a slot that is not open, and for a firm that is busy then", async () => {
    await reset();
    const [b] = await otherFirmAdmins(1);
    await setOpenSlots(adminJp, { firmId: jp, eventId, openSlotIds: [slots[2]!.id] });
    await expect(
      bookOpenSlot(b!.actor, { eventId, fromFirmId: b!.firmId, toFirmId: jp, slotId: slots[3]!.id }),
    ).rejects.toMatchObject({ fields: { form: "errors.booking.slotTaken" } });
    await expect(
      bookOpenSlot(adminVn, { eventId, fromFirmId: b!.firmId, toFirmId: jp, slotId: slots[2]!.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await setUnavailability(b!.actor, { firmId: b!.firmId, eventId, unavailableSlotIds: [slots[2]!.id] });
    await expect(
      bookOpenSlot(b!.actor, { eventId, fromFirmId: b!.firmId, toFirmId: jp, slotId: slots[2]!.id }),
    ).rejects.toMatchObject({ fields: { form: "errors.booking.slotTaken" } });
    await saveMatchingSettings(organizer, { eventId, selfBooking: false });
    await expect(
      bookOpenSlot(adminVn, { eventId, fromFirmId: vn, toFirmId: jp, slotId: slots[2]!.id }),
    ).rejects.toMatchObject({ fields: { form: "errors.booking.off" } });
  });
});

describe("the database refuses double bookings by itself", () => {
  it("a second hold for a firm in a slot, or a second meeting at a table in a slot, violates a unique key", async () => {
    await reset();
    const r1 = await accepted(adminVn, vn, adminJp, jp);
    await publishRun(organizer, (await runScheduler(organizer, eventId)).id);
    const m = await db.meeting.findUniqueOrThrow({ where: { requestId: r1 } });
    await expect(db.firmSlotHold.create({ data: { firmId: vn, slotId: m.slotId } })).rejects.toMatchObject({
      code: "P2002",
    });
    const [other] = await otherFirmAdmins(2);
    const r2 = await accepted(other!.actor, other!.firmId, adminJp, jp);
    await expect(
      db.meeting.create({
        data: {
          eventId,
          requestId: r2,
          firmAId: other!.firmId,
          firmBId: jp,
          slotId: m.slotId,
          tableId: m.tableId,
          source: "ORGANIZER",
          placedById: organizer.userId,
          tableSlotKey: m.tableSlotKey,
        },
      }),
    ).rejects.toMatchObject({ code: "P2002" });
  });
});

describe("the organizer's scheduler run", () => {
  it("previews with reasons, publishes all at once, refuses a stale or second publish", async () => {
    await reset();
    const firms = await otherFirmAdmins(4);
    // vn cannot meet in any slot: its meeting has no common slot.
    await setUnavailability(adminVn, { firmId: vn, eventId, unavailableSlotIds: slots.map((s) => s.id) });
    const blocked = await accepted(adminVn, vn, adminJp, jp);
    const ids = [] as string[];
    for (const f of firms) ids.push(await accepted(f.actor, f.firmId, adminJp, jp, "MUST"));
    await expect(runScheduler(adminJp, eventId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const progress: string[] = [];
    const run = await runScheduler(organizer, eventId, { onProgress: (p) => progress.push(p.phase) });
    expect(progress).toEqual(["load", "schedule", "explain", "save"]);
    const preview = (await latestRun(organizer, eventId))!;
    expect(preview.status).toBe("PREVIEW");
    expect(preview.result.placements.map((p) => p.requestId).sort()).toEqual([...ids].sort());
    expect(preview.result.unplaced).toEqual([{ requestId: blocked, reason: "noCommonSlot" }]);
    // Nothing is visible to the firms before publishing.
    expect(await agendaOf(adminJp, jp, eventId)).toHaveLength(0);
    expect(await publishRun(organizer, run.id)).toBe(4);
    await expect(publishRun(organizer, run.id)).rejects.toMatchObject({
      fields: { form: "errors.schedule.notPreview" },
    });
    const agenda = await agendaOf(adminJp, jp, eventId);
    expect(new Set(agenda.map((m) => m.startsAt.getTime())).size).toBe(4);

    // A preview made stale by a booking in between is refused as a whole.
    await setUnavailability(adminVn, { firmId: vn, eventId, unavailableSlotIds: [] });
    const stale = await runScheduler(organizer, eventId);
    const planned = (await latestRun(organizer, eventId))!.result.placements[0]!;
    await db.firmSlotHold.create({ data: { firmId: vn, slotId: planned.slotId } });
    await expect(publishRun(organizer, stale.id)).rejects.toMatchObject({ fields: { form: "errors.schedule.stale" } });
    expect(await db.meeting.count({ where: { eventId, status: "SCHEDULED" } })).toBe(4);
  });

  it("places a waiting online meeting in a slot both firms have free, no table; publishes and undoes it", async () => {
    await reset();
    await saveMatchingSettings(organizer, { eventId, onlineMeetings: true });
    const [a, b] = await otherFirmAdmins(2);
    // In person: a meets jp (and takes a table). Online: vn with jp, vn away in the first two slots; b with vn
    // cannot be placed (b is away all morning).
    const inPerson = await accepted(a!.actor, a!.firmId, adminJp, jp, "MUST");
    await setUnavailability(adminVn, { firmId: vn, eventId, unavailableSlotIds: [slots[0]!.id, slots[1]!.id] });
    await setUnavailability(b!.actor, { firmId: b!.firmId, eventId, unavailableSlotIds: slots.map((s) => s.id) });
    const onlineRequest = async (from: LoadedActor, fromFirmId: string, to: LoadedActor, toFirmId: string) => {
      const r = await createMeetingRequest(from, { eventId, fromFirmId, toFirmId, online: true });
      await actOnMeetingRequest(to, { requestId: r.id, action: "accept" });
      return r.id;
    };
    const online = await onlineRequest(adminVn, vn, adminJp, jp);
    const away = await onlineRequest(b!.actor, b!.firmId, adminVn, vn);
    const run = await runScheduler(organizer, eventId);
    const preview = (await latestRun(organizer, eventId))!;
    expect(preview.considered).toBe(3);
    const at = new Map(preview.result.placements.map((p) => [p.requestId, p]));
    expect([...at.keys()].sort()).toEqual([inPerson, online].sort());
    expect(at.get(inPerson)!.tableId).not.toBeNull();
    expect(at.get(online)!.tableId).toBeNull();
    // Not where vn is away, not in jp's in-person slot.
    expect([slots[0]!.id, slots[1]!.id, at.get(inPerson)!.slotId]).not.toContain(at.get(online)!.slotId);
    expect(preview.result.unplaced).toEqual([{ requestId: away, reason: "noCommonSlot", online: true }]);
    expect(preview.result.distribution).toMatchObject({ maximum: 2, withNone: 1 });

    expect(await publishRun(organizer, run.id)).toBe(2);
    const m = await db.meeting.findUniqueOrThrow({ where: { requestId: online } });
    expect([m.slotId, m.tableId, m.tableSlotKey, m.source, typeof m.roomName]).toEqual([
      at.get(online)!.slotId,
      null,
      null,
      "SCHEDULER",
      "string",
    ]);
    expect(await db.firmSlotHold.count({ where: { meetingId: m.id } })).toBe(2);
    const agenda = await agendaOf(adminVn, vn, eventId);
    expect(agenda.map((x) => [x.partner.id, x.table, x.online])).toEqual([[jp, null, true]]);
    // The next run has nothing online left to place, and never places the same firms twice in a slot.
    await runScheduler(organizer, eventId);
    expect((await latestRun(organizer, eventId))!.result.placements).toEqual([]);

    // Undone before the day, the online meeting goes with the others and waits again.
    const publication = await db.publication.findFirstOrThrow({ where: { runId: run.id } });
    await undoPublication(organizer, eventId, { publicationId: publication.id }, new Date("2026-02-01T00:00:00Z"));
    expect(await db.meeting.count({ where: { eventId } })).toBe(0);
    await saveMatchingSettings(organizer, { eventId, onlineMeetings: false });
    await setUnavailability(adminVn, { firmId: vn, eventId, unavailableSlotIds: [] });
  });

  it("explains the cap and a missing interpreter table", async () => {
    await reset();
    await saveMatchingSettings(organizer, { eventId, meetingCapPerFirm: "2" });
    const firms = await otherFirmAdmins(4);
    for (const f of firms) await accepted(f.actor, f.firmId, adminJp, jp);
    await runScheduler(organizer, eventId);
    const run = (await latestRun(organizer, eventId))!;
    expect(run.result.placements).toHaveLength(2);
    expect(run.result.unplaced.map((u) => [u.reason, u.firmId])).toEqual([
      ["cap", jp],
      ["cap", jp],
    ]);
    await saveMatchingSettings(organizer, { eventId, meetingCapPerFirm: "" });
  });
});

describe("moving and cancelling", () => {
  it("refuses a move into a conflict with the reasons, allows a free one, and cancelling frees the slot", async () => {
    await reset();
    const [a, b] = await otherFirmAdmins(2);
    const r1 = await accepted(a!.actor, a!.firmId, adminJp, jp);
    const r2 = await accepted(b!.actor, b!.firmId, adminJp, jp);
    await publishRun(organizer, (await runScheduler(organizer, eventId)).id);
    const [m1, m2] = await Promise.all(
      [r1, r2].map((requestId) => db.meeting.findUniqueOrThrow({ where: { requestId } })),
    );
    // Into m2's slot: jp is busy there; at m2's table it is taken too.
    const refused = await moveMeeting(organizer, {
      meetingId: m1!.id,
      slotId: m2!.slotId,
      tableId: m2!.tableId!,
    }).catch((e) => e);
    expect(refused).toBeInstanceOf(PlacementRefused);
    expect((refused as PlacementRefused).conflicts.map((c) => c.reason).sort()).toEqual(["busy", "tableTaken"]);
    await expect(
      moveMeeting(adminJp, { meetingId: m1!.id, slotId: slots[5]!.id, tableId: m1!.tableId! }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await setUnavailability(a!.actor, { firmId: a!.firmId, eventId, unavailableSlotIds: [slots[4]!.id] });
    const unavailable = await moveMeeting(organizer, {
      meetingId: m1!.id,
      slotId: slots[4]!.id,
      tableId: m1!.tableId!,
    }).catch((e) => e);
    expect((unavailable as PlacementRefused).conflicts).toEqual([{ reason: "unavailable", firmId: a!.firmId }]);
    const table2 = await db.meetingTable.findFirstOrThrow({ where: { eventId, number: 2 } });
    await moveMeeting(organizer, { meetingId: m1!.id, slotId: slots[5]!.id, tableId: table2.id });
    expect(await db.meeting.findUniqueOrThrow({ where: { id: m1!.id } })).toMatchObject({
      slotId: slots[5]!.id,
      tableId: table2.id,
      source: "ORGANIZER",
    });
    expect(await db.firmSlotHold.count({ where: { meetingId: m1!.id, slotId: slots[5]!.id } })).toBe(2);
    // Publishing and the move are in the audit log, with who did them.
    const logged = await db.auditEntry.findMany({
      where: { OR: [{ targetId: m1!.id }, { targetType: "schedulerRun" }] },
      orderBy: { createdAt: "asc" },
    });
    expect(logged.map((e) => e.action)).toEqual(expect.arrayContaining(["schedule.publish", "meeting.move"]));
    expect(logged.find((e) => e.action === "meeting.move")!.actorId).toBe(organizer.userId);
    // A session with meetings in it cannot be removed.
    const session = await db.slot.findUniqueOrThrow({ where: { id: slots[5]!.id } });
    await expect(removeSession(organizer, { sessionId: session.sessionId })).rejects.toMatchObject({
      fields: { form: "errors.setup.sessionHasMeetings" },
    });
    await expect(setTables(organizer, { eventId, count: 1 })).rejects.toMatchObject({
      fields: { count: "errors.setup.tablesInUse" },
    });

    await actOnMeetingRequest(a!.actor, { requestId: r1, action: "cancel" });
    const cancelled = await db.meeting.findUniqueOrThrow({ where: { id: m1!.id } });
    expect([cancelled.status, cancelled.tableSlotKey]).toEqual(["CANCELLED", null]);
    expect(await db.firmSlotHold.count({ where: { meetingId: m1!.id } })).toBe(0);
    expect(await agendaOf(adminJp, jp, eventId)).toHaveLength(1);
  });
});
