// The per-person rate limit on messages, held in the database so that every app server counts the same sends:
// compare-and-set updates on the person's window row (MessageRate), inside the send's transaction, so a refused
// or failed send takes no place in the window and twenty sends at once store exactly the limit.
import type { Prisma } from "@/lib/generated/prisma/client";
import { SEND_LIMIT } from "./conversation-rules";

/** One send's place in the person's current window, or false when the window is full. The row must exist. */
export async function takeSendToken(
  tx: Pick<Prisma.TransactionClient, "messageRate">,
  userId: string,
  now: Date,
  limit = SEND_LIMIT,
): Promise<boolean> {
  const windowOpenedAfter = new Date(now.getTime() - limit.windowMs);
  const inWindow = () =>
    tx.messageRate.updateMany({
      where: { userId, windowStart: { gt: windowOpenedAfter }, count: { lt: limit.messages } },
      data: { count: { increment: 1 } },
    });
  if ((await inWindow()).count > 0) return true;
  const fresh = await tx.messageRate.updateMany({
    where: { userId, windowStart: { lte: windowOpenedAfter } },
    data: { windowStart: now, count: 1 },
  });
  if (fresh.count > 0) return true;
  // Another send opened a new window between the two updates: take a place in it if there is one.
  return (await inWindow()).count > 0;
}
