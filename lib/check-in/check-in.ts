// Badges and check-in at the door. A person's badge is created when first shown; staff check people in by
// scanning its QR code (which opens the check-in page with the code) or typing the code.
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { isOnsiteStaff, isOrganizer } from "@/lib/auth/policy";
import { isBadgeCode, newBadgeCode, normalizeBadgeCode } from "./badge-code";

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
  if (!isOrganizer(actor)) throw new AppError("FORBIDDEN", "organizers only");
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
