// The hourly digest of unread messages: a person with messages from another firm they have neither read in
// the app for DIGEST_DELAY_MS nor had in a digest gets one mail listing them, in their language, at most one
// mail an hour (a compare-and-set on NotificationSettings.lastDigestAt) and never when they turned it off.
// The planner (lib/reminders/plan.ts) enqueues a digest job per person due; the job decides and mails.
import { createTranslator } from "use-intl/core";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NewJob, JobHandler } from "@/lib/jobs/queue";
import { FIRM_NAME_SELECT, firmLabel } from "@/lib/firms/firm-name";
import { loadMessages } from "@/lib/i18n/messages";
import { isLocale } from "@/lib/i18n/routing";
import { mailOne } from "@/lib/notifications/emails";

/** A message waits this long for its reader in the app before it goes into a digest. */
export const DIGEST_DELAY_MS = 10 * 60_000;
/** At most one digest per person in this time. */
export const DIGEST_EVERY_MS = 60 * 60_000;
/** Messages older than this are not mailed any more (a digest turned back on does not mail last month). */
const LOOK_BACK_MS = 24 * 3_600_000;

type Reader = Pick<
  Prisma.TransactionClient,
  "conversation" | "message" | "conversationRead" | "firmBlock" | "membership"
>;

type Pending = { conversationId: string; otherFirmId: string; fromSeq: number; seqs: number[] };

/** What `userId` would find in a digest now: per thread, the other firm's messages not read and not mailed. */
async function undigested(client: Reader, userId: string, now: Date): Promise<Pending[]> {
  const mine = (await client.membership.findMany({ where: { userId }, select: { firmId: true } })).map((m) => m.firmId);
  if (mine.length === 0) return [];
  const [threads, silenced] = await Promise.all([
    client.conversation.findMany({
      where: {
        lastMessageAt: { gte: new Date(now.getTime() - LOOK_BACK_MS) },
        OR: [{ firmAId: { in: mine } }, { firmBId: { in: mine } }],
      },
      select: { id: true, firmAId: true, firmBId: true, reads: { where: { userId } } },
    }),
    client.firmBlock.findMany({ where: { firmId: { in: mine } }, select: { otherFirmId: true } }),
  ]);
  const quiet = new Set(silenced.map((s) => s.otherFirmId));
  const open = threads
    .map((t) => ({
      conversationId: t.id,
      otherFirmId: mine.includes(t.firmAId) ? t.firmBId : t.firmAId,
      fromSeq: Math.max(t.reads[0]?.lastReadSeq ?? 0, t.reads[0]?.digestedSeq ?? 0),
    }))
    .filter((t) => !quiet.has(t.otherFirmId));
  if (open.length === 0) return [];
  const messages = await client.message.findMany({
    where: {
      senderFirmId: { notIn: mine },
      createdAt: { gte: new Date(now.getTime() - LOOK_BACK_MS), lte: new Date(now.getTime() - DIGEST_DELAY_MS) },
      OR: open.map((t) => ({ conversationId: t.conversationId, seq: { gt: t.fromSeq } })),
    },
    select: { conversationId: true, seq: true },
    orderBy: { seq: "asc" },
  });
  return open
    .map((t) => ({ ...t, seqs: messages.filter((m) => m.conversationId === t.conversationId).map((m) => m.seq) }))
    .filter((t) => t.seqs.length > 0);
}

