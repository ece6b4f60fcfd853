// Conversations between firms: one thread per pair, read and written by every member of both firms and by no
// one else (organizers included: they see only reported messages, reports.ts). Authorization lives here; a
// thread the actor may not read is "not found", never "forbidden", so its existence is not revealed.
import { z } from "zod";
import { db } from "@/lib/db";
import type { ConversationOrigin, Prisma } from "@/lib/generated/prisma/client";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { allows } from "@/lib/auth/policy";
import { fieldErrors, Id } from "@/lib/validation/form-input";
import { FIRM_NAME_SELECT } from "@/lib/firms/firm-name";
import { orderedPair, pairKey, SendMessageSchema, sendRefusal, type BlockState } from "./conversation-rules";
import { blockState, silencedFirms } from "./firm-blocks";
import { relationshipBetween, mutualMatchesOf } from "./relationship";
import { takeSendToken } from "./send-rate";

type Tx = Prisma.TransactionClient;

/** How many messages a thread view loads at first (older ones are rarely needed at an event). */
const THREAD_PAGE = 200;

/** The thread for a pair, created if it does not exist yet (a second creator finds the first one's). */
export async function ensureConversation(
  a: string,
  b: string,
  origin: ConversationOrigin,
  tx: Pick<Tx, "conversation"> = db,
): Promise<{ id: string }> {
  const key = pairKey(a, b);
  const existing = await tx.conversation.findUnique({ where: { pairKey: key }, select: { id: true } });
  if (existing) return existing;
  const [firmAId, firmBId] = orderedPair(a, b);
  try {
    return await tx.conversation.create({ data: { pairKey: key, firmAId, firmBId, origin }, select: { id: true } });
  } catch (e) {
    // Inside a PostgreSQL transaction the failed insert has aborted it: the caller's retry finds the row.
    if (isUniqueViolation(e) && tx === db)
      return db.conversation.findUniqueOrThrow({ where: { pairKey: key }, select: { id: true } });
    throw e;
  }
}

/** The actor's firm in a thread (the first, should they belong to both), or null when they are in neither. */
function myFirmIn(actor: Actor, c: { firmAId: string; firmBId: string }): string | null {
  if (allows(actor, { kind: "firmMember", firmId: c.firmAId })) return c.firmAId;
  if (allows(actor, { kind: "firmMember", firmId: c.firmBId })) return c.firmBId;
  return null;
}

/** The thread as this actor may use it, or NOT_FOUND. */
async function accessibleThread(actor: Actor, conversationId: unknown) {
  const id = typeof conversationId === "string" && conversationId.length <= 64 ? conversationId : "";
  const c = id
    ? await db.conversation.findUnique({
        where: { id },
        include: { firmA: { select: FIRM_NAME_SELECT }, firmB: { select: FIRM_NAME_SELECT } },
      })
    : null;
  const mine = c ? myFirmIn(actor, c) : null;
  if (!c || !mine) throw new AppError("NOT_FOUND", "no such conversation");
  const [myFirm, otherFirm] = mine === c.firmAId ? [c.firmA, c.firmB] : [c.firmB, c.firmA];
  return { conversation: c, myFirm, otherFirm };
}

export const OpenConversationSchema = z.object({ firmId: Id, otherFirmId: Id });

/**
 * Opens (or finds) the thread between the actor's firm and another firm they have a reason to talk to. No
 * request, mutual match or meeting between them: "not found", as for a thread that does not exist.
 */
export async function openConversation(
  actor: Actor,
  options: z.input<typeof OpenConversationSchema>,
): Promise<{ id: string }> {
  const parsed = OpenConversationSchema.safeParse(options);
  if (!parsed.success) throw new AppError("NOT_FOUND", "no such conversation");
  const { firmId, otherFirmId } = parsed.data;
  if (!allows(actor, { kind: "firmMember", firmId })) throw new AppError("NOT_FOUND", "no such conversation");
  const existing = await db.conversation.findUnique({
    where: { pairKey: pairKey(firmId, otherFirmId) },
    select: { id: true },
  });
  if (existing) return existing;
  const origin = await relationshipBetween(firmId, otherFirmId);
  if (!origin) throw new AppError("NOT_FOUND", "no such conversation");
  return ensureConversation(firmId, otherFirmId, origin);
}

