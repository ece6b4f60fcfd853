import { cache } from "react";
import { db } from "@/lib/db";

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
