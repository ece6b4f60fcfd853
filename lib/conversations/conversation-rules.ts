// The rules of conversations between firms, as pure functions: which pair a thread belongs to, what a message
// may be, who may write, how many messages a person may send, what counts as unread.
import { z } from "zod";
import { formText, Id } from "@/lib/validation/form-input";

/** Messages are text of at most this many characters. */
export const MESSAGE_MAX = 4000;
/** A person may send this many messages per window; more are refused (RATE_LIMITED) and nothing is stored. */
export const SEND_LIMIT = { messages: 10, windowMs: 60_000 } as const;

/** "<firm>:<firm>" with the ids in order: one thread per pair, whichever side opens it. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}

/** The pair in the order the thread stores it (firmA has the smaller id). */
export function orderedPair(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}

export const MessageBody = formText(MESSAGE_MAX, "errors.messages.tooLong").pipe(
  z.string().min(1, { error: "errors.messages.empty" }),
);

export const SendMessageSchema = z.object({
  conversationId: Id,
  body: MessageBody,
  // Made by the form once per message written; a resent form carries the same key.
  clientKey: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,64}$/)
    .optional()
    .catch(undefined),
});

export type BlockState = "none" | "mute" | "block";

/**
 * Whether a firm may write in the thread now. A firm the other side blocked is refused without being told why
 * ("could not be delivered"); a firm that blocked the other is told, since it can undo it.
 */
export function sendRefusal(input: {
  mine: BlockState;
  theirs: BlockState;
}): null | "errors.messages.notDelivered" | "errors.messages.youBlocked" {
  if (input.mine === "block") return "errors.messages.youBlocked";
  if (input.theirs === "block") return "errors.messages.notDelivered";
  return null;
}

export type RateWindow = { windowStart: Date; count: number };

/** The window after one more send at `now`, or null when the person is over the limit. */
export function afterSend(current: RateWindow | null, now: Date, limit = SEND_LIMIT): RateWindow | null {
  if (!current || now.getTime() - current.windowStart.getTime() >= limit.windowMs)
    return { windowStart: now, count: 1 };
  if (current.count >= limit.messages) return null;
  return { windowStart: current.windowStart, count: current.count + 1 };
}

/** A firm's unread messages in one thread: others' messages after what the person has read, unless muted. */
export function unreadIn(input: { lastSeq: number; lastReadSeq: number; muted: boolean }): boolean {
  return !input.muted && input.lastSeq > input.lastReadSeq;
}
