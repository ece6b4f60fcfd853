// The organizers' "now" view on the day: the slot under way (or the next one), which meeting runs at which table,
// who is absent (marked no-show, or nobody of the firm has checked in), and the standby firms free in that slot
// whose people are here, to seat when a partner does not come.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { isOnsiteStaff } from "@/lib/auth/policy";

export async function nowView(actor: Actor, eventId: string, at: Date) {
  if (!isOnsiteStaff(actor)) throw new AppError("FORBIDDEN", "on-site staff only");
  const slots = await db.slot.findMany({ where: { eventId }, orderBy: { startsAt: "asc" } });
  const current = slots.find((s) => s.startsAt <= at && at < s.endsAt) ?? null;
  const next = slots.find((s) => s.startsAt > at) ?? null;
  const slot = current ?? next;
  if (!slot) return { slot: null, running: false, meetings: [], standby: [], checkedInFirms: 0 };
  const [meetings, arrived] = await Promise.all([
    db.meeting.findMany({
      where: { slotId: slot.id, status: { in: ["SCHEDULED", "HELD", "MISSED"] } },
      orderBy: { table: { number: "asc" } },
      select: {
        id: true,
        status: true,
        noShowFirmId: true,
        table: { select: { number: true, interpreter: true } },
        firmA: { select: { id: true, nameLocal: true } },
        firmB: { select: { id: true, nameLocal: true } },
      },
    }),
    db.badge.findMany({ where: { eventId, checkedInAt: { not: null } }, select: { userId: true } }),
  ]);
  // Firms with at least one person checked in at the event.
  const here = new Set<string>();
  const people = arrived.map((b) => b.userId);
  for (let i = 0; i < people.length; i += 500)
    for (const m of await db.membership.findMany({
      where: { userId: { in: people.slice(i, i + 500) } },
      select: { firmId: true },
    }))
      here.add(m.firmId);
  const free = await db.firm.findMany({
    where: {
      status: "APPROVED",
      participations: { some: { eventId } },
      slotHolds: { none: { slotId: slot.id } },
      unavailable: { none: { slotId: slot.id } },
    },
    orderBy: { nameEn: "asc" },
    select: { id: true, nameLocal: true, nameEn: true, country: true },
  });
  const standby = free.filter((f) => here.has(f.id)).slice(0, 40);
  return {
    slot,
    running: current !== null,
    meetings: meetings.map((m) => ({
      ...m,
      absent: [m.firmA, m.firmB]
        .filter((f) => m.noShowFirmId === f.id || (m.status === "SCHEDULED" && !here.has(f.id)))
        .map((f) => ({ ...f, noShow: m.noShowFirmId === f.id })),
    })),
    standby,
    checkedInFirms: here.size,
  };
}

/** When the schedule's day starts (its first slot), to read a rehearsal time ("10:20") on that day. */
export async function scheduleDay(actor: Actor, eventId: string): Promise<Date | null> {
  if (!isOnsiteStaff(actor)) throw new AppError("FORBIDDEN", "on-site staff only");
  const first = await db.slot.findFirst({
    where: { eventId },
    orderBy: { startsAt: "asc" },
    select: { startsAt: true },
  });
  return first?.startsAt ?? null;
}
