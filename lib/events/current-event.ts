import { cache } from "react";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export type EventSummary = Awaited<ReturnType<typeof loadCurrentEvent>>;

async function loadCurrentEvent() {
  // The edition organizers marked current; failing that, the most recent one.
  return db.event.findFirst({
    orderBy: [{ isCurrent: "desc" }, { startsAt: "desc" }],
    include: { organizers: { include: { body: true }, orderBy: { body: { code: "asc" } } } },
  });
}

/** The event the site is showing, once per request. */
export const currentEvent = cache(loadCurrentEvent);

/** The current event for actions and route handlers; none is "not found" (a 404, or a message at the form). */
export async function requireCurrentEvent() {
  const event = await currentEvent();
  if (!event) throw new AppError("NOT_FOUND", "no event");
  return event;
}
