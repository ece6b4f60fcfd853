// Badges and check-in at the door. A person's badge is created when first shown; staff check people in by
// scanning its QR code (which opens the check-in page with the code) or typing the code.
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { isOnsiteStaff } from "@/lib/auth/policy";
import { isBadgeCode, newBadgeCode, normalizeBadgeCode } from "./badge-code";
import { foldForSearch } from "@/lib/text/normalize";

/** The actor's badge at the event, created on first use. */
export async function badgeOf(actor: Actor, eventId: string) {
  return ensureBadge(actor.userId, eventId);
}

async function ensureBadge(userId: string, eventId: string) {
  const existing = await db.badge.findUnique({ where: { eventId_userId: { eventId, userId } } });
  if (existing) return existing;
  for (let i = 0; i < 5; i++) {
    try {
      return await db.badge.create({ data: { eventId, userId, code: newBadgeCode() } });
    } catch (e) {
      // Two tabs creating it at once, or (rarely) a code already used: read again or draw another.
      if (!isUniqueViolation(e)) throw e;
      const again = await db.badge.findUnique({ where: { eventId_userId: { eventId, userId } } });
      if (again) return again;
    }
  }
  throw new AppError("CONFLICT", "could not create a badge", { form: "errors.generic" });
}

/** Badges for everyone in a firm, for organizers to print and hand out at the door. */
export async function firmBadges(actor: Actor, eventId: string, firmId: string) {
  if (!isOnsiteStaff(actor)) throw new AppError("FORBIDDEN", "on-site staff only");
  const firm = await db.firm.findUnique({
    where: { id: String(firmId) },
    select: {
      id: true,
      nameLocal: true,
      nameEn: true,
      members: { include: { user: { select: { id: true, displayName: true } } }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!firm) throw new AppError("NOT_FOUND", "no such firm");
  // One query for the badges people already have; only the missing ones are created.
  const existing = await db.badge.findMany({ where: { eventId, userId: { in: firm.members.map((m) => m.user.id) } } });
  const badges = [];
  for (const m of firm.members)
    badges.push({
      name: m.user.displayName,
      badge: existing.find((b) => b.userId === m.user.id) ?? (await ensureBadge(m.user.id, eventId)),
    });
  return { firm, badges };
}

export type BadgeScope = { scope: "all" } | { scope: "country"; country: string } | { scope: "firm"; firmId: string };

/**
 * Badges for every person of the event's approved firms (all, one country's, or one firm's), firm by firm in name
 * order, for printing at once. Missing badges are created in bulk; a code drawn twice (or a badge made at the
 * same moment by its owner) falls back to creating that one badge alone.
 */
export async function badgesFor(actor: Actor, eventId: string, scope: BadgeScope) {
  if (!isOnsiteStaff(actor)) throw new AppError("FORBIDDEN", "on-site staff only");
  const firms = await db.firm.findMany({
    where: {
      status: "APPROVED",
      participations: { some: { eventId } },
      ...(scope.scope === "country" ? { country: scope.country as "VN" | "JP" | "OTHER" } : {}),
      ...(scope.scope === "firm" ? { id: String(scope.firmId) } : {}),
    },
    orderBy: [{ country: "asc" }, { nameEn: "asc" }, { id: "asc" }],
    select: { id: true, nameLocal: true, nameEn: true, country: true },
  });
  if (scope.scope === "firm" && firms.length === 0) throw new AppError("NOT_FOUND", "no such firm");
  const members: { firmId: string; userId: string; displayName: string }[] = [];
  for (let i = 0; i < firms.length; i += 300) {
    const rows = await db.membership.findMany({
      where: { firmId: { in: firms.slice(i, i + 300).map((f) => f.id) } },
      orderBy: { createdAt: "asc" },
      select: { firmId: true, userId: true, user: { select: { displayName: true } } },
    });
    members.push(...rows.map((m) => ({ firmId: m.firmId, userId: m.userId, displayName: m.user.displayName })));
  }
  const userIds = [...new Set(members.map((m) => m.userId))];
  const badges = new Map<string, Awaited<ReturnType<typeof ensureBadge>>>();
  for (let i = 0; i < userIds.length; i += 300)
    for (const b of await db.badge.findMany({ where: { eventId, userId: { in: userIds.slice(i, i + 300) } } }))
      badges.set(b.userId, b);
  const missing = userIds.filter((id) => !badges.has(id));
  if (missing.length) {
    try {
      await db.badge.createMany({ data: missing.map((userId) => ({ eventId, userId, code: newBadgeCode() })) });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      for (const userId of missing) await ensureBadge(userId, eventId);
    }
    for (let i = 0; i < missing.length; i += 300)
      for (const b of await db.badge.findMany({ where: { eventId, userId: { in: missing.slice(i, i + 300) } } }))
        badges.set(b.userId, b);
  }
  return firms.map((firm) => ({
    firm,
    people: members
      .filter((m) => m.firmId === firm.id)
      .map((m) => ({ name: m.displayName, badge: badges.get(m.userId)! })),
  }));
}

/**
 * People of the event's firms whose name (or firm's name) holds the text, in any script, with their badge state:
 * check-in by name for whoever forgot their badge.
 */
export async function findPeople(actor: Actor, eventId: string, input: unknown) {
  if (!isOnsiteStaff(actor)) throw new AppError("FORBIDDEN", "on-site staff only");
  const q = foldForSearch(z.string().max(100).catch("").parse(input));
  if (q.length < 2) return [];
  const people = await db.user.findMany({
    where: { memberships: { some: { firm: { participations: { some: { eventId } } } } } },
    select: {
      id: true,
      displayName: true,
      memberships: { select: { firm: { select: { id: true, nameLocal: true, nameEn: true, searchName: true } } } },
    },
  });
  const found = people
    .filter((p) => foldForSearch(p.displayName).includes(q) || p.memberships.some((m) => m.firm.searchName.includes(q)))
    .sort((a, b) => a.displayName.localeCompare(b.displayName))
    .slice(0, 25);
  const badges = await db.badge.findMany({ where: { eventId, userId: { in: found.map((p) => p.id) } } });
  return found.map((p) => ({
    userId: p.id,
    name: p.displayName,
    firms: p.memberships.map((m) => m.firm.nameLocal),
    checkedInAt: badges.find((b) => b.userId === p.id)?.checkedInAt ?? null,
  }));
}

/** Checks a person in by name (their badge is made if they never opened it); a second time says when they came. */
export async function checkInPerson(actor: Actor, eventId: string, input: unknown, now = new Date()) {
  if (!isOnsiteStaff(actor)) throw new AppError("FORBIDDEN", "on-site staff only");
  const userId = z.string().min(1).max(64).safeParse(input);
  if (!userId.success) throw new AppError("INVALID_INPUT", "no person", { form: "errors.invalid" });
  const person = await db.user.findFirst({
    where: { id: userId.data, memberships: { some: { firm: { participations: { some: { eventId } } } } } },
    select: { displayName: true, memberships: { select: { firm: { select: { nameLocal: true, country: true } } } } },
  });
  if (!person) throw new AppError("NOT_FOUND", "no such person", { form: "errors.checkIn.unknownPerson" });
  const badge = await ensureBadge(userId.data, eventId);
  const { count } = await db.badge.updateMany({
    where: { id: badge.id, checkedInAt: null },
    data: { checkedInAt: now, checkedInById: actor.userId },
  });
  const current = await db.badge.findUniqueOrThrow({ where: { id: badge.id } });
  return { already: count === 0, at: current.checkedInAt!, user: person };
}

/** Who a code belongs to, for staff: the person, their firms, and whether they are in already. */
export const BadgeCodeSchema = z.object({ code: z.string().max(64) });

export async function lookUpBadge(
  actor: Actor,
  { eventId, ...options }: { eventId: string } & z.input<typeof BadgeCodeSchema>,
) {
  if (!isOnsiteStaff(actor)) throw new AppError("FORBIDDEN", "on-site staff only");
  const parsed = z.string().max(64).safeParse(options.code);
  const code = normalizeBadgeCode(parsed.success ? parsed.data : "");
  if (!isBadgeCode(code)) throw new AppError("INVALID_INPUT", "not a badge code", { code: "errors.checkIn.badCode" });
  const badge = await db.badge.findFirst({ where: { code, eventId } });
  if (!badge) throw new AppError("NOT_FOUND", "unknown badge", { code: "errors.checkIn.unknown" });
  const user = await db.user.findUniqueOrThrow({
    where: { id: badge.userId },
    select: { displayName: true, memberships: { select: { firm: { select: { nameLocal: true, country: true } } } } },
  });
  return { badge, user };
}

/** Checks the person in (once; a second scan says when they came). */
export async function checkIn(
  actor: Actor,
  options: { eventId: string } & z.input<typeof BadgeCodeSchema>,
  now = new Date(),
) {
  const { badge, user } = await lookUpBadge(actor, options);
  const { count } = await db.badge.updateMany({
    where: { id: badge.id, checkedInAt: null },
    data: { checkedInAt: now, checkedInById: actor.userId },
  });
  const current = await db.badge.findUniqueOrThrow({ where: { id: badge.id } });
  return { already: count === 0, at: current.checkedInAt!, user };
}

export async function checkInCounts(actor: Actor, eventId: string) {
  if (!isOnsiteStaff(actor)) throw new AppError("FORBIDDEN", "on-site staff only");
  const [checkedIn, recent] = await Promise.all([
    db.badge.count({ where: { eventId, checkedInAt: { not: null } } }),
    db.badge.findMany({ where: { eventId, checkedInAt: { not: null } }, orderBy: { checkedInAt: "desc" }, take: 10 }),
  ]);
  const users = await db.user.findMany({
    where: { id: { in: recent.map((b) => b.userId) } },
    select: { id: true, displayName: true },
  });
  return {
    checkedIn,
    recent: recent.map((b) => ({ at: b.checkedInAt!, name: users.find((u) => u.id === b.userId)?.displayName ?? "" })),
  };
}
