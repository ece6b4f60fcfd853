// Taps that cannot be taken back hurt on a phone at a busy venue. Each destructive action either asks first
// ("confirm": the server refuses it without the confirmation, so no single tap does it) or happens at once and
// can be undone for a short time ("undo"): undo where the change can be put back exactly while nobody else has
// acted on it (a no-show, a cancelled meeting, a withdrawn request), confirm where it cannot (a tour seat goes to
// the next person waiting at once; a deletion). Some changes are their own undo and need neither: withdrawing
// your details from someone's saved contacts is taken back by sharing them again. Pure.

export type DestructiveAction =
  | "meeting.noShow"
  | "meeting.cancel"
  | "request.withdraw"
  | "tourSeat.giveUp"
  | "savedContact.delete"
  | "session.remove"
  | "requirement.remove";

export type Safeguard = "undo" | "confirm";

export const SAFEGUARD: Record<DestructiveAction, Safeguard> = {
  "meeting.noShow": "undo",
  "meeting.cancel": "undo",
  "request.withdraw": "undo",
  "tourSeat.giveUp": "confirm",
  "savedContact.delete": "confirm",
  "session.remove": "confirm",
  "requirement.remove": "confirm",
};

/** The actions SAFEGUARD lets happen at once with an undo (a unit test holds the two lists together). */
export const UNDO_KINDS = ["meeting.noShow", "meeting.cancel", "request.withdraw"] as const;
export type UndoKind = (typeof UNDO_KINDS)[number];

/**
 * Long enough to notice a mistake and for a late partner to walk up to the table (a slot is 20 minutes), short
 * enough that nobody plans around a change that might still be taken back.
 */
export const UNDO_WINDOW_MS = 10 * 60_000;

export type UndoView = {
  userId: string;
  expiresAt: Date;
  undoneAt: Date | null;
  /** The changed row's updatedAt right after the change. */
  targetStamp: Date;
};

export type UndoRefusal = "notYours" | "expired" | "alreadyUndone" | "changedSince";

/**
 * Whether `userId` may undo the change now: only the person who made it, once, within its window, and only while
 * the changed row is as the change left it (`currentStamp`: the row's updatedAt now; null when it is gone).
 */
export function undoRefusal(
  record: UndoView,
  userId: string,
  now: Date,
  currentStamp: Date | null,
): UndoRefusal | null {
  if (record.userId !== userId) return "notYours";
  if (record.undoneAt) return "alreadyUndone";
  if (now.getTime() > record.expiresAt.getTime()) return "expired";
  if (!currentStamp || currentStamp.getTime() !== record.targetStamp.getTime()) return "changedSince";
  return null;
}

/** The end of the undo window of a change made at `now`. */
export function undoExpiry(now: Date): Date {
  return new Date(now.getTime() + UNDO_WINDOW_MS);
}

/** The form value that confirms a "confirm" action; anything else is a first tap, answered with a question. */
export const CONFIRMED = "yes";

export function isConfirmed(value: unknown): boolean {
  return value === CONFIRMED || value === true;
}
