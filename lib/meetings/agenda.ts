// A firm's agenda at an event: its scheduled meetings in time order with the slot, the table and the partner.
// Private to the firm's members and organizers.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { allows } from "@/lib/auth/policy";
import { FIRM_NAME_SELECT } from "@/lib/firms/firm-name";
import { configuredRoomUrl } from "./online-room";

const firmNames = FIRM_NAME_SELECT;

export type AgendaItem = Awaited<ReturnType<typeof agendaOf>>[number];

export async function agendaOf(actor: Actor, firmId: string, eventId: string) {
  if (!allows(actor, { kind: "firmMemberOrOrganizer", firmId }))
    throw new AppError("FORBIDDEN", "not a member of that firm");
  // Organizers may ask for any firm: a firm that does not exist is "not found", not an empty agenda.
  if (!(await db.firm.findUnique({ where: { id: String(firmId) }, select: { id: true } })))
    throw new AppError("NOT_FOUND", "no such firm");
  const items = await firmAgenda(firmId, eventId);
  // A video room is the two firms' own: an organizer reading a firm's agenda sees that it is online, not the link.
  return allows(actor, { kind: "firmMember", firmId }) ? items : items.map((i) => ({ ...i, roomUrl: null }));
}

/** The agenda itself, for callers that have already checked who is asking (or send it to the firm). */
export async function firmAgenda(firmId: string, eventId: string) {
  return (await firmAgendas([firmId], eventId)).get(firmId) ?? [];
}

/** Several firms' agendas in one query (publishing mails each firm its schedule). */
export async function firmAgendas(firmIds: readonly string[], eventId: string) {
  const ids = [...firmIds];
  const rows = await db.meeting.findMany({
    where: {
      eventId,
      status: { in: ["SCHEDULED", "HELD", "MISSED"] },
      OR: [{ firmAId: { in: ids } }, { firmBId: { in: ids } }],
    },
    include: {
      slot: true,
      table: true,
      firmA: { select: firmNames },
      firmB: { select: firmNames },
      request: { select: { priority: true, message: true } },
      outcomes: { where: { firmId: { in: ids } } },
    },
    orderBy: { slot: { startsAt: "asc" } },
  });
  const itemFor = (m: (typeof rows)[number], firmId: string) => ({
    id: m.id,
    startsAt: m.slot.startsAt,
    endsAt: m.slot.endsAt,
    // An online meeting has no table; its video room's address is built from the configured server.
    table: m.table ? { number: m.table.number, interpreter: m.table.interpreter } : null,
    online: m.roomName !== null,
    roomUrl: m.roomName ? configuredRoomUrl(m.roomName) : null,
    partner: m.firmAId === firmId ? m.firmB : m.firmA,
    priority: m.request.priority,
    source: m.source,
    status: m.status,
    changedAt: m.updatedAt,
    noShowFirmId: m.noShowFirmId,
    requestId: m.requestId,
    outcome: m.outcomes.find((o) => o.firmId === firmId) ?? null,
  });
  const byFirm = new Map(ids.map((id) => [id, [] as ReturnType<typeof itemFor>[]]));
  for (const m of rows) for (const firmId of [m.firmAId, m.firmBId]) byFirm.get(firmId)?.push(itemFor(m, firmId));
  return byFirm;
}

/** Every scheduled meeting at a table, in time order: the sheet a table's host holds. */
export async function tableSheets(actor: Actor, eventId: string) {
  if (!allows(actor, { kind: "organizer" })) throw new AppError("FORBIDDEN", "organizers only");
  const tables = await db.meetingTable.findMany({
    where: { eventId },
    orderBy: { number: "asc" },
    include: {
      meetings: {
        where: { status: { in: ["SCHEDULED", "HELD"] } },
        orderBy: { slot: { startsAt: "asc" } },
        include: { slot: true, firmA: { select: firmNames }, firmB: { select: firmNames } },
      },
    },
  });
  return tables;
}