/** Digest jobs for the people who have one due now (run by the planner each minute). */
export async function planDigests(now: Date): Promise<NewJob[]> {
  const active = await db.conversation.findMany({
    where: { lastMessageAt: { gte: new Date(now.getTime() - LOOK_BACK_MS), lte: now } },
    select: { firmAId: true, firmBId: true },
  });
  if (active.length === 0) return [];
  const firmIds = [...new Set(active.flatMap((c) => [c.firmAId, c.firmBId]))];
  const people = [
    ...new Set(
      (await db.membership.findMany({ where: { firmId: { in: firmIds } }, select: { userId: true } })).map(
        (m) => m.userId,
      ),
    ),
  ];
  const settings = await db.notificationSettings.findMany({ where: { userId: { in: people } } });
  const byUser = new Map(settings.map((s) => [s.userId, s]));
  const minute = new Date(Math.floor(now.getTime() / 60_000) * 60_000).toISOString();
  const jobs: NewJob[] = [];
  for (const userId of people) {
    const s = byUser.get(userId);
    if (s && !s.messageDigest) continue;
    if (s?.lastDigestAt && now.getTime() - s.lastDigestAt.getTime() < DIGEST_EVERY_MS) continue;
    if ((await undigested(db, userId, now)).length === 0) continue;
    jobs.push({
      key: `digest:${userId}:${minute}`,
      kind: "digest",
      payload: { userId },
      runAt: now,
      expiresAt: new Date(now.getTime() + DIGEST_EVERY_MS),
    });
  }
  return jobs;
}

const EXCERPT = 160;
const excerpt = (s: string) => (s.length > EXCERPT ? `${s.slice(0, EXCERPT - 1)}…` : s).replace(/\s+/g, " ");

/** The digest job: decides again in its transaction (the person may have read everything meanwhile), claims the
 * hour with a compare-and-set, marks what it mails, and mails after the commit. */
export const digestHandler: JobHandler = async (job, { tx, now }) => {
  const userId = String(job.payload.userId ?? "");
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, locale: true } });
  if (!user) return { result: "dropped", reason: "person gone" };
  const settings = await tx.notificationSettings.findUnique({ where: { userId } });
  if (settings && !settings.messageDigest) return { result: "dropped", reason: "digest switched off" };
  const pending = await undigested(tx, userId, now);
  if (pending.length === 0) return { result: "dropped", reason: "nothing unread" };
  const hourAgo = new Date(now.getTime() - DIGEST_EVERY_MS);
  if (settings) {
    const { count } = await tx.notificationSettings.updateMany({
      where: { userId, OR: [{ lastDigestAt: null }, { lastDigestAt: { lte: hourAgo } }] },
      data: { lastDigestAt: now },
    });
    if (count === 0) return { result: "dropped", reason: "a digest went out less than an hour ago" };
  } else {
    await tx.notificationSettings.create({ data: { userId, lastDigestAt: now } });
  }
  for (const p of pending) {
    const upTo = Math.max(...p.seqs);
    await tx.conversationRead.upsert({
      where: { conversationId_userId: { conversationId: p.conversationId, userId } },
      create: { conversationId: p.conversationId, userId, digestedSeq: upTo },
      update: { digestedSeq: upTo },
    });
  }
  const [firms, messages] = await Promise.all([
    tx.firm.findMany({ where: { id: { in: pending.map((p) => p.otherFirmId) } }, select: FIRM_NAME_SELECT }),
    tx.message.findMany({
      where: { OR: pending.map((p) => ({ conversationId: p.conversationId, seq: { in: p.seqs } })) },
      orderBy: { seq: "asc" },
      select: { conversationId: true, body: true, sender: { select: { displayName: true } } },
    }),
  ]);
  const locale = isLocale(user.locale) ? user.locale : "en";
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "email" });
  const total = pending.reduce((n, p) => n + p.seqs.length, 0);
  const lines = pending.map((p) => {
    const firm = firms.find((f) => f.id === p.otherFirmId);
    const latest = messages.filter((m) => m.conversationId === p.conversationId).slice(-3);
    return [
      t("messageDigest.thread", { firm: firm ? firmLabel(firm, locale) : "", count: p.seqs.length }),
      ...latest.map((m) => `  ${m.sender.displayName}: “${excerpt(m.body)}”`),
    ].join("\n");
  });
  return {
    result: "done",
    after: () => mailOne(user, "messageDigest", { count: total }, { link: "/messages", extra: lines.join("\n\n") }),
  };
};
