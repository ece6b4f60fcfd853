// Self-booking offers only what will work: a slot of the host's is offered to a booker when both firms are free
// then (no meeting, tour or "away" in it), a table that suits the pair is free then (an interpreter's table when
// they need one; none for an online meeting), neither firm is at the event's cap and the two have no meeting
// already. What is offered can still be taken by someone faster; the database's keys decide that, as before.
// Pure.
import { chooseTable, underCap, type TableView } from "./placement-rules";

export type OfferFacts = {
  /** The host's open slots, in time order. */
  openSlots: readonly { id: string; startsAt: Date; endsAt: Date }[];
  /** Slots each firm is taken in (holds of meetings and tours, marked away). */
  hostTaken: ReadonlySet<string>;
  bookerTaken: ReadonlySet<string>;
  tables: readonly TableView[];
  /** Slot -> tables with a meeting then. */
  tablesTaken: ReadonlyMap<string, ReadonlySet<string>>;
  /** The interpreter pair the two firms need, or null. */
  interpreter: string | null;
  /** Held online: no table needed. */
  online: boolean;
  meetingCounts: { host: number; booker: number };
  cap: number | null;
  /** The two firms already have a meeting (scheduled or held) between them. */
  alreadyMeeting: boolean;
};

export type Offer = {
  slots: { id: string; startsAt: Date; endsAt: Date }[];
  /** Why nothing can be offered at all, when that is the case for a reason other than the slots themselves. */
  blocked: null | "alreadyMeeting" | "cap";
};

export function offerableSlots(f: OfferFacts): Offer {
  if (f.alreadyMeeting) return { slots: [], blocked: "alreadyMeeting" };
  if (!underCap(f.meetingCounts.host, f.cap) || !underCap(f.meetingCounts.booker, f.cap))
    return { slots: [], blocked: "cap" };
  const slots = f.openSlots.filter(
    (s) =>
      !f.hostTaken.has(s.id) &&
      !f.bookerTaken.has(s.id) &&
      (f.online || chooseTable(f.tables, f.tablesTaken.get(s.id) ?? new Set(), f.interpreter) !== null),
  );
  return { slots, blocked: null };
}

/** The slots of `wanted` a firm may not open for booking: those it is already taken in. */
export function unopenableSlots(wanted: readonly string[], taken: ReadonlySet<string>): string[] {
  return wanted.filter((id) => taken.has(id));
}
