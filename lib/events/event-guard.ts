// The one refusal for changes to an edition that is over or archived: requests, bookings, moves, sign-ups.
// Its outcomes, reports and agendas stay readable (those reads do not call this).
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { acceptsChanges } from "./event-phase";

export function assertEventOpen(
  event: { startsAt: Date; endsAt: Date; archivedAt?: Date | null },
  now: Date = new Date(),
): void {
  if (!acceptsChanges(event, now)) throw new AppError("CONFLICT", "event over", { form: "errors.event.over" });
}

/** The same refusal, for an operation that knows only the edition's id. An unknown edition is not found. */
export async function assertEventIdOpen(eventId: string, now: Date = new Date()): Promise<void> {
  const event = await db.event.findUnique({
    where: { id: eventId },
    select: { startsAt: true, endsAt: true, archivedAt: true },
  });
  if (!event) throw new AppError("NOT_FOUND", "no such event");
  assertEventOpen(event, now);
}
