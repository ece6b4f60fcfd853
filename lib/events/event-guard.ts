// The one refusal for changes to an edition that is over or archived: requests, bookings, moves, sign-ups.
// Its outcomes, reports and agendas stay readable (those reads do not call this).
import { AppError } from "@/lib/errors";
import { acceptsChanges } from "./event-phase";

export function assertEventOpen(
  event: { startsAt: Date; endsAt: Date; archivedAt?: Date | null },
  now: Date = new Date(),
): void {
  if (!acceptsChanges(event, now)) throw new AppError("CONFLICT", "event over", { form: "errors.event.over" });
}
