// Issue 21 against the real database (SQLite and PostgreSQL): undo within the window and not after it, nor after
// the table went to someone else; an attendee's rights on the firm's meetings; self-booking that offers only what
// works and tells the host; online meetings (off unless allowed, no table, room links only for the two firms,
// on both agendas and in the calendar file, out of the scheduler's competition for tables); lead capture from
// badges (bad codes, other events, yourself, a second scan, a double tap, withdrawal, exports); the firm home;
// consortium deadlines in the event's zone.
import { unreadMessageCount } from "@/lib/conversations/conversations";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { db } from "@/lib/db";
import { clearMatchingDay } from "@/prisma/seed/matching-day";
import type { LoadedActor } from "@/lib/auth/load-actor";
import { addSession, saveMatchingSettings, setTables } from "@/lib/event-setup/event-setup";
import { loadSchedulingData, buildInstance } from "@/lib/event-setup/event-instance";
import { actOnMeetingRequest, createMeetingRequest } from "@/lib/meetings/meeting-requests";
import { publishRun, runScheduler } from "@/lib/meetings/scheduler-run";
import { markMeeting, seatStandby, standbyFor } from "@/lib/meetings/meeting-day";
import { bookOpenSlot, bookingOffer, setOpenSlots } from "@/lib/meetings/self-booking";
import {
  answerOnline,
  askOnline,
  placeOnlineMeetings,
  roomLinkFor,
  setMeetingOnline,
} from "@/lib/meetings/online-meetings";
import { agendaOf } from "@/lib/meetings/agenda";
import { agendaFile } from "@/lib/meetings/agenda-ics";
import { undoChange } from "@/lib/undo/undo";
import { UNDO_WINDOW_MS } from "@/lib/undo/undo-rules";
import { badgeOf } from "@/lib/check-in/check-in";
import {
  deleteSavedContact,
  exportSavedContacts,
  saveContact,
  savedByOthersOf,
  savedContactsOf,
  setDetailsWithdrawn,
} from "@/lib/contacts/saved-contacts";
import { firmHome } from "@/lib/home/firm-home";
import { createOpportunity } from "@/lib/consortiums/opportunities";
import { isRoomName } from "@/lib/meetings/online-room";
import { demoActor } from "../support/demo-actor";

let organizer: LoadedActor,
  adminVn: LoadedActor,
  adminJp: LoadedActor,
  attendeeVn: LoadedActor,
  attendeeJp: LoadedActor;
let outsider: LoadedActor;
let eventId: string, vn: string, jp: string, slots: string[];

const reset = async () => {
  await clearMatchingDay(eventId);
  await db.undoRecord.deleteMany({});
  await db.notification.deleteMany({ where: { userId: { in: [adminJp.userId, attendeeJp.userId] } } });
  await db.event.update({ where: { id: eventId }, data: { selfBooking: false, onlineMeetings: false } });
};

beforeAll(async () => {
  process.env.OUTBOX_DIR ??= `${process.cwd()}/var/test-outbox`;
  organizer = await demoActor("organizer.vinasa@demo.kakehashi.example");
  adminVn = await demoActor("admin.vn@demo.kakehashi.example");
  adminJp = await demoActor("admin.jp@demo.kakehashi.example");
  attendeeVn = await demoActor("attendee.vn@demo.kakehashi.example");
  attendeeJp = await demoActor("attendee.jp@demo.kakehashi.example");
  outsider = await demoActor("admin.00010@demo.kakehashi.example");
  eventId = (await db.event.findFirstOrThrow({ where: { isCurrent: true } })).id;
  vn = adminVn.memberships[0]!.firmId;
  jp = adminJp.memberships[0]!.firmId;
  await clearMatchingDay(eventId, { setup: true });
  await addSession(organizer, {
    eventId,
    name: "Morning",
    date: "2026-02-04",
    start: "09:00",
    end: "10:00",
    slotMinutes: 20,
  });
  await setTables(organizer, { eventId, count: 2 });
  slots = (await db.slot.findMany({ where: { eventId }, orderBy: { startsAt: "asc" } })).map((s) => s.id);
  await reset();
}, 60_000);
afterAll(async () => {
  await clearMatchingDay(eventId, { setup: true });
  await db.savedContact.deleteMany({ where: { eventId } });
  await db.undoRecord.deleteMany({});
  await db.$disconnect();
});

