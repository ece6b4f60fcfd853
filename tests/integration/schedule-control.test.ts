// The organizers' control of the schedule, against the real database: meetings created, moved, cancelled and
// placed over the cap by hand (one transaction each, the keys deciding races between organizers), publishing with
// a preview, one mail per firm per publication, changes batched into one mail per firm, and undoing the last
// publication (refused with reasons once firms booked or meetings moved, or once the day has started).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { db } from "@/lib/db";
import { firmLabel } from "@/lib/firms/firm-name";
import { loadActor, type LoadedActor } from "@/lib/auth/load-actor";
import { addInterpreterTables, addSession, saveMatchingSettings, setTables } from "@/lib/event-setup/event-setup";
import { actOnMeetingRequest, createMeetingRequest } from "@/lib/meetings/meeting-requests";
import { bookOpenSlot, setOpenSlots } from "@/lib/meetings/self-booking";
import { moveMeeting, PlacementRefused } from "@/lib/meetings/placement";
import { CapReached, cancelMeetingByHand, createMeetingByHand } from "@/lib/meetings/organizer-meetings";
import { runScheduler } from "@/lib/meetings/scheduler-run";
import { publicationPreview, publish, undoPublication, UndoRefused, undoState } from "@/lib/meetings/publication";
import { sendScheduleChangesNow, sendUntoldChanges } from "@/lib/meetings/schedule-changes";
import { scheduleGrid } from "@/lib/meetings/grid-facts";
import { capacityView } from "@/lib/meetings/capacity-view";
import { readOutbox } from "@/lib/notifications/mailer";
import { interpreterNeeded, LANGUAGE_STAFF_FIELDS } from "@/lib/matching/language-capacity";
import { clearMatchingDay } from "@/prisma/seed/matching-day";
import { demoActor } from "../support/demo-actor";

let organizer: LoadedActor, organizer2: LoadedActor, eventId: string;
let slots: { id: string; startsAt: Date }[];
let tables: { id: string; number: number; interpreter: string | null }[];
/** Approved, registered firms with their administrators: Vietnamese and Japanese. */
let vn: { firmId: string; actor: LoadedActor }[], jp: { firmId: string; actor: LoadedActor }[];
let outbox: string;

async function admins(country: "VN" | "JP", n: number) {
  const rows = await db.membership.findMany({
    where: {
      role: "FIRM_ADMIN",
      user: { email: { startsWith: "admin.0" } },
      firm: { status: "APPROVED", country, participations: { some: { eventId } } },
    },
    orderBy: { firmId: "asc" },
    take: n,
  });
  return Promise.all(rows.map(async (m) => ({ firmId: m.firmId, actor: (await loadActor(m.userId))! })));
}

async function accepted(from: { firmId: string; actor: LoadedActor }, to: { firmId: string; actor: LoadedActor }) {
  const r = await createMeetingRequest(from.actor, { eventId, fromFirmId: from.firmId, toFirmId: to.firmId });
  await actOnMeetingRequest(to.actor, { requestId: r.id, action: "accept" });
  return r.id;
}

/** A cell the grid offers for a meeting of a and b (free, suitable, not planned by the preview). */
async function openCell(a: string, b: string) {
  const grid = await scheduleGrid(organizer, eventId);
  const [fa, fb] = await Promise.all(
    [a, b].map((id) => db.firm.findUniqueOrThrow({ where: { id }, select: LANGUAGE_STAFF_FIELDS })),
  );
  const cell = grid.openCells({ firms: [a, b], interpreter: interpreterNeeded(fa!, fb!) })[0]!;
  return { slotId: grid.slots[cell.slotIdx]!.id, tableId: grid.tables[cell.tableIdx]!.id };
}

/** Cells the grid offers for moving a meeting (not its own), in grid order. */
async function cellsFor(meetingId: string) {
  const grid = await scheduleGrid(organizer, eventId);
  const m = grid.meetingById.get(meetingId)!;
  return grid
    .openCells({ firms: [m.firmAId, m.firmBId], interpreter: m.interpreter, exceptMeetingId: m.id })
    .map((c) => ({ slotId: grid.slots[c.slotIdx]!.id, tableId: grid.tables[c.tableIdx]!.id }))
    .filter((c) => c.slotId !== m.slotId || c.tableId !== m.tableId);
}

