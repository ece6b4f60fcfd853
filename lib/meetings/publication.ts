// Publishing the schedule: what it will do (the preview the organizer confirms), doing it (the run's placements
// become meetings and every firm whose schedule changed gets one mail, in one transaction), and undoing the last
// publication before the matching day starts (the meetings it placed are removed, the run is a preview again,
// the firms that lost meetings are told once). Refusals say why in words; nothing is ever half done.
import { createHash, randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { assertEventIdOpen } from "@/lib/events/event-guard";
import { audit } from "@/lib/audit/audit";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { isOrganizer } from "@/lib/auth/policy";
import { parseRunResult } from "./run-result";
import { tableSlotKey } from "./placement-rules";
import { newRoomName } from "./online-room";
import { untoldChanges } from "./schedule-changes";
import { mailFirmSchedules } from "./schedule-mail";

function requireOrganizer(actor: Actor) {
  if (!isOrganizer(actor)) throw new AppError("FORBIDDEN", "organizers only");
}

const stale = () => new AppError("CONFLICT", "the event changed since the preview", { form: "errors.schedule.stale" });

export type PublicationPlan = {
  runId: string | null;
  /** Meetings the run places. */
  placed: number;
  /** Meetings changed by hand that the firms have not been told of. */
  changed: number;
  /** Firm -> what it is told: new meetings from the run, changed meetings. */
  firms: Map<string, { placed: number; changed: number }>;
  /** Says what this plan is; publishing with it is refused if the plan has changed since the organizer saw it. */
  fingerprint: string;
};

/** What publishing would do now: the latest preview run (if any) and the untold changes. */
async function plan(eventId: string, runId: string | null): Promise<PublicationPlan> {
  const run = runId ? await db.schedulerRun.findUnique({ where: { id: runId } }) : null;
  const placements =
    run && run.eventId === eventId && run.status === "PREVIEW" ? parseRunResult(run.result).placements : [];
  const requests = placements.length
    ? await db.meetingRequest.findMany({
        where: { id: { in: placements.map((p) => p.requestId) } },
        select: { id: true, fromFirmId: true, toFirmId: true },
      })
    : [];
  const firms = new Map<string, { placed: number; changed: number }>();
  const touch = (firmId: string) => {
    let entry = firms.get(firmId);
    if (!entry) firms.set(firmId, (entry = { placed: 0, changed: 0 }));
    return entry;
  };
  for (const r of requests) for (const f of [r.fromFirmId, r.toFirmId]) touch(f).placed++;
  const untold = await untoldChanges(db, eventId);
  const changedMeetings = new Set<string>();
  for (const [firmId, { notices }] of untold) {
    if (notices.length === 0) continue;
    touch(firmId).changed += notices.length;
    for (const n of notices) changedMeetings.add(n.meetingId);
  }
  const fingerprint = createHash("sha256")
    .update(JSON.stringify([run?.id ?? null, placements.length, [...firms].sort(([a], [b]) => a.localeCompare(b))]))
    .digest("hex")
    .slice(0, 16);
  return {
    runId: run?.status === "PREVIEW" ? run.id : null,
    placed: placements.length,
    changed: changedMeetings.size,
    firms,
    fingerprint,
  };
}

/** The preview of publishing, for the organizer to confirm: N new meetings, M changed, which firms get mail. */
export async function publicationPreview(actor: Actor, eventId: string) {
  requireOrganizer(actor);
  const run = await db.schedulerRun.findFirst({
    where: { eventId, status: "PREVIEW" },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  const p = await plan(eventId, run?.id ?? null);
  const names = p.firms.size
    ? await db.firm.findMany({
        where: { id: { in: [...p.firms.keys()] } },
        select: { id: true, nameLocal: true, nameEn: true },
        orderBy: { nameEn: "asc" },
      })
    : [];
  return {
    runId: p.runId,
    placed: p.placed,
    changed: p.changed,
    fingerprint: p.fingerprint,
    firms: names.map((f) => ({ ...f, ...p.firms.get(f.id)! })),
  };
}

/**
 * Publishes: the run's placements (if a run is given) become meetings, every untold change is told, and each firm
 * with news gets exactly one mail. With `fingerprint`, refused if what publishing would do has changed since the
 * organizer's preview. Returns the publication and the number of meetings placed.
 */
export async function publish(
  actor: Actor,
  eventId: string,
  options: {
    runId?: string | null;
    fingerprint?: string;
    now?: Date;
    onProgress?: (done: number, total: number) => void;
  } = {},
): Promise<{ publicationId: string; placed: number; firms: number }> {
  requireOrganizer(actor);
  const now = options.now ?? new Date();
  await assertEventIdOpen(eventId, now);
  const runId = options.runId ?? null;
  if (runId) {
    const run = await db.schedulerRun.findUnique({ where: { id: String(runId) } });
    if (!run || run.eventId !== eventId) throw new AppError("NOT_FOUND", "no such run");
    if (run.status !== "PREVIEW")
      throw new AppError("CONFLICT", "not a preview", { form: "errors.schedule.notPreview" });
  }
  const before = await plan(eventId, runId);
  if (options.fingerprint !== undefined && options.fingerprint !== before.fingerprint)
    throw new AppError("CONFLICT", "the plan changed", { form: "errors.publication.changed" });
  if (!runId && before.firms.size === 0)
    throw new AppError("CONFLICT", "nothing to publish", { form: "errors.publication.nothing" });

  const publicationId = randomUUID();
  let told: { firmIds: string[]; placed: number };
  try {
    told = await db.$transaction(
      async (tx) => {
        let placements: { requestId: string; slotId: string; tableId: string | null }[] = [];
        if (runId) {
          const run = await tx.schedulerRun.findUniqueOrThrow({ where: { id: runId } });
          const { count } = await tx.schedulerRun.updateMany({
            where: { id: runId, status: "PREVIEW" },
            data: { status: "PUBLISHED", publishedAt: now },
          });
          if (count === 0) throw new AppError("CONFLICT", "not a preview", { form: "errors.schedule.notPreview" });
          placements = parseRunResult(run.result).placements;
        }
        const requests = placements.length
          ? await tx.meetingRequest.findMany({
              where: { id: { in: placements.map((p) => p.requestId) }, status: "ACCEPTED", meeting: { is: null } },
              select: { id: true, fromFirmId: true, toFirmId: true },
            })
          : [];
        if (requests.length !== placements.length) throw stale();
        await tx.publication.create({
          data: {
            id: publicationId,
            eventId,
            runId,
            publishedById: actor.userId,
            publishedAt: now,
            placed: 0,
            changed: 0,
          },
        });
        const byId = new Map(requests.map((r) => [r.id, r]));
        const meetings = placements.map((p) => {
          const r = byId.get(p.requestId)!;
          return {
            id: randomUUID(),
            eventId,
            requestId: p.requestId,
            firmAId: r.fromFirmId,
            firmBId: r.toFirmId,
            slotId: p.slotId,
            tableId: p.tableId,
            source: "SCHEDULER" as const,
            placedById: actor.userId,
            runId,
            publicationId,
            // The same keys as writeMeeting (placement.ts), in bulk: an online meeting (no table) takes no
            // table-and-slot key and gets a video room; both firms' holds below are taken either way.
            tableSlotKey: p.tableId ? tableSlotKey(p.tableId, p.slotId) : null,
            roomName: p.tableId ? null : newRoomName(),
          };
        });
        const holds = meetings.flatMap((m) =>
          [m.firmAId, m.firmBId].map((firmId) => ({ firmId, slotId: m.slotId, meetingId: m.id })),
        );
        for (let i = 0; i < meetings.length; i += 250) {
          await tx.meeting.createMany({ data: meetings.slice(i, i + 250) });
          await tx.firmSlotHold.createMany({ data: holds.slice(2 * i, 2 * (i + 250)) });
          options.onProgress?.(Math.min(i + 250, meetings.length), meetings.length);
        }
        // Every untold change is told by this publication (those that cancel out, by saying nothing).
        const untold = await untoldChanges(tx, eventId);
        const firmIds = new Set(meetings.flatMap((m) => [m.firmAId, m.firmBId]));
        let changed = 0;
        const changedMeetings = new Set<string>();
        for (const [firmId, { rows, notices }] of untold) {
          const { count } = await tx.scheduleChange.updateMany({
            where: { id: { in: rows.map((r) => r.id) }, sentAt: null },
            data: { sentAt: now, publicationId },
          });
          if (count !== rows.length) throw stale();
          if (notices.length) firmIds.add(firmId);
          for (const n of notices) changedMeetings.add(n.meetingId);
        }
        changed = changedMeetings.size;
        await tx.publication.update({ where: { id: publicationId }, data: { placed: meetings.length, changed } });
        await tx.publicationFirm.createMany({ data: [...firmIds].map((firmId) => ({ publicationId, firmId })) });
        await audit(
          tx,
          actor,
          "schedule.publish",
          // A run's publication is found by its run (as before publications had their own rows).
          runId ? { type: "schedulerRun", id: runId } : { type: "publication", id: publicationId },
          { meetings: meetings.length, changed, firms: firmIds.size, publication: publicationId },
        );
        return { firmIds: [...firmIds], placed: meetings.length };
      },
      { timeout: 60_000 },
    );
  } catch (e) {
    // A firm booked, or an organizer placed, something the preview counted as free: run the scheduler again.
    if (isUniqueViolation(e)) throw stale();
    throw e;
  }
  await mailFirmSchedules(eventId, told.firmIds, "schedulePublished");
  return { publicationId, placed: told.placed, firms: told.firmIds.length };
}

/** When the schedule's day starts: its first slot (the event's start when it has none). */
async function dayStarts(eventId: string): Promise<Date> {
  const [first, event] = await Promise.all([
    db.slot.findFirst({ where: { eventId }, orderBy: { startsAt: "asc" }, select: { startsAt: true } }),
    db.event.findUniqueOrThrow({ where: { id: eventId }, select: { startsAt: true } }),
  ]);
  return first?.startsAt ?? event.startsAt;
}

export type UndoRefusal =
  | { reason: "started" }
  | { reason: "notLatest" }
  | { reason: "nothingPlaced" }
  | { reason: "moved"; meetingId: string; firmAId: string; firmBId: string }
  | { reason: "cancelled"; meetingId: string; firmAId: string; firmBId: string }
  | { reason: "marked"; meetingId: string; firmAId: string; firmBId: string }
  | { reason: "booked"; meetingId: string; firmAId: string; firmBId: string };

export class UndoRefused extends AppError {
  constructor(readonly refusals: UndoRefusal[]) {
    super("CONFLICT", "undo refused", { form: "errors.publication.undoRefused" });
  }
}

/** The publication that could be undone now: the latest one not undone. */
export async function latestPublication(eventId: string) {
  return db.publication.findFirst({
    where: { eventId, undoneAt: null },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
  });
}

/** Why the publication cannot be undone now (none: it can). */
async function undoRefusals(publicationId: string, now: Date): Promise<UndoRefusal[]> {
  const p = await db.publication.findUniqueOrThrow({ where: { id: publicationId } });
  const latest = await latestPublication(p.eventId);
  const out: UndoRefusal[] = [];
  if (latest?.id !== p.id || p.undoneAt) out.push({ reason: "notLatest" });
  if (now.getTime() >= (await dayStarts(p.eventId)).getTime()) out.push({ reason: "started" });
  if (p.placed === 0 || !p.runId) {
    out.push({ reason: "nothingPlaced" });
    return out;
  }
  const run = await db.schedulerRun.findUnique({ where: { id: p.runId } });
  if (!run) {
    // Its run is gone (a reset of the day): there is nothing to compare its meetings with.
    out.push({ reason: "nothingPlaced" });
    return out;
  }
  const placedAt = new Map(parseRunResult(run.result).placements.map((x) => [x.requestId, x]));
  const meetings = await db.meeting.findMany({
    where: { publicationId: p.id },
    select: { id: true, requestId: true, status: true, slotId: true, tableId: true, firmAId: true, firmBId: true },
  });
  for (const m of meetings) {
    const was = placedAt.get(m.requestId);
    const who = { meetingId: m.id, firmAId: m.firmAId, firmBId: m.firmBId };
    if (m.status === "CANCELLED") out.push({ reason: "cancelled", ...who });
    else if (m.status !== "SCHEDULED") out.push({ reason: "marked", ...who });
    else if (!was || was.slotId !== m.slotId || was.tableId !== m.tableId) out.push({ reason: "moved", ...who });
  }
  // Firms that booked meetings themselves since arranged their day around the published schedule.
  const firms = [...new Set(meetings.flatMap((m) => [m.firmAId, m.firmBId]))];
  for (let i = 0; i < firms.length; i += 300) {
    const chunk = firms.slice(i, i + 300);
    const booked = await db.meeting.findMany({
      where: {
        eventId: p.eventId,
        source: "SELF_BOOKED",
        createdAt: { gt: p.publishedAt },
        status: { in: ["SCHEDULED", "HELD"] },
        OR: [{ firmAId: { in: chunk } }, { firmBId: { in: chunk } }],
      },
      select: { id: true, firmAId: true, firmBId: true },
    });
    for (const b of booked)
      if (!out.some((r) => "meetingId" in r && r.meetingId === b.id))
        out.push({ reason: "booked", meetingId: b.id, firmAId: b.firmAId, firmBId: b.firmBId });
  }
  return out;
}

/** Whether (and why not) the latest publication can be undone now, for the page. */
export async function undoState(actor: Actor, eventId: string, now = new Date()) {
  requireOrganizer(actor);
  const latest = await latestPublication(eventId);
  if (!latest) return null;
  return { publication: latest, refusals: await undoRefusals(latest.id, now) };
}

/**
 * Undoes the latest publication: the meetings it placed are removed (their requests wait for a place again), its
 * run is a preview again, and each firm that lost meetings is told once. Refused, with every reason, once the
 * matching day has started, when it is not the latest publication, or when any of its meetings was moved,
 * cancelled or marked since, or a firm booked a meeting since.
 */
export async function undoPublication(
  actor: Actor,
  eventId: string,
  input: { publicationId: string },
  now = new Date(),
): Promise<{ removed: number; firms: number }> {
  requireOrganizer(actor);
  const p = await db.publication.findFirst({ where: { id: String(input.publicationId), eventId } });
  if (!p) throw new AppError("NOT_FOUND", "no such publication", { form: "errors.publication.unknown" });
  const refusals = await undoRefusals(p.id, now);
  if (refusals.length) throw new UndoRefused(refusals);
  const run = await db.schedulerRun.findUniqueOrThrow({ where: { id: p.runId! } });
  const placements = parseRunResult(run.result).placements;
  const result = await db.$transaction(
    async (tx) => {
      const { count } = await tx.publication.updateMany({
        where: { id: p.id, undoneAt: null },
        data: { undoneAt: now, undoneById: actor.userId },
      });
      if (count === 0) throw new UndoRefused([{ reason: "notLatest" }]);
      const meetings = await tx.meeting.findMany({
        where: { publicationId: p.id },
        select: { id: true, requestId: true, firmAId: true, firmBId: true },
      });
      // Remove each meeting only where it was published and still scheduled: a move or a mark that slipped in
      // since the checks above makes the counts differ, and the whole undo rolls back.
      const byRequest = new Map(placements.map((x) => [x.requestId, x]));
      let removed = 0;
      for (let i = 0; i < meetings.length; i += 150) {
        const chunk = meetings.slice(i, i + 150);
        const { count: gone } = await tx.meeting.deleteMany({
          where: {
            OR: chunk.map((m) => ({
              id: m.id,
              status: "SCHEDULED" as const,
              slotId: byRequest.get(m.requestId)?.slotId ?? "",
              // null for an online meeting (no table); an unknown request matches nothing by its slot.
              tableId: byRequest.get(m.requestId)?.tableId ?? null,
            })),
          },
        });
        removed += gone;
      }
      if (removed !== meetings.length)
        throw new AppError("CONFLICT", "changed meanwhile", { form: "errors.publication.changedMeanwhile" });
      // The run can be published again; any newer preview was computed around the meetings just removed.
      await tx.schedulerRun.updateMany({ where: { eventId, status: "PREVIEW" }, data: { status: "DISCARDED" } });
      await tx.schedulerRun.update({ where: { id: run.id }, data: { status: "PREVIEW", publishedAt: null } });
      const firms = [...new Set(meetings.flatMap((m) => [m.firmAId, m.firmBId]))];
      await audit(
        tx,
        actor,
        "schedule.undo",
        { type: "publication", id: p.id },
        { meetings: removed, firms: firms.length, publishedAt: p.publishedAt.toISOString() },
      );
      return { removed, firms };
    },
    { timeout: 60_000 },
  );
  await mailFirmSchedules(eventId, result.firms, "scheduleWithdrawn", { publishedAt: p.publishedAt });
  return { removed: result.removed, firms: result.firms.length };
}

/** The event's publications, newest first, with who published and undid them. */
export async function publicationsOf(actor: Actor, eventId: string) {
  requireOrganizer(actor);
  const rows = await db.publication.findMany({
    where: { eventId },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    include: { _count: { select: { firms: true } } },
    take: 20,
  });
  const people = await db.user.findMany({
    where: {
      id: { in: [...new Set(rows.flatMap((r) => [r.publishedById, ...(r.undoneById ? [r.undoneById] : [])]))] },
    },
    select: { id: true, displayName: true },
  });
  const name = (id: string | null) => people.find((u) => u.id === id)?.displayName ?? "";
  return rows.map((r) => ({
    ...r,
    firmsTold: r._count.firms,
    publishedBy: name(r.publishedById),
    undoneBy: name(r.undoneById),
  }));
}