async function placedMeeting(online = false) {
  const r = await createMeetingRequest(adminVn, { eventId, fromFirmId: vn, toFirmId: jp, online });
  await actOnMeetingRequest(adminJp, { requestId: r.id, action: "accept" });
  if (online) await placeOnlineMeetings(organizer, eventId);
  else await publishRun(organizer, (await runScheduler(organizer, eventId)).id);
  return db.meeting.findUniqueOrThrow({ where: { requestId: r.id } });
}
const holdsOf = (meetingId: string) => db.firmSlotHold.count({ where: { meetingId } });

/** Every table of the slot taken by meetings between other firms. */
async function fillTables(slotId: string) {
  const others = await db.firm.findMany({
    where: { status: "APPROVED", id: { notIn: [vn, jp] }, participations: { some: { eventId } } },
    orderBy: { id: "asc" },
    take: 4,
    select: { id: true },
  });
  const tables = await db.meetingTable.findMany({ where: { eventId }, orderBy: { number: "asc" } });
  for (const [i, table] of tables.entries()) {
    const req = await db.meetingRequest.create({
      data: {
        eventId,
        fromFirmId: others[2 * i]!.id,
        toFirmId: others[2 * i + 1]!.id,
        requestedById: organizer.userId,
        status: "ACCEPTED",
      },
    });
    await db.meeting.create({
      data: {
        eventId,
        requestId: req.id,
        firmAId: req.fromFirmId,
        firmBId: req.toFirmId,
        slotId,
        tableId: table.id,
        tableSlotKey: `${table.id}:${slotId}`,
        source: "ORGANIZER",
        placedById: organizer.userId,
      },
    });
  }
}

