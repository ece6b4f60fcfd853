// The event a page or action is about. Each person may choose an edition (the switcher stores it in a
// cookie); otherwise the one organizers made current; failing that, the most recent one not archived.
import { cookies } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export const EVENT_COOKIE = "kh_event";

export type EventSummary = NonNullable<Awaited<ReturnType<typeof loadCurrentEvent>>>;

const include = { organizers: { include: { body: true } }, vettingRules: true } as const;

/** The slug chosen with the switcher; none outside a request (scripts, tests) or when never chosen. */
async function chosenSlug(): Promise<string | null> {
  try {
    return (await cookies()).get(EVENT_COOKIE)?.value ?? null;
  } catch {
    return null;
  }
}

async function loadCurrentEvent() {
  const slug = await chosenSlug();
  if (slug) {
    const chosen = await db.event.findUnique({ where: { slug }, include });
    if (chosen) return sortBodies(chosen);
  }
  const event = await db.event.findFirst({
    where: { archivedAt: null },
    orderBy: [{ isCurrent: "desc" }, { startsAt: "desc" }],
    include,
  });
  return event && sortBodies(event);
}

function sortBodies<E extends { organizers: { body: { code: string } }[] }>(event: E): E {
  return { ...event, organizers: [...event.organizers].sort((a, b) => a.body.code.localeCompare(b.body.code)) };
}

/** The event the site is showing, once per request. */
export const currentEvent = cache(loadCurrentEvent);

/** The current event for actions and route handlers; none is "not found" (a 404, or a message at the form). */
export async function requireCurrentEvent() {
  const event = await currentEvent();
  if (!event) throw new AppError("NOT_FOUND", "no event");
  return event;
}

/**
 * The editions a person takes part in, for the switcher: those their firms registered for, those they are
 * staff at, and the site's current one; archived ones only when it is the one being shown. Anonymous
 * visitors see every edition not archived.
 */
export async function switcherEvents(userId: string | null) {
  const events = await db.event.findMany({
    where: userId
      ? {
          archivedAt: null,
          OR: [
            { isCurrent: true },
            { staff: { some: { userId } } },
            { participants: { some: { firm: { members: { some: { userId } } } } } },
          ],
        }
      : { archivedAt: null },
    orderBy: { startsAt: "desc" },
    select: { id: true, slug: true, nameEn: true, nameJa: true, nameVi: true, startsAt: true, endsAt: true },
  });
  return events;
}

/** An edition by its slug, for the switcher; an unknown one is not found. */
export async function eventBySlug(slug: string) {
  const event = await db.event.findUnique({ where: { slug }, select: { id: true, slug: true } });
  if (!event) throw new AppError("NOT_FOUND", "no such event");
  return event;
}