export type MessageView = {
  id: string;
  seq: number;
  body: string;
  locale: string;
  createdAt: string;
  senderName: string;
  senderFirmId: string;
  /** Written by the actor's firm (shown on the right). */
  mine: boolean;
};

const messageSelect = {
  id: true,
  seq: true,
  body: true,
  locale: true,
  createdAt: true,
  senderFirmId: true,
  sender: { select: { displayName: true } },
} as const;

function view(m: Prisma.MessageGetPayload<{ select: typeof messageSelect }>, myFirmId: string): MessageView {
  return {
    id: m.id,
    seq: m.seq,
    body: m.body,
    locale: m.locale,
    createdAt: m.createdAt.toISOString(),
    senderName: m.sender.displayName,
    senderFirmId: m.senderFirmId,
    mine: m.senderFirmId === myFirmId,
  };
}

/** Records that the person has read the thread up to `seq` (never backwards). */
export async function markReadUpTo(userId: string, conversationId: string, seq: number): Promise<void> {
  const where = { conversationId_userId: { conversationId, userId } };
  const updated = await db.conversationRead.updateMany({
    where: { conversationId, userId, lastReadSeq: { lt: seq } },
    data: { lastReadSeq: seq },
  });
  if (updated.count > 0) return;
  if (await db.conversationRead.findUnique({ where })) return;
  try {
    await db.conversationRead.create({ data: { conversationId, userId, lastReadSeq: seq } });
  } catch (e) {
    // Another tab of the same person created it first: move it forward instead.
    if (!isUniqueViolation(e)) throw e;
    await db.conversationRead.updateMany({
      where: { conversationId, userId, lastReadSeq: { lt: seq } },
      data: { lastReadSeq: seq },
    });
  }
}

/**
 * A thread as its reader sees it: both firms (named in both scripts by the page), the latest messages, and what
 * the reader's firm has set for the other (mute, block). Reading it marks it read.
 */
export async function readThread(actor: Actor, conversationId: string) {
  const { conversation, myFirm, otherFirm } = await accessibleThread(actor, conversationId);
  const rows = await db.message.findMany({
    where: { conversationId: conversation.id },
    orderBy: { seq: "desc" },
    take: THREAD_PAGE,
    select: messageSelect,
  });
  const messages = rows.reverse().map((m) => view(m, myFirm.id));
  const state = await blockState(myFirm.id, otherFirm.id);
  if (conversation.lastSeq > 0) await markReadUpTo(actor.userId, conversation.id, conversation.lastSeq);
  return { id: conversation.id, origin: conversation.origin, myFirm, otherFirm, messages, blockState: state };
}

/** Throws NOT_FOUND unless the actor may read the thread (the live route checks before it streams). */
export async function assertThreadAccess(actor: Actor, conversationId: string): Promise<void> {
  await accessibleThread(actor, conversationId);
}

/** Messages after `afterSeq` (live updates); delivering them to an open thread marks them read. */
export async function messagesAfter(actor: Actor, conversationId: string, afterSeq: number, markRead = true) {
  const { conversation, myFirm } = await accessibleThread(actor, conversationId);
  // Sequence numbers are 32-bit integers in the database (PostgreSQL refuses a larger value in the query).
  const after = Number.isSafeInteger(afterSeq) && afterSeq > 0 ? Math.min(afterSeq, 2 ** 31 - 1) : 0;
  const rows = await db.message.findMany({
    where: { conversationId: conversation.id, seq: { gt: after } },
    orderBy: { seq: "asc" },
    take: THREAD_PAGE,
    select: messageSelect,
  });
  const last = rows.at(-1)?.seq;
  if (markRead && last) await markReadUpTo(actor.userId, conversation.id, last);
  return rows.map((m) => view(m, myFirm.id));
}