describe("undo", () => {
  it("a no-show is undone by whoever marked it, within the window, once; not by anyone else", async () => {
    await reset();
    const m = await placedMeeting();
    const t0 = new Date();
    const { undoId } = await markMeeting(attendeeVn, { meetingId: m.id, mark: "noShow" }, t0);
    expect(undoId).toBeTruthy();
    await expect(undoChange(adminVn, { undoId: undoId! }, t0)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await undoChange(attendeeVn, { undoId: undoId! }, new Date(t0.getTime() + 60_000));
    const back = await db.meeting.findUniqueOrThrow({ where: { id: m.id } });
    expect([back.status, back.noShowFirmId, back.tableSlotKey]).toEqual(["SCHEDULED", null, m.tableSlotKey]);
    expect(await holdsOf(m.id)).toBe(2);
    await expect(undoChange(attendeeVn, { undoId: undoId! })).rejects.toMatchObject({
      fields: { form: "errors.undo.already" },
    });
  });

  it("after the window it is refused and nothing changes", async () => {
    await reset();
    const m = await placedMeeting();
    const t0 = new Date();
    const { undoId } = await markMeeting(adminJp, { meetingId: m.id, mark: "noShow" }, t0);
    await expect(
      undoChange(adminJp, { undoId: undoId! }, new Date(t0.getTime() + UNDO_WINDOW_MS + 1000)),
    ).rejects.toMatchObject({ code: "CONFLICT", fields: { form: "errors.undo.expired" } });
    const still = await db.meeting.findUniqueOrThrow({ where: { id: m.id } });
    expect([still.status, still.tableSlotKey]).toEqual(["MISSED", null]);
    expect(await holdsOf(m.id)).toBe(0);
    expect((await db.undoRecord.findUniqueOrThrow({ where: { id: undoId! } })).undoneAt).toBeNull();
  });

  it("once a standby firm sits at the table, the no-show cannot be undone, and nothing changes", async () => {
    await reset();
    const m = await placedMeeting();
    const { undoId } = await markMeeting(adminVn, { meetingId: m.id, mark: "noShow" });
    const [standby] = await standbyFor(adminVn, m.id);
    await seatStandby(adminVn, { meetingId: m.id, firmId: standby!.id });
    await expect(undoChange(adminVn, { undoId: undoId! })).rejects.toMatchObject({
      code: "CONFLICT",
      fields: { form: "errors.undo.taken" },
    });
    expect((await db.meeting.findUniqueOrThrow({ where: { id: m.id } })).status).toBe("MISSED");
    expect((await db.undoRecord.findUniqueOrThrow({ where: { id: undoId! } })).undoneAt).toBeNull();
  });

  it("a cancelled meeting comes back at its table, the request accepted again, and the other firm is told", async () => {
    await reset();
    const m = await placedMeeting();
    const { status, undoId } = await actOnMeetingRequest(adminJp, { requestId: m.requestId, action: "cancel" });
    expect(status).toBe("CANCELLED");
    expect(await holdsOf(m.id)).toBe(0);
    await undoChange(adminJp, { undoId: undoId! });
    const [request, meeting] = await Promise.all([
      db.meetingRequest.findUniqueOrThrow({ where: { id: m.requestId } }),
      db.meeting.findUniqueOrThrow({ where: { id: m.id } }),
    ]);
    expect([request.status, request.activePairKey !== null, meeting.status, meeting.tableSlotKey]).toEqual([
      "ACCEPTED",
      true,
      "SCHEDULED",
      m.tableSlotKey,
    ]);
    expect(await holdsOf(m.id)).toBe(2);
    expect(
      await db.notification.count({ where: { userId: attendeeVn.userId, kind: "meetingRestored" } }),
    ).toBeGreaterThan(0);
  });

  it("a withdrawn request is pending again after an undo; a new request between the two meanwhile wins", async () => {
    await reset();
    const r = await createMeetingRequest(attendeeVn, { eventId, fromFirmId: vn, toFirmId: jp });
    const first = await actOnMeetingRequest(attendeeVn, { requestId: r.id, action: "withdraw" });
    await undoChange(attendeeVn, { undoId: first.undoId! });
    expect((await db.meetingRequest.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("PENDING");
    const second = await actOnMeetingRequest(attendeeVn, { requestId: r.id, action: "withdraw" });
    await createMeetingRequest(adminJp, { eventId, fromFirmId: jp, toFirmId: vn });
    await expect(undoChange(attendeeVn, { undoId: second.undoId! })).rejects.toMatchObject({
      fields: { form: "errors.undo.taken" },
    });
    expect((await db.meetingRequest.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("WITHDRAWN");
  });
});

describe("an attendee's rights on the firm's meetings", () => {
  it("attendees mark the day and withdraw; administrators answer and cancel, and a cancellation reads CANCELLED", async () => {
    await reset();
    const m = await placedMeeting();
    await expect(actOnMeetingRequest(attendeeJp, { requestId: m.requestId, action: "cancel" })).rejects.toMatchObject({
      code: "FORBIDDEN",
      fields: { form: "errors.meetings.adminsOnly" },
    });
    await markMeeting(attendeeJp, { meetingId: m.id, mark: "held" });
    expect((await db.meeting.findUniqueOrThrow({ where: { id: m.id } })).status).toBe("HELD");
  });
});

describe("self-booking", () => {
  it("offers only slots where both firms and a suitable table are free, refuses opening a held slot, and tells the host", async () => {
    await reset();
    await db.event.update({ where: { id: eventId }, data: { selfBooking: true } });
    // The booker (VN) is away in slot 1; slot 2's two tables are taken by other meetings.
    await db.firmUnavailability.create({ data: { firmId: vn, slotId: slots[0]! } });
    await fillTables(slots[1]!);
    await setOpenSlots(adminJp, { eventId, firmId: jp, openSlotIds: slots.slice(0, 3) });
    const offer = await bookingOffer(attendeeVn, { bookerFirmId: vn, hostFirmId: jp, eventId });
    expect(offer.slots.map((s) => s.id)).toEqual([slots[2]]);
    const booked = await bookOpenSlot(attendeeVn, { eventId, fromFirmId: vn, toFirmId: jp, slotId: slots[2]! });
    expect(booked.tableNumber).not.toBeNull();
    expect(await db.notification.count({ where: { userId: adminJp.userId, kind: "slotBooked" } })).toBe(1);
    // The host now holds slot 3: opening it again (it is taken) is refused, and nothing changes.
    await expect(setOpenSlots(adminJp, { eventId, firmId: jp, openSlotIds: [slots[2]!] })).rejects.toMatchObject({
      fields: { open: "errors.booking.openHeld" },
    });
    expect(await db.openSlot.count({ where: { firmId: jp } })).toBe(3);
    // Already meeting: nothing more is offered.
    expect(await bookingOffer(attendeeVn, { bookerFirmId: vn, hostFirmId: jp, eventId })).toEqual({
      slots: [],
      blocked: "alreadyMeeting",
    });
  });
});

describe("online meetings", () => {
  it("are refused where the event allows none", async () => {
    await reset();
    await expect(
      createMeetingRequest(attendeeVn, { eventId, fromFirmId: vn, toFirmId: jp, online: true }),
    ).rejects.toMatchObject({ fields: { online: "errors.online.off" } });
  });

  it("use no table, hold both firms' slot, and have a room link for the two firms only, on both agendas and in the .ics", async () => {
    await reset();
    await saveMatchingSettings(organizer, { eventId, selfBooking: false, onlineMeetings: true });
    const m = await placedMeeting(true);
    expect([m.tableId, m.tableSlotKey, isRoomName(m.roomName ?? "")]).toEqual([null, null, true]);
    expect(await holdsOf(m.id)).toBe(2);
    const { url } = await roomLinkFor(attendeeJp, m.id);
    expect(url).toBe(`https://meet.jit.si/${m.roomName}`);
    for (const who of [outsider, organizer])
      await expect(roomLinkFor(who, m.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const [mine, theirs, asOrganizer] = await Promise.all([
      agendaOf(adminVn, vn, eventId),
      agendaOf(attendeeJp, jp, eventId),
      agendaOf(organizer, jp, eventId),
    ]);
    expect([mine[0]!.roomUrl, theirs[0]!.roomUrl, mine[0]!.table]).toEqual([url, url, null]);
    expect(asOrganizer[0]!.online && asOrganizer[0]!.roomUrl === null).toBe(true);
    const ics = agendaFile({
      eventName: "Japan ICT Day",
      venue: "NCC",
      timeZone: "Asia/Ho_Chi_Minh",
      origin: "https://kakehashi.example",
      locale: "ja",
      t: (k) => k,
      items: theirs,
    });
    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!;
    expect(vevent.getFirstPropertyValue("location")).toBe(url);
    expect(String(vevent.getFirstPropertyValue("description"))).toContain(url);
    // The scheduler's instance leaves it out of the competition for tables, and its slot is taken for both firms.
    const data = await loadSchedulingData(eventId);
    const instance = buildInstance(data, data.requests);
    expect(instance.meetings.map((x) => x.id)).not.toContain(m.requestId);
    expect(data.blocked.get(vn)?.has(m.slotId) && data.blocked.get(jp)?.has(m.slotId)).toBe(true);
  });

  it("one firm asks, the other's administrator agrees: the placed meeting leaves its table; back in person it gets one", async () => {
    await reset();
    await db.event.update({ where: { id: eventId }, data: { onlineMeetings: true } });
    const m = await placedMeeting();
    expect(m.tableId).not.toBeNull();
    await askOnline(attendeeVn, { requestId: m.requestId, firmId: vn });
    await expect(askOnline(attendeeVn, { requestId: m.requestId, firmId: vn })).rejects.toMatchObject({
      fields: { form: "errors.online.asked" },
    });
    await expect(answerOnline(attendeeJp, { requestId: m.requestId, accept: true })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await answerOnline(adminJp, { requestId: m.requestId, accept: true });
    const online = await db.meeting.findUniqueOrThrow({ where: { id: m.id } });
    expect([online.tableId, online.tableSlotKey, online.slotId, isRoomName(online.roomName!)]).toEqual([
      null,
      null,
      m.slotId,
      true,
    ]);
    expect(await holdsOf(m.id)).toBe(2);
    await setMeetingOnline(organizer, { requestId: m.requestId, online: false });
    const inPerson = await db.meeting.findUniqueOrThrow({ where: { id: m.id } });
    expect([inPerson.tableId !== null, inPerson.roomName]).toEqual([true, null]);
  });

  it("can be booked online in an open slot even when every table is taken", async () => {
    await reset();
    await db.event.update({ where: { id: eventId }, data: { selfBooking: true, onlineMeetings: true } });
    await setOpenSlots(adminJp, { eventId, firmId: jp, openSlotIds: [slots[0]!] });
    await fillTables(slots[0]!);
    expect((await bookingOffer(attendeeVn, { bookerFirmId: vn, hostFirmId: jp, eventId })).slots).toEqual([]);
    expect(
      (await bookingOffer(attendeeVn, { bookerFirmId: vn, hostFirmId: jp, eventId, online: true })).slots,
    ).toHaveLength(1);
    await expect(
      bookOpenSlot(attendeeVn, { eventId, fromFirmId: vn, toFirmId: jp, slotId: slots[0]! }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const booked = await bookOpenSlot(attendeeVn, {
      eventId,
      fromFirmId: vn,
      toFirmId: jp,
      slotId: slots[0]!,
      online: true,
    });
    expect(booked).toMatchObject({ tableNumber: null, online: true });
    expect(
      (await db.meetingRequest.findFirstOrThrow({ where: { eventId, fromFirmId: vn, toFirmId: jp } })).online,
    ).toBe(true);
  });
});

describe("contacts from badges", () => {
  it("saves a person by scan or typed code, updates on a second scan, and refuses what is not a badge of this event", async () => {
    await db.savedContact.deleteMany({ where: { eventId } });
    const badge = await badgeOf(attendeeVn, eventId);
    const scanned = `https://kakehashi.example/ja/organizer/check-in?code=${badge.code}`;
    const first = await saveContact(attendeeJp, eventId, { code: scanned, note: "AUTOSAR 案件", rating: "4" });
    expect(first).toMatchObject({ created: true });
    const second = await saveContact(attendeeJp, eventId, {
      code: `${badge.code.slice(0, 4)} ${badge.code.slice(4).toLowerCase()}`,
      note: "AUTOSAR 案件、3月に連絡",
      rating: 5,
    });
    expect(second).toEqual({ ...first, created: false });
    expect(await db.savedContact.count({ where: { eventId, ownerId: attendeeJp.userId } })).toBe(1);
    // Two taps at once: still one row.
    await Promise.all([1, 2].map(() => saveContact(adminJp, eventId, { code: badge.code })));
    expect(await db.savedContact.count({ where: { eventId, ownerId: adminJp.userId } })).toBe(1);

    await expect(saveContact(attendeeJp, eventId, { code: "https://example.com/menu" })).rejects.toMatchObject({
      fields: { code: "errors.contacts.notBadge" },
    });
    await expect(saveContact(attendeeJp, eventId, { code: "ZZZZZZZZ" })).rejects.toMatchObject({
      fields: { code: "errors.contacts.unknownBadge" },
    });
    await expect(saveContact(attendeeVn, eventId, { code: badge.code })).rejects.toMatchObject({
      fields: { code: "errors.contacts.self" },
    });
    // Another edition still to come (the past one's seeded badges are not in the code alphabet).
    const other = await db.event.findFirstOrThrow({ where: { id: { not: eventId }, endsAt: { gt: new Date() } } });
    const otherBadge = await badgeOf(attendeeVn, other.id);
    await expect(saveContact(attendeeJp, eventId, { code: otherBadge.code })).rejects.toMatchObject({
      fields: { code: "errors.contacts.otherEvent" },
    });
    await expect(saveContact(organizer, eventId, { code: badge.code })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const [saved] = await savedContactsOf(attendeeJp, eventId);
    expect(saved).toMatchObject({ note: "AUTOSAR 案件、3月に連絡", rating: 5, person: { email: attendeeVn.email } });
    expect(saved!.person!.firm?.nameLocal).toBeTruthy();
    const event = await db.event.findUniqueOrThrow({ where: { id: eventId } });
    const vcard = await exportSavedContacts(attendeeJp, event, "vcard", "ja");
    expect(vcard.body).toContain(`EMAIL;TYPE=work:${attendeeVn.email}`);
    const hubspot = await exportSavedContacts(attendeeJp, event, "hubspot", "ja");
    expect(hubspot.body.split("\r\n")[0]).toBe(
      "\uFEFFFirst Name,Last Name,Email,Company Name,Website URL,Country/Region,Lifecycle Stage,Kakehashi Rating,Kakehashi Note",
    );
  });

  it("the saved person sees who saved them and withdraws their details: the saver keeps only the note", async () => {
    const event = await db.event.findUniqueOrThrow({ where: { id: eventId } });
    const mine = await savedByOthersOf(attendeeVn, eventId);
    const byJp = mine.find((s) => s.name === attendeeJp.displayName)!;
    expect(byJp.withdrawn).toBe(false);
    await expect(setDetailsWithdrawn(attendeeJp, { id: byJp.id, withdrawn: true })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await setDetailsWithdrawn(attendeeVn, { id: byJp.id, withdrawn: true });
    const [saved] = await savedContactsOf(attendeeJp, eventId);
    expect([saved!.withdrawn, saved!.person, saved!.note]).toEqual([true, null, "AUTOSAR 案件、3月に連絡"]);
    expect((await exportSavedContacts(attendeeJp, event, "vcard", "en")).body).not.toContain(attendeeVn.email);
    await expect(
      saveContact(attendeeJp, eventId, { code: (await badgeOf(attendeeVn, eventId)).code }),
    ).rejects.toMatchObject({
      fields: { code: "errors.contacts.withdrawn" },
    });
    // Deleting asks first.
    await expect(deleteSavedContact(attendeeJp, { id: saved!.id })).rejects.toMatchObject({
      fields: { form: "errors.confirm.needed" },
    });
    await deleteSavedContact(attendeeJp, { id: saved!.id, confirm: "yes" });
    expect(await savedContactsOf(attendeeJp, eventId)).toEqual([]);
  });
});

describe("the firm home", () => {
  it("lists requests to answer with the deadline, the next meeting with its table, and the event's state", async () => {
    await reset();
    const m = await placedMeeting();
    const unreadBefore = await unreadMessageCount(attendeeJp);
    // The request's message opens the firms' thread (issue 19): one unread message for the Japanese firm's people.
    await createMeetingRequest(outsider, {
      eventId,
      fromFirmId: outsider.memberships[0]!.firmId,
      toFirmId: jp,
      message: "We would like to meet about AUTOSAR testing.",
    });
    const slot = await db.slot.findUniqueOrThrow({ where: { id: m.slotId } });
    const now = new Date(slot.startsAt.getTime() - 5 * 60_000);
    await db.event.update({
      where: { id: eventId },
      data: { requestDeadline: new Date(now.getTime() + 26 * 3600_000) },
    });
    const home = await firmHome(attendeeJp, { firmId: jp, eventId, now });
    expect(home.tasks.toAnswer.map((r) => r.from.id)).toEqual([outsider.memberships[0]!.firmId]);
    expect(home.tasks.deadlineLeft).toEqual({ days: 1, hours: 2, minutes: 0 });
    expect(home.tasks.unreadMessages).toBe(unreadBefore + 1);
    expect(home.meetings.next).toMatchObject({ id: m.id, partner: { id: vn } });
    expect(home.meetings.next!.table).not.toBeNull();
    await expect(firmHome(outsider, { firmId: jp, eventId })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("consortium deadlines", () => {
  it("are kept in the event's zone and a past one is refused", async () => {
    const event = await db.event.findUniqueOrThrow({ where: { id: eventId } });
    const capability = await db.taxonomyNode.findFirstOrThrow({ where: { kind: "CAPABILITY" } });
    const input = (deadline: string) => ({
      leadFirmId: jp,
      title: "Smart factory bid, Thailand",
      region: "ASEAN" as const,
      clientType: "ENTERPRISE" as const,
      budgetBand: "M2_10" as const,
      deadline,
      languages: ["en" as const],
      visibility: "OPEN" as const,
      requirements: [{ capabilityId: capability.id, mustHave: true, weight: 3 }],
    });
    const now = new Date("2026-01-10T00:00:00Z");
    await expect(createOpportunity(adminJp, { eventId, ...input("2026-01-09") }, now)).rejects.toMatchObject({
      fields: { deadline: "errors.consortium.deadlinePast" },
    });
    const o = await createOpportunity(adminJp, { eventId, ...input("2026-03-20") }, now);
    const local = new Intl.DateTimeFormat("en-CA", {
      timeZone: event.timeZone,
      dateStyle: "short",
      timeStyle: "short",
      hourCycle: "h23",
    }).format(o.deadline!);
    expect(local).toBe("2026-03-20, 23:59");
    await db.opportunity.delete({ where: { id: o.id } });
  });
});
