// Throw-away firms with their people, for the integration tests of conversations, reminders and the calendar
// feed: each test file makes its own and removes them after, so no demo firm is touched.
import { db } from "@/lib/db";
import { loadActor, type LoadedActor } from "@/lib/auth/load-actor";
import type { Locale } from "@/lib/generated/prisma/client";

export const WORLD_EMAIL = "@firm-world.kakehashi.test";

export type WorldFirm = { id: string; admin: LoadedActor; attendee: LoadedActor };

async function person(tag: string, locale: Locale, organizingBodyId: string | null = null) {
  return db.user.create({
    data: {
      email: `${tag}${WORLD_EMAIL}`,
      displayName: `Person ${tag}`,
      passwordHash: "not-used",
      locale,
      organizingBodyId,
    },
  });
}

/** An approved firm registered for the current event, with an administrator and an attendee. */
export async function worldFirm(
  tag: string,
  options: { country: "VN" | "JP"; nameLocal: string; nameEn: string; nameJa?: string; locale: Locale },
): Promise<WorldFirm> {
  const event = await db.event.findFirstOrThrow({ where: { isCurrent: true } });
  const firm = await db.firm.create({
    data: {
      country: options.country,
      nameLocal: options.nameLocal,
      nameEn: options.nameEn,
      nameJa: options.nameJa ?? null,
      city: options.country === "JP" ? "Tokyo" : "Hanoi",
      employeeBand: "B50_249",
      status: "APPROVED",
      // Both sides work in English: their meetings need no interpreter table.
      englishSpeakers: 20,
      contacts: {
        create: [{ name: `Contact ${tag}`, email: `contact-${tag}${WORLD_EMAIL}`, phone: "+84 24 0000 0000" }],
      },
      participations: { create: [{ eventId: event.id }] },
    },
  });
  const [admin, attendee] = await Promise.all([
    person(`admin-${tag}`, options.locale),
    person(`attendee-${tag}`, options.locale),
  ]);
  await db.membership.createMany({
    data: [
      { userId: admin.id, firmId: firm.id, role: "FIRM_ADMIN" },
      { userId: attendee.id, firmId: firm.id, role: "ATTENDEE" },
    ],
  });
  return { id: firm.id, admin: (await loadActor(admin.id))!, attendee: (await loadActor(attendee.id))! };
}

/** An event admin of the current event (organizer rights are per event: the actor carries them for it). */
export async function worldOrganizer(tag: string): Promise<LoadedActor> {
  const [body, event] = await Promise.all([
    db.organizingBody.findFirstOrThrow({ where: { code: "JETRO" } }),
    db.event.findFirstOrThrow({ where: { isCurrent: true } }),
  ]);
  const user = await person(`organizer-${tag}`, "ja", body.id);
  await db.eventStaff.create({ data: { eventId: event.id, userId: user.id, role: "EVENT_ADMIN", bodyId: body.id } });
  return (await loadActor(user.id, event.id))!;
}

/** Removes every firm and person the tests made (threads, requests and meetings go with the firms). */
export async function removeWorldFirms(): Promise<void> {
  const users = await db.user.findMany({
    where: { email: { endsWith: WORLD_EMAIL } },
    select: { id: true, memberships: { select: { firmId: true } } },
  });
  const firmIds = [...new Set(users.flatMap((u) => u.memberships.map((m) => m.firmId)))];
  const userIds = users.map((u) => u.id);
  await db.job.deleteMany({ where: { OR: userIds.map((id) => ({ key: { contains: id } })) } });
  await db.auditEntry.deleteMany({ where: { actorId: { in: userIds } } });
  await db.firm.deleteMany({ where: { id: { in: firmIds } } });
  await db.messageRate.deleteMany({ where: { userId: { in: userIds } } });
  await db.user.deleteMany({ where: { id: { in: userIds } } });
}

export type WorldEvent = { id: string; slots: { id: string; startsAt: Date }[]; tables: string[] };

/** 09:00 in Hanoi eight weeks from today: an edition still open for requests and moves whenever the tests run. */
export function weeksAhead(weeks = 8): Date {
  const day = new Date(Date.now() + weeks * 7 * 86_400_000);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 2, 0, 0));
}

/**
 * An event of the tests' own (not the current one, so no other test's matching day is touched): one session of
 * four 20-minute slots from `startsAt` (by default eight weeks ahead), two tables.
 */
export async function worldEvent(tag: string, startsAt = weeksAhead()): Promise<WorldEvent> {
  const end = new Date(startsAt.getTime() + 80 * 60_000);
  const event = await db.event.create({
    data: {
      slug: `world-${tag}`,
      nameEn: `World ${tag}`,
      nameJa: `ワールド ${tag}`,
      nameVi: `Thế giới ${tag}`,
      city: "Hanoi",
      venue: "Test hall",
      timeZone: "Asia/Ho_Chi_Minh",
      startsAt,
      endsAt: end,
      sessions: {
        create: [{ name: "Morning", startsAt, endsAt: end, slotMinutes: 20 }],
      },
      tables: { create: [{ number: 1 }, { number: 2 }] },
    },
    include: { sessions: true, tables: { orderBy: { number: "asc" } } },
  });
  const slots = [];
  for (let i = 0; i < 4; i++) {
    slots.push(
      await db.slot.create({
        data: {
          eventId: event.id,
          sessionId: event.sessions[0]!.id,
          startsAt: new Date(startsAt.getTime() + i * 20 * 60_000),
          endsAt: new Date(startsAt.getTime() + (i + 1) * 20 * 60_000),
        },
      }),
    );
  }
  return {
    id: event.id,
    slots: slots.map((s) => ({ id: s.id, startsAt: s.startsAt })),
    tables: event.tables.map((t) => t.id),
  };
}

export async function removeWorldEvents(): Promise<void> {
  const events = await db.event.findMany({ where: { slug: { startsWith: "world-" } }, select: { id: true } });
  await db.job.deleteMany({ where: { OR: events.map((e) => ({ key: { contains: e.id } })) } });
  await db.event.deleteMany({ where: { id: { in: events.map((e) => e.id) } } });
}
