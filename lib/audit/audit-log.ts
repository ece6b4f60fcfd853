// Reading the audit log: filtered by who, what and when (dates in the event's zone), a page at a time or all of it
// for export, with the names every entry refers to looked up in one query per kind.
import { TZDate } from "@date-fns/tz";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { isOrganizer } from "@/lib/auth/policy";
import { isCalendarDate } from "@/lib/time/calendar-date";
import { localized } from "@/lib/i18n/localized";
import { tourText } from "@/lib/tours/tour-text";
import { AUDIT_CATEGORIES, referencedIds, type AuditCategory, type AuditLookup, type AuditRow } from "./describe";

export type AuditFilter = {
  /** An organizer's user id. */
  who?: string;
  /** A category of actions. */
  what?: string;
  /** First and last day, "2026-02-04", in the event's zone. */
  from?: string;
  to?: string;
  page?: number;
};

export const AUDIT_PAGE_SIZE = 50;

function dayStart(date: string, timeZone: string, plusDays = 0): Date {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(new TZDate(y!, m! - 1, d! + plusDays, 0, 0, timeZone).getTime());
}

function where(filter: AuditFilter, timeZone: string): Prisma.AuditEntryWhereInput {
  const createdAt: Prisma.DateTimeFilter = {};
  if (filter.from && isCalendarDate(filter.from)) createdAt.gte = dayStart(filter.from, timeZone);
  if (filter.to && isCalendarDate(filter.to)) createdAt.lt = dayStart(filter.to, timeZone, 1);
  const actions =
    filter.what && filter.what in AUDIT_CATEGORIES ? AUDIT_CATEGORIES[filter.what as AuditCategory] : null;
  return {
    ...(filter.who ? { actorId: String(filter.who) } : {}),
    ...(actions ? { action: { in: [...actions] } } : {}),
    ...(createdAt.gte || createdAt.lt ? { createdAt } : {}),
  };
}

/** Rows for many ids, a few hundred ids a query (the databases limit the parameters of one statement). */
async function byIds<T>(ids: Iterable<string>, read: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const all = [...new Set(ids)];
  const out: T[] = [];
  for (let i = 0; i < all.length; i += 500) out.push(...(await read(all.slice(i, i + 500))));
  return out;
}

async function lookupFor(rows: AuditRow[]) {
  const ids = referencedIds(rows);
  const [firms, people, tours, slots, meetings] = await Promise.all([
    byIds(ids.firms, (c) => db.firm.findMany({ where: { id: { in: c } }, select: { id: true, nameLocal: true } })),
    byIds(ids.people, (c) =>
      db.user.findMany({
        where: { id: { in: c } },
        select: {
          id: true,
          displayName: true,
          organizingBody: { select: { nameEn: true, nameJa: true, nameVi: true, code: true } },
        },
      }),
    ),
    byIds(ids.tours, (c) =>
      db.tour.findMany({ where: { id: { in: c } }, select: { id: true, titleEn: true, titleJa: true, titleVi: true } }),
    ),
    byIds(ids.slots, (c) => db.slot.findMany({ where: { id: { in: c } }, select: { id: true, startsAt: true } })),
    byIds(ids.meetings, (c) =>
      db.meeting.findMany({ where: { id: { in: c } }, select: { id: true, firmAId: true, firmBId: true } }),
    ),
  ]);
  // Firms named only through a meeting.
  const known = new Set(firms.map((f) => f.id));
  const more = meetings.flatMap((m) => [m.firmAId, m.firmBId]).filter((id) => !known.has(id));
  const extra = await byIds(more, (c) =>
    db.firm.findMany({ where: { id: { in: c } }, select: { id: true, nameLocal: true } }),
  );
  const firm = new Map([...firms, ...extra].map((f) => [f.id, f.nameLocal]));
  const person = new Map(people.map((p) => [p.id, p]));
  const tour = new Map(tours.map((x) => [x.id, x]));
  const slot = new Map(slots.map((s) => [s.id, s.startsAt]));
  const meeting = new Map(meetings.map((m) => [m.id, [m.firmAId, m.firmBId] as [string, string]]));
  const lookup: AuditLookup = {
    firm: (id) => firm.get(id),
    person: (id) => person.get(id)?.displayName,
    tour: (id, locale) => {
      const x = tour.get(id);
      return x ? tourText(x, "title", locale) : undefined;
    },
    slot: (id) => slot.get(id),
    meetingFirms: (id) => meeting.get(id),
  };
  /** The organizing body of an entry's author, in the reader's language. */
  const bodyOf = (actorId: string, locale: "en" | "ja" | "vi") => {
    const b = person.get(actorId)?.organizingBody;
    return b ? localized(b, "name", locale) : "";
  };
  return { lookup, bodyOf };
}

const toRow = (r: {
  id: string;
  actorId: string;
  actorName: string;
  action: string;
  targetType: string;
  targetId: string;
  details: string;
  createdAt: Date;
}): AuditRow => {
  let details: Record<string, unknown> = {};
  try {
    details = JSON.parse(r.details) as Record<string, unknown>;
  } catch {
    details = {};
  }
  return { ...r, details };
};

/** A page of the log (newest first), its total, the people who wrote entries (for the filter) and the lookups. */
export async function auditLogView(actor: Actor, filter: AuditFilter, timeZone: string) {
  if (!isOrganizer(actor)) throw new AppError("FORBIDDEN", "organizers only");
  const w = where(filter, timeZone);
  const page = Math.max(1, Math.floor(Number(filter.page) || 1));
  const [total, found, authors] = await Promise.all([
    db.auditEntry.count({ where: w }),
    db.auditEntry.findMany({
      where: w,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
    db.auditEntry.groupBy({ by: ["actorId", "actorName"], _count: { _all: true } }),
  ]);
  const rows = found.map(toRow);
  return {
    rows,
    total,
    page,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    authors: authors.map((a) => ({ id: a.actorId, name: a.actorName })).sort((a, b) => a.name.localeCompare(b.name)),
    ...(await lookupFor(rows)),
  };
}

/** Every entry the filter selects (newest first, at most 20,000), for the CSV export. */
export async function auditLogExport(actor: Actor, filter: AuditFilter, timeZone: string) {
  if (!isOrganizer(actor)) throw new AppError("FORBIDDEN", "organizers only");
  const found = await db.auditEntry.findMany({
    where: where(filter, timeZone),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 20_000,
  });
  const rows = found.map(toRow);
  return { rows, ...(await lookupFor(rows)) };
}
