// Changes the organizers make to meetings (created, moved, cancelled by hand) are written as untold changes, one
// row per firm, in the same transaction as the change. They are told in one mail per firm: with the next
// publication, when the organizers send them, or by the sweep once a firm's changes have been quiet for a while
// (only while a publication is in effect: before the first one, firms hear everything when it is published).
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { FIRM_NAME_SELECT, firmLabel } from "@/lib/firms/firm-name";
import type { Actor } from "@/lib/auth/actor";
import { isOrganizer } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/audit";
import {
  netNotices,
  quietPeriodOver,
  type ChangeKind,
  type ChangeNotice,
  type MeetingNow,
} from "./schedule-change-rules";
import { mailFirmSchedules, type ChangeLookup } from "./schedule-mail";

type Tx = Prisma.TransactionClient;

/** Minutes a firm's changes stay quiet before the sweep mails them. */
export const QUIET_MINUTES = 10;

export async function recordChange(
  tx: Tx,
  change: {
    eventId: string;
    meeting: { id: string; firmAId: string; firmBId: string };
    kind: ChangeKind;
    from?: { slotId: string; tableId: string | null };
  },
): Promise<void> {
  await tx.scheduleChange.createMany({
    data: [change.meeting.firmAId, change.meeting.firmBId].map((firmId) => ({
      eventId: change.eventId,
      firmId,
      meetingId: change.meeting.id,
      kind: change.kind,
      fromSlotId: change.from?.slotId ?? null,
      fromTableId: change.from?.tableId ?? null,
    })),
  });
}

export type UntoldByFirm = Map<string, { rows: { id: string; createdAt: Date }[]; notices: ChangeNotice[] }>;

/** Every firm's untold changes at the event, netted against the meetings as they stand. */
export async function untoldChanges(client: Tx | typeof db, eventId: string): Promise<UntoldByFirm> {
  const rows = await client.scheduleChange.findMany({
    where: { eventId, sentAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      firmId: true,
      meetingId: true,
      kind: true,
      fromSlotId: true,
      fromTableId: true,
      createdAt: true,
      meeting: {
        select: {
          id: true,
          firmAId: true,
          firmBId: true,
          status: true,
          slotId: true,
          tableId: true,
          cancelReason: true,
        },
      },
    },
  });
  const meetings = new Map<string, MeetingNow>(rows.map((r) => [r.meetingId, r.meeting]));
  const byFirm: UntoldByFirm = new Map();
  for (const r of rows) {
    let entry = byFirm.get(r.firmId);
    if (!entry) byFirm.set(r.firmId, (entry = { rows: [], notices: [] }));
    entry.rows.push({ id: r.id, createdAt: r.createdAt });
  }
  for (const [firmId, entry] of byFirm) {
    const own = rows.filter((r) => r.firmId === firmId);
    entry.notices = netNotices(firmId, own, meetings);
  }
  return byFirm;
}

/** Names, times and tables for the lines of change mails and the organizers' preview. */
export async function changeLookup(eventId: string, notices: Iterable<ChangeNotice[]>): Promise<ChangeLookup> {
  const firmIds = new Set<string>();
  for (const list of notices) for (const n of list) firmIds.add(n.partnerId);
  const [firms, slots, tables] = await Promise.all([
    firmIds.size
      ? db.firm.findMany({ where: { id: { in: [...firmIds] } }, select: FIRM_NAME_SELECT })
      : Promise.resolve([]),
    db.slot.findMany({ where: { eventId }, select: { id: true, startsAt: true } }),
    db.meetingTable.findMany({ where: { eventId }, select: { id: true, number: true } }),
  ]);
  const firm = new Map(firms.map((f) => [f.id, f]));
  const slot = new Map(slots.map((s) => [s.id, s.startsAt]));
  const table = new Map(tables.map((t) => [t.id, t.number]));
  return {
    firmName: (id, locale) => {
      const f = firm.get(id);
      return f ? firmLabel(f, locale) : "";
    },
    slotStart: (id) => slot.get(id),
    tableNumber: (id) => table.get(id),
  };
}

/** Whether the event has a publication in effect (published and not undone): only then are changes mailed alone. */
export async function publicationInEffect(eventId: string): Promise<boolean> {
  return (await db.publication.count({ where: { eventId, undoneAt: null } })) > 0;
}

/**
 * Mails the firms their untold changes, one mail per firm, and marks the changes told. `due` "quiet" takes only
 * firms whose changes have been quiet for QUIET_MINUTES (the sweep); "all" takes every firm (the organizers'
 * "send the changes now"). Each firm's changes are claimed in a transaction that marks exactly the rows it read,
 * so two senders at once (two app servers' sweeps) never mail a firm twice.
 */
export async function sendUntoldChanges(
  eventId: string,
  options: { due: "quiet" | "all"; now?: Date; quietMinutes?: number },
): Promise<{ firms: number; mails: number }> {
  const now = options.now ?? new Date();
  if (!(await publicationInEffect(eventId))) return { firms: 0, mails: 0 };
  const untold = await untoldChanges(db, eventId);
  const claimed = new Map<string, ChangeNotice[]>();
  for (const [firmId, { rows, notices }] of untold) {
    if (options.due === "quiet" && !quietPeriodOver(rows, now, options.quietMinutes ?? QUIET_MINUTES)) continue;
    const ids = rows.map((r) => r.id);
    const won = await db
      .$transaction(async (tx) => {
        const { count } = await tx.scheduleChange.updateMany({
          where: { id: { in: ids }, sentAt: null },
          data: { sentAt: now },
        });
        if (count !== ids.length) throw new AppError("CONFLICT", "claimed by another sender");
        return true;
      })
      .catch((e) => {
        if (e instanceof AppError && e.code === "CONFLICT") return false;
        throw e;
      });
    // A firm whose changes cancel out (moved there and back) is marked told and gets no mail.
    if (won && notices.length) claimed.set(firmId, notices);
  }
  const lookup = await changeLookup(eventId, claimed.values());
  const mails = await mailFirmSchedules(eventId, [...claimed.keys()], "scheduleChanged", { notices: claimed, lookup });
  return { firms: claimed.size, mails };
}

/** The organizers send every untold change now, without waiting for the quiet period. */
export async function sendScheduleChangesNow(actor: Actor, eventId: string, now = new Date()) {
  if (!isOrganizer(actor)) throw new AppError("FORBIDDEN", "organizers only");
  if (!(await publicationInEffect(eventId)))
    throw new AppError("CONFLICT", "nothing published", { form: "errors.publication.nothingPublished" });
  const sent = await sendUntoldChanges(eventId, { due: "all", now });
  await audit(db, actor, "schedule.sendChanges", { type: "event", id: eventId }, { firms: sent.firms });
  return sent;
}

/** For the schedule page: how many firms have changes they have not been told of, and whether those are mailed now. */
export async function untoldSummary(actor: Actor, eventId: string) {
  if (!isOrganizer(actor)) throw new AppError("FORBIDDEN", "organizers only");
  const [untold, inEffect] = await Promise.all([untoldChanges(db, eventId), publicationInEffect(eventId)]);
  return { firms: [...untold.values()].filter((u) => u.notices.length > 0).length, inEffect };
}