/**
 * Writes a message. Refused: empty or over 4,000 characters, control characters (field messages); a thread
 * the actor is not in ("not found"); a firm the other side blocked ("could not be delivered", without saying
 * why); over the rate limit (RATE_LIMITED, nothing stored). The same `clientKey` twice stores one message.
 */
export async function sendMessage(
  actor: Actor,
  options: z.input<typeof SendMessageSchema>,
  now = new Date(),
): Promise<MessageView> {
  const parsed = SendMessageSchema.safeParse(options);
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    if (errors.conversationId) throw new AppError("NOT_FOUND", "no such conversation");
    throw new AppError("INVALID_INPUT", "invalid message", errors);
  }
  const { conversationId, body, clientKey } = parsed.data;
  const { conversation, myFirm, otherFirm } = await accessibleThread(actor, conversationId);
  const [mine, theirs] = await Promise.all([blockState(myFirm.id, otherFirm.id), blockState(otherFirm.id, myFirm.id)]);
  const refusal = sendRefusal({ mine, theirs });
  if (refusal) throw new AppError("CONFLICT", "cannot write in this thread now", { form: refusal });
  const sent = async () =>
    clientKey
      ? db.message.findUnique({
          where: { senderId_clientKey: { senderId: actor.userId, clientKey } },
          select: messageSelect,
        })
      : null;
  const already = await sent();
  if (already) return view(already, myFirm.id);
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { locale: true } });
  await ensureRateRow(actor.userId, now);
  try {
    const created = await db.$transaction(async (tx) => {
      if (!(await takeSendToken(tx, actor.userId, now)))
        throw new AppError("RATE_LIMITED", "too many messages", { form: "errors.messages.tooMany" });
      // The increment takes the thread's row lock: sends to one thread are numbered one after another.
      const { lastSeq } = await tx.conversation.update({
        where: { id: conversation.id },
        data: { lastSeq: { increment: 1 }, lastMessageAt: now },
        select: { lastSeq: true },
      });
      const message = await tx.message.create({
        data: {
          conversationId: conversation.id,
          seq: lastSeq,
          senderId: actor.userId,
          senderFirmId: myFirm.id,
          body,
          locale: user?.locale ?? "en",
          clientKey: clientKey ?? null,
          createdAt: now,
        },
        select: messageSelect,
      });
      return message;
    });
    await markReadUpTo(actor.userId, conversation.id, created.seq);
    return view(created, myFirm.id);
  } catch (e) {
    // The same form sent twice at once: the other send stored it.
    if (isUniqueViolation(e) && clientKey) {
      const stored = await sent();
      if (stored) return view(stored, myFirm.id);
    }
    throw e;
  }
}

async function ensureRateRow(userId: string, now: Date): Promise<void> {
  if (await db.messageRate.findUnique({ where: { userId }, select: { userId: true } })) return;
  try {
    await db.messageRate.create({ data: { userId, windowStart: now, count: 0 } });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
  }
}

/**
 * The person's unread messages by thread, across all their firms: messages from the other firm after what they
 * have read, leaving out firms their firm muted or blocked.
 */
export async function unreadByConversation(actor: Actor): Promise<Map<string, number>> {
  const mine = actor.memberships.map((m) => m.firmId);
  if (mine.length === 0) return new Map();
  const [threads, silenced] = await Promise.all([
    db.conversation.findMany({
      where: { lastSeq: { gt: 0 }, OR: [{ firmAId: { in: mine } }, { firmBId: { in: mine } }] },
      select: {
        id: true,
        firmAId: true,
        firmBId: true,
        lastSeq: true,
        reads: { where: { userId: actor.userId }, select: { lastReadSeq: true } },
      },
    }),
    silencedFirms(mine),
  ]);
  const candidates = threads
    .map((t) => ({
      id: t.id,
      other: mine.includes(t.firmAId) ? t.firmBId : t.firmAId,
      lastSeq: t.lastSeq,
      read: t.reads[0]?.lastReadSeq ?? 0,
    }))
    .filter((t) => t.lastSeq > t.read && !silenced.has(t.other));
  if (candidates.length === 0) return new Map();
  const counts = await db.message.groupBy({
    by: ["conversationId"],
    where: {
      senderFirmId: { notIn: mine },
      OR: candidates.map((t) => ({ conversationId: t.id, seq: { gt: t.read } })),
    },
    _count: { _all: true },
  });
  return new Map(counts.map((c) => [c.conversationId, c._count._all]));
}