const mailsOf = async (kind: string) => (await readOutbox(5000)).filter((m) => m.kind === kind);

beforeAll(async () => {
  outbox = mkdtempSync(path.join(tmpdir(), "kakehashi-schedule-control-"));
  process.env.OUTBOX_DIR = outbox;
  delete process.env.SMTP_URL;
  organizer = await demoActor("organizer.vinasa@demo.kakehashi.example");
  organizer2 = await demoActor("organizer.jetro@demo.kakehashi.example");
  eventId = (await db.event.findFirstOrThrow({ where: { isCurrent: true } })).id;
  await clearMatchingDay(eventId, { setup: true });
  await addSession(organizer, {
    eventId,
    name: "Morning",
    date: "2027-02-04",
    start: "09:00",
    end: "11:00",
    slotMinutes: 20,
  });
  await setTables(organizer, { eventId, count: 3, interpreterTables: "3" });
  slots = await db.slot.findMany({ where: { eventId }, orderBy: { startsAt: "asc" } });
  tables = await db.meetingTable.findMany({ where: { eventId }, orderBy: { number: "asc" } });
  vn = await admins("VN", 12);
  jp = await admins("JP", 12);
});
beforeEach(async () => {
  await clearMatchingDay(eventId);
  await db.publication.deleteMany({ where: { eventId } });
  rmSync(outbox, { recursive: true, force: true });
});
afterAll(async () => {
  await clearMatchingDay(eventId, { setup: true });
  await db.publication.deleteMany({ where: { eventId } });
  rmSync(outbox, { recursive: true, force: true });
  delete process.env.OUTBOX_DIR;
  await db.$disconnect();
});

