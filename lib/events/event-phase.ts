// Where an edition stands in time. One definition, so every page and operation agrees on when an event is
// over: after its end (an instant, so the event's own zone decides, not the server's or the browser's).
export type EventPhase = "upcoming" | "running" | "over";

type Dated = { startsAt: Date; endsAt: Date };

export function eventPhase(event: Dated, now: Date = new Date()): EventPhase {
  if (now.getTime() < event.startsAt.getTime()) return "upcoming";
  if (now.getTime() <= event.endsAt.getTime()) return "running";
  return "over";
}

/** Whether anything can still be requested, booked or moved at the event. Outcomes and reports stay open. */
export function acceptsChanges(event: Dated & { archivedAt?: Date | null }, now: Date = new Date()): boolean {
  return !event.archivedAt && eventPhase(event, now) !== "over";
}