/** The number in the header. */
export async function unreadMessageCount(actor: Actor): Promise<number> {
  let total = 0;
  for (const n of (await unreadByConversation(actor)).values()) total += n;
  return total;
}

/**
 * A firm's threads, newest first, with the other firm, the last message, the reader's unread count and what the
 * firm set for the other; then the mutual matches it has no thread with yet (it may start one).
 */
export async function conversationsOf(actor: Actor, firmId: string) {
  if (!allows(actor, { kind: "firmMember", firmId })) throw new AppError("FORBIDDEN", "not a member of that firm");
  const [threads, unread, blocks, matches] = await Promise.all([
    db.conversation.findMany({
      where: { OR: [{ firmAId: firmId }, { firmBId: firmId }] },
      orderBy: [{ lastMessageAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
      include: {
        firmA: { select: FIRM_NAME_SELECT },
        firmB: { select: FIRM_NAME_SELECT },
        messages: { orderBy: { seq: "desc" }, take: 1, select: messageSelect },
      },
    }),
    unreadByConversation(actor),
    db.firmBlock.findMany({ where: { firmId }, select: { otherFirmId: true, kind: true } }),
    mutualMatchesOf(firmId),
  ]);
  const stateOf = new Map<string, BlockState>(blocks.map((b) => [b.otherFirmId, b.kind === "MUTE" ? "mute" : "block"]));
  const withThread = new Set(threads.map((t) => (t.firmAId === firmId ? t.firmBId : t.firmAId)));
  const startable = matches.filter((id) => !withThread.has(id));
  const matchFirms = startable.length
    ? await db.firm.findMany({ where: { id: { in: startable }, status: "APPROVED" }, select: FIRM_NAME_SELECT })
    : [];
  return {
    threads: threads.map((t) => {
      const other = t.firmAId === firmId ? t.firmB : t.firmA;
      const last = t.messages[0];
      return {
        id: t.id,
        origin: t.origin,
        other,
        last: last ? view(last, firmId) : null,
        lastMessageAt: t.lastMessageAt?.toISOString() ?? null,
        unread: unread.get(t.id) ?? 0,
        blockState: stateOf.get(other.id) ?? ("none" as BlockState),
      };
    }),
    startable: matchFirms,
  };
}

/**
 * The thread a meeting request opens: its message, if it has one, is the thread's first (or next) message,
 * written in the sender's language. Runs in the request's transaction.
 */
export async function postRequestMessage(
  tx: Tx,
  request: { id: string; fromFirmId: string; toFirmId: string; requestedById: string; message: string },
  now = new Date(),
): Promise<void> {
  const { id: conversationId } = await ensureConversation(request.fromFirmId, request.toFirmId, "REQUEST", tx);
  if (!request.message.trim()) return;
  const user = await tx.user.findUnique({ where: { id: request.requestedById }, select: { locale: true } });
  const { lastSeq } = await tx.conversation.update({
    where: { id: conversationId },
    data: { lastSeq: { increment: 1 }, lastMessageAt: now },
    select: { lastSeq: true },
  });
  await tx.message.create({
    data: {
      conversationId,
      seq: lastSeq,
      senderId: request.requestedById,
      senderFirmId: request.fromFirmId,
      body: request.message,
      locale: user?.locale ?? "en",
      requestId: request.id,
      createdAt: now,
    },
  });
  await tx.conversationRead.upsert({
    where: { conversationId_userId: { conversationId, userId: request.requestedById } },
    create: { conversationId, userId: request.requestedById, lastReadSeq: lastSeq },
    update: { lastReadSeq: lastSeq },
  });
}