describe("meetings by hand", () => {
  it("creates a meeting between two chosen firms (an accepted request arranged by the organizers)", async () => {
    const { meetingId, requestId } = await createMeetingByHand(organizer, eventId, {
      firmAId: vn[0]!.firmId,
      firmBId: jp[0]!.firmId,
      slotId: slots[1]!.id,
      tableId: tables[0]!.id,
    });
    const request = await db.meetingRequest.findUniqueOrThrow({ where: { id: requestId } });
    expect([request.status, request.byOrganizers]).toEqual(["ACCEPTED", true]);
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    expect([meeting.source, meeting.overCap, meeting.slotId]).toEqual(["ORGANIZER", false, slots[1]!.id]);
    expect(await db.firmSlotHold.count({ where: { meetingId } })).toBe(2);
    // The same pair again, anywhere: they already have a meeting.
    await expect(
      createMeetingByHand(organizer, eventId, {
        firmAId: jp[0]!.firmId,
        firmBId: vn[0]!.firmId,
        slotId: slots[2]!.id,
        tableId: tables[1]!.id,
      }),
    ).rejects.toMatchObject({ fields: { form: "errors.placement.alreadyMeeting" } });
    // Into the taken cell, with another pair: refused with the reasons.
    const refused = await createMeetingByHand(organizer, eventId, {
      firmAId: vn[0]!.firmId,
      firmBId: jp[1]!.firmId,
      slotId: slots[1]!.id,
      tableId: tables[0]!.id,
    }).catch((e) => e);
    expect(refused).toBeInstanceOf(PlacementRefused);
    expect((refused as PlacementRefused).conflicts.map((c) => c.reason).sort()).toEqual(["busy", "tableTaken"]);
    // The audit entry names the firms and the place.
    const entry = await db.auditEntry.findFirstOrThrow({ where: { targetId: meetingId, action: "meeting.create" } });
    expect(JSON.parse(entry.details)).toMatchObject({ firmA: vn[0]!.firmId, firmB: jp[0]!.firmId, table: 1 });
  });

  it("refuses unknown firms, slots, tables, requests and meetings in words, changing nothing", async () => {
    const cases = [
      { firmAId: "no-such-firm", firmBId: jp[0]!.firmId, slotId: slots[0]!.id, tableId: tables[0]!.id },
      { firmAId: vn[0]!.firmId, firmBId: jp[0]!.firmId, slotId: "no-such-slot", tableId: tables[0]!.id },
      { firmAId: vn[0]!.firmId, firmBId: jp[0]!.firmId, slotId: slots[0]!.id, tableId: "no-such-table" },
      { requestId: "no-such-request", slotId: slots[0]!.id, tableId: tables[0]!.id },
      { firmAId: vn[0]!.firmId, firmBId: vn[0]!.firmId, slotId: slots[0]!.id, tableId: tables[0]!.id },
    ];
    for (const input of cases) {
      const e = await createMeetingByHand(organizer, eventId, input).catch((x) => x);
      expect(e.fields.form).toMatch(/^errors\.placement\./);
    }
    await expect(cancelMeetingByHand(organizer, { meetingId: "no-such-meeting", reason: "x" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      moveMeeting(organizer, { meetingId: "no-such-meeting", slotId: slots[0]!.id, tableId: tables[0]!.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      createMeetingByHand(vn[0]!.actor, eventId, {
        firmAId: vn[0]!.firmId,
        firmBId: jp[0]!.firmId,
        slotId: slots[0]!.id,
        tableId: tables[0]!.id,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.meeting.count({ where: { eventId } })).toBe(0);
    expect(await db.meetingRequest.count({ where: { eventId } })).toBe(0);
  });

  it("two organizers (ten requests) creating meetings in one cell at once: exactly one is placed", async () => {
    const attempts = Array.from({ length: 10 }, (_, i) =>
      createMeetingByHand(i % 2 ? organizer : organizer2, eventId, {
        firmAId: vn[i]!.firmId,
        firmBId: jp[i]!.firmId,
        slotId: slots[0]!.id,
        tableId: tables[0]!.id,
      }),
    );
    const results = await Promise.allSettled(attempts);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    // A pair that needs an interpreter is refused at a table without one whether or not the table is taken yet:
    // on PostgreSQL its facts may be read before the winner commits, so "interpreter" may be its only reason.
    const pairs = await Promise.all(
      results.map(async (_, i) => {
        const [fa, fb] = await Promise.all(
          [vn[i]!.firmId, jp[i]!.firmId].map((id) =>
            db.firm.findUniqueOrThrow({ where: { id }, select: LANGUAGE_STAFF_FIELDS }),
          ),
        );
        return interpreterNeeded(fa!, fb!);
      }),
    );
    results.forEach((r, i) => {
      if (r.status !== "rejected") return;
      expect(r.reason.code).toBe("CONFLICT");
      if (!(r.reason instanceof PlacementRefused)) return;
      const reasons = r.reason.conflicts.map((c) => c.reason);
      if (pairs[i] && tables[0]!.interpreter !== pairs[i]) expect(reasons).toContain("interpreter");
      else expect(r.reason.conflicts).toContainEqual({ reason: "tableTaken", table: 1 });
    });
    expect(await db.meeting.count({ where: { eventId, status: "SCHEDULED" } })).toBe(1);
    // Nothing half-done: no request without its meeting, no hold without its meeting.
    expect(await db.meetingRequest.count({ where: { eventId } })).toBe(1);
    expect(await db.firmSlotHold.count({ where: { slot: { eventId } } })).toBe(2);
  });

  it("two organizers moving one meeting at once: one move wins, the holds follow it", async () => {
    const { meetingId } = await createMeetingByHand(organizer, eventId, {
      firmAId: vn[0]!.firmId,
      firmBId: jp[0]!.firmId,
      slotId: slots[0]!.id,
      tableId: tables[0]!.id,
    });
    const results = await Promise.allSettled([
      moveMeeting(organizer, { meetingId, slotId: slots[2]!.id, tableId: tables[0]!.id }),
      moveMeeting(organizer2, { meetingId, slotId: slots[4]!.id, tableId: tables[1]!.id }),
      moveMeeting(organizer, { meetingId, slotId: slots[5]!.id, tableId: tables[0]!.id }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled").length).toBeGreaterThanOrEqual(1);
    const m = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    const holds = await db.firmSlotHold.findMany({ where: { meetingId } });
    expect(holds).toHaveLength(2);
    expect(holds.every((h) => h.slotId === m.slotId)).toBe(true);
    expect(m.tableSlotKey).toBe(`${m.tableId}:${m.slotId}`);
  });

  it("places over the cap only when asked, for that meeting only, and records it", async () => {
    await saveMatchingSettings(organizer, { eventId, meetingCapPerFirm: "1" });
    await createMeetingByHand(organizer, eventId, {
      firmAId: vn[0]!.firmId,
      firmBId: jp[0]!.firmId,
      slotId: slots[0]!.id,
      tableId: tables[0]!.id,
    });
    const r = await accepted(vn[0]!, jp[1]!);
    const atCap = await createMeetingByHand(organizer, eventId, {
      requestId: r,
      slotId: slots[1]!.id,
      tableId: tables[0]!.id,
    }).catch((e) => e);
    expect(atCap).toBeInstanceOf(CapReached);
    expect((atCap as CapReached).conflicts).toEqual([{ reason: "cap", firmId: vn[0]!.firmId, cap: 1 }]);
    const { meetingId } = await createMeetingByHand(organizer, eventId, {
      requestId: r,
      slotId: slots[1]!.id,
      tableId: tables[0]!.id,
      overCap: true,
    });
    expect((await db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).overCap).toBe(true);
    expect(await db.auditEntry.count({ where: { targetId: meetingId, action: "meeting.overCap" } })).toBe(1);
    await saveMatchingSettings(organizer, { eventId, meetingCapPerFirm: "" });
  });

  it("cancels with a reason (required): the cell and both firms free at once, the request ends", async () => {
    const { meetingId, requestId } = await createMeetingByHand(organizer, eventId, {
      firmAId: vn[0]!.firmId,
      firmBId: jp[0]!.firmId,
      slotId: slots[0]!.id,
      tableId: tables[0]!.id,
    });
    await expect(cancelMeetingByHand(organizer, { meetingId, reason: "  " })).rejects.toMatchObject({
      fields: { reason: "errors.placement.reasonRequired" },
    });
    await cancelMeetingByHand(organizer, { meetingId, reason: "Tokyo Data cannot travel" });
    const m = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    expect([m.status, m.tableSlotKey, m.cancelReason]).toEqual(["CANCELLED", null, "Tokyo Data cannot travel"]);
    expect(await db.firmSlotHold.count({ where: { meetingId } })).toBe(0);
    expect((await db.meetingRequest.findUniqueOrThrow({ where: { id: requestId } })).status).toBe("WITHDRAWN");
    await expect(cancelMeetingByHand(organizer, { meetingId, reason: "again" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    // The cell takes another meeting.
    await createMeetingByHand(organizer, eventId, {
      firmAId: vn[1]!.firmId,
      firmBId: jp[1]!.firmId,
      slotId: slots[0]!.id,
      tableId: tables[0]!.id,
    });
  });

  it("the grid shows each meeting at its cell and the preview's planned ones", async () => {
    const r = await accepted(vn[2]!, jp[2]!);
    const { meetingId } = await createMeetingByHand(organizer, eventId, {
      firmAId: vn[0]!.firmId,
      firmBId: jp[0]!.firmId,
      slotId: slots[3]!.id,
      tableId: tables[1]!.id,
    });
    await runScheduler(organizer, eventId);
    const grid = await scheduleGrid(organizer, eventId);
    expect(grid.tableCell(1, 3)?.id).toBe(meetingId);
    expect(grid.facts.planned.map((p) => p.requestId)).toEqual([r]);
    expect(grid.firmCell(vn[2]!.firmId, grid.slotIndex.get(grid.facts.planned[0]!.slotId)!)).toEqual({
      kind: "planned",
      requestId: r,
    });
  });
});

describe("publishing, change mails and undo", () => {
  it("previews, publishes with one mail per firm, batches changes into one mail per firm, undoes and publishes again", async () => {
    const pairs = [0, 1, 2, 3].map((i) => [vn[i]!, jp[i]!] as const);
    for (const [a, b] of pairs) await accepted(a, b);
    const run = await runScheduler(organizer, eventId);
    // A meeting made by hand before publishing is announced with the publication, not on its own.
    await createMeetingByHand(organizer, eventId, {
      firmAId: vn[5]!.firmId,
      firmBId: jp[5]!.firmId,
      ...(await openCell(vn[5]!.firmId, jp[5]!.firmId)),
    });
    expect((await sendUntoldChanges(eventId, { due: "all" })).firms).toBe(0);
    const preview = await publicationPreview(organizer, eventId);
    expect([preview.runId, preview.placed, preview.changed, preview.firms.length]).toEqual([run.id, 4, 1, 10]);
    // A stale preview (something changed since the organizer looked) is refused.
    await expect(publish(organizer, eventId, { runId: run.id, fingerprint: "stale" })).rejects.toMatchObject({
      fields: { form: "errors.publication.changed" },
    });
    const first = await publish(organizer, eventId, {
      runId: run.id,
      fingerprint: preview.fingerprint,
    });
    expect([first.placed, first.firms]).toEqual([4, 10]);
    const published = await mailsOf("schedulePublished");
    const perRecipient = new Map<string, number>();
    for (const m of published) perRecipient.set(m.to, (perRecipient.get(m.to) ?? 0) + 1);
    expect([...perRecipient.values()].every((n) => n === 1)).toBe(true);
    expect(await db.publicationFirm.count({ where: { publicationId: first.publicationId } })).toBe(10);

    // After publishing: a move there and back tells nothing; a move and a cancellation tell each firm once.
    const [m0, m1] = await db.meeting.findMany({
      where: { publicationId: first.publicationId },
      orderBy: { id: "asc" },
    });
    const [there] = await cellsFor(m0!.id);
    await moveMeeting(organizer, { meetingId: m0!.id, ...there! });
    await moveMeeting(organizer, { meetingId: m0!.id, slotId: m0!.slotId, tableId: m0!.tableId! });
    const [x, y] = await cellsFor(m1!.id);
    await moveMeeting(organizer, { meetingId: m1!.id, ...x! });
    await moveMeeting(organizer, { meetingId: m1!.id, ...y! });
    // Not yet: the firms' changes are still in their quiet period.
    expect((await sendUntoldChanges(eventId, { due: "quiet" })).firms).toBe(0);
    const sent = await sendScheduleChangesNow(organizer, eventId);
    expect(sent.firms).toBe(2);
    const changed = await mailsOf("scheduleChanged");
    expect(new Set(changed.map((m) => m.to)).size).toBe(changed.length);
    const partners = await db.firm.findMany({ where: { id: { in: [m1!.firmAId, m1!.firmBId] } } });
    // The partner named in both scripts, the reader's first (issue 19).
    for (const mail of changed) expect(partners.some((f) => mail.text.includes(firmLabel(f, mail.locale)))).toBe(true);
    expect((await sendScheduleChangesNow(organizer, eventId)).firms).toBe(0);

    // Undo is refused after a move of one of its meetings, with the meeting named.
    const refused = await undoPublication(organizer, eventId, { publicationId: first.publicationId }).catch((e) => e);
    expect(refused).toBeInstanceOf(UndoRefused);
    expect((refused as UndoRefused).refusals).toContainEqual({
      reason: "moved",
      meetingId: m1!.id,
      firmAId: m1!.firmAId,
      firmBId: m1!.firmBId,
    });
    // Put it back where it was published: now it can be undone, and each firm that lost meetings is told once.
    const was = await db.schedulerRun.findUniqueOrThrow({ where: { id: run.id } });
    const placement = JSON.parse(was.result).placements.find(
      (p: { requestId: string }) => p.requestId === m1!.requestId,
    );
    await moveMeeting(organizer, { meetingId: m1!.id, slotId: placement.slotId, tableId: placement.tableId });
    expect((await undoState(organizer, eventId))!.refusals).toEqual([]);
    const undone = await undoPublication(organizer, eventId, { publicationId: first.publicationId });
    expect(undone).toEqual({ removed: 4, firms: 8 });
    expect(await db.meeting.count({ where: { eventId, status: "SCHEDULED" } })).toBe(1);
    expect((await db.schedulerRun.findUniqueOrThrow({ where: { id: run.id } })).status).toBe("PREVIEW");
    const withdrawn = await mailsOf("scheduleWithdrawn");
    expect(new Set(withdrawn.map((m) => m.to)).size).toBe(withdrawn.length);
    await expect(undoPublication(organizer, eventId, { publicationId: first.publicationId })).rejects.toBeInstanceOf(
      UndoRefused,
    );

    // Publish again: the same placements, each firm one more mail.
    const second = await publish(organizer, eventId, { runId: run.id });
    expect(second.placed).toBe(4);
    expect(second.firms).toBe(8);
    const again = await mailsOf("schedulePublished");
    const counts = new Map<string, number>();
    for (const m of again) counts.set(m.to, (counts.get(m.to) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBe(2);
    expect(await db.auditEntry.count({ where: { action: "schedule.undo" } })).toBeGreaterThan(0);
  });

  it("refuses to undo once a firm booked a meeting since, or once the day has started", async () => {
    const [a, b, c] = [vn[0]!, jp[0]!, vn[1]!];
    await accepted(a, b);
    const run = await runScheduler(organizer, eventId);
    const { publicationId } = await publish(organizer, eventId, { runId: run.id });
    expect((await undoState(organizer, eventId, slots[0]!.startsAt))!.refusals).toContainEqual({ reason: "started" });
    await expect(undoPublication(organizer, eventId, { publicationId }, slots[0]!.startsAt)).rejects.toMatchObject({
      refusals: [{ reason: "started" }],
    });
    // The Japanese firm opens a slot, another firm books it after the publication.
    await saveMatchingSettings(organizer, { eventId, selfBooking: true });
    const held = await db.firmSlotHold.findMany({ where: { firmId: b.firmId } });
    const open = slots.find((s) => !held.some((h) => h.slotId === s.id))!;
    await setOpenSlots(b.actor, { eventId, firmId: b.firmId, openSlotIds: [open.id] });
    const booked = await bookOpenSlot(c.actor, { eventId, fromFirmId: c.firmId, toFirmId: b.firmId, slotId: open.id });
    const refused = await undoPublication(organizer, eventId, { publicationId }).catch((e) => e);
    expect(refused).toBeInstanceOf(UndoRefused);
    expect((refused as UndoRefused).refusals).toContainEqual({
      reason: "booked",
      meetingId: booked.meetingId,
      firmAId: c.firmId,
      firmBId: b.firmId,
    });
    // Nothing was removed.
    expect(await db.meeting.count({ where: { publicationId } })).toBe(1);
    await saveMatchingSettings(organizer, { eventId, selfBooking: false });
  });
});

describe("capacity", () => {
  it("says the interpreter tables are short, and one more places the meetings it said", async () => {
    // Eight pairs that need a ja–vi interpreter, for one ja–vi table and six slots: 8 meetings, 6 places.
    const staff = { id: true, ...LANGUAGE_STAFF_FIELDS } as const;
    const vnFirms = await admins("VN", 240);
    const jpFirms = await admins("JP", 240);
    const langs = new Map(
      (
        await db.firm.findMany({
          where: { status: "APPROVED", participations: { some: { eventId } } },
          select: staff,
        })
      ).map((f) => [f.id, f]),
    );
    const pairsNeeding: [(typeof vnFirms)[number], (typeof jpFirms)[number]][] = [];
    const used = new Set<string>();
    for (const a of vnFirms)
      for (const b of jpFirms)
        if (
          pairsNeeding.length < 8 &&
          !used.has(a.firmId) &&
          !used.has(b.firmId) &&
          interpreterNeeded(langs.get(a.firmId)!, langs.get(b.firmId)!) === "ja-vi"
        ) {
          pairsNeeding.push([a, b]);
          used.add(a.firmId).add(b.firmId);
        }
    expect(pairsNeeding).toHaveLength(8);
    for (const [a, b] of pairsNeeding) await accepted(a, b);
    await runScheduler(organizer, eventId);
    const view = await capacityView(organizer, eventId);
    const pair = view.report.pairs.find((p) => p.pair === "ja-vi")!;
    expect([pair.demanded, pair.places, pair.moreTables]).toEqual([8, 6, 1]);
    const hints = [...view.hints.values()];
    expect(hints).toHaveLength(2);
    expect(hints[0]).toMatchObject({ kind: "moreInterpreterTables", pair: "ja-vi", tables: 1, placesMeetings: 2 });
    await addInterpreterTables(organizer, eventId, { pair: "ja-vi", count: 1 });
    const rerun = await runScheduler(organizer, eventId);
    expect(rerun.placed).toBe(8);
    await db.meetingTable.deleteMany({ where: { eventId, number: { gt: 3 } } });
  });
});
