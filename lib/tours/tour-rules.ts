// The rules of tour seats and waitlists, pure: who may join, what a sign-up gets, who moves up when a seat frees.

export type SeatStatus = "CONFIRMED" | "AWAITING_HOST" | "WAITLISTED" | "CANCELLED";

/** Statuses that hold one of the tour's seats (and block the firm's meeting slots for the tour's time). */
export function holdsSeat(status: SeatStatus): boolean {
  return status === "CONFIRMED" || status === "AWAITING_HOST";
}

/** "JP,VN" -> a firm of one of those countries may join; "" -> every firm. */
export function eligibleCountry(eligibleCountries: string, country: string): boolean {
  const list = splitList(eligibleCountries);
  return list.length === 0 || list.includes(country);
}

export function splitList(value: string): string[] {
  return value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** What a new sign-up gets: a seat when one is free (held for the host's approval if the tour asks for it), else a place in line. */
export function signUpOutcome(seatsHeld: number, seats: number, hostApproval: boolean): SeatStatus {
  if (seatsHeld >= seats) return "WAITLISTED";
  return hostApproval ? "AWAITING_HOST" : "CONFIRMED";
}

/** The lowest seat number from 1 to `seats` nobody holds, or null when the tour is full. */
export function lowestFreeSeat(taken: readonly number[], seats: number): number | null {
  const used = new Set(taken);
  for (let n = 1; n <= seats; n++) if (!used.has(n)) return n;
  return null;
}

export type InLine = { id: string; queueNo: number; blocked: boolean };

/**
 * Who takes a freed seat: the first in line (lowest queue number) who can go; someone whose delegation now has
 * a meeting at the tour's time is passed over and keeps their place.
 */
export function nextInLine(waitlist: readonly InLine[]): InLine | null {
  return [...waitlist].sort((a, b) => a.queueNo - b.queueNo).find((w) => !w.blocked) ?? null;
}

/** A waiting person's position: 1 for the first in line. */
export function waitlistPosition(queueNo: number, queue: readonly number[]): number {
  return queue.filter((q) => q <= queueNo).length;
}

/** The slots a tour overlaps (start before its end, end after its start). */
export function overlappingSlots<S extends { id: string; startsAt: Date; endsAt: Date }>(
  tour: { startsAt: Date; endsAt: Date },
  slots: readonly S[],
): S[] {
  return slots.filter((s) => s.startsAt < tour.endsAt && s.endsAt > tour.startsAt);
}
