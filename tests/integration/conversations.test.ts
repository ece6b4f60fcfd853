// Conversations between firms (issue 19): one thread per pair opened by a request (its message first), read and
// written by both firms' members and no one else; bad input, blocked firms, the rate limit under 20 parallel
// sends, resent forms, unread counts, mute, and reports that organizers see.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { LoadedActor } from "@/lib/auth/load-actor";
import { createMeetingRequest } from "@/lib/meetings/meeting-requests";
import {
  conversationsOf,
  messagesAfter,
  openConversation,
  readThread,
  sendMessage,
  unreadMessageCount,
} from "@/lib/conversations/conversations";
import { setFirmBlock } from "@/lib/conversations/firm-blocks";
import { reportMessage, reportedMessages, resolveReport } from "@/lib/conversations/reports";
import { SEND_LIMIT } from "@/lib/conversations/conversation-rules";
import {
  removeWorldEvents,
  removeWorldFirms,
  worldEvent,
  worldFirm,
  worldOrganizer,
  type WorldEvent,
  type WorldFirm,
} from "../support/firm-world";

let vn: WorldFirm, jp: WorldFirm, outsider: WorldFirm, organizer: LoadedActor, event: WorldEvent;
let threadId: string;

beforeAll(async () => {
  process.env.OUTBOX_DIR ??= `${process.cwd()}/var/test-outbox`;
  await removeWorldFirms();
  await removeWorldEvents();
  vn = await worldFirm("conv-vn", { country: "VN", nameLocal: "Rạng Đông", nameEn: "Rang Dong", locale: "vi" });
  jp = await worldFirm("conv-jp", { country: "JP", nameLocal: "株式会社匠ラボ", nameEn: "Takumi Labs", locale: "ja" });
  outsider = await worldFirm("conv-out", { country: "VN", nameLocal: "Sao Việt", nameEn: "Sao Viet", locale: "en" });
  organizer = await worldOrganizer("conv");
  event = await worldEvent("conv");
});
afterAll(async () => {
  await removeWorldEvents();
  await removeWorldFirms();
  await db.$disconnect();
});

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => "sent",
    (e: { code?: string; fields?: Record<string, string> }) => `${e.code} ${JSON.stringify(e.fields ?? {})}`,
  );

describe("conversations", () => {
  it("a meeting request opens the thread with its message first, in the sender's language", async () => {
    await createMeetingRequest(jp.admin, {
      eventId: event.id,
      fromFirmId: jp.id,
      toFirmId: vn.id,
      priority: "MUST",
      message: "車載ソフトの開発体制についてお話ししたいです。",
    });
    const { threads } = await conversationsOf(vn.admin, vn.id);
    expect(threads).toHaveLength(1);
    threadId = threads[0]!.id;
    expect(threads[0]).toMatchObject({
      origin: "REQUEST",
      unread: 1,
      other: { nameLocal: "株式会社匠ラボ", nameEn: "Takumi Labs" },
    });
    expect(await unreadMessageCount(vn.attendee)).toBe(1);
    expect(await unreadMessageCount(jp.admin)).toBe(0);

    const thread = await readThread(vn.admin, threadId);
    expect(thread.messages.map((m) => [m.seq, m.locale, m.senderName, m.mine])).toEqual([
      [1, "ja", "Person admin-conv-jp", false],
    ]);
    expect(thread.otherFirm.nameEn).toBe("Takumi Labs");
    expect(await unreadMessageCount(vn.admin)).toBe(0);
    // Reading is per person: the attendee has not read it.
    expect(await unreadMessageCount(vn.attendee)).toBe(1);
  });

  it("both firms' members write and read; the reply arrives as a later message, unread for the other side", async () => {
    const reply = await sendMessage(vn.attendee, {
      conversationId: threadId,
      body: "Vâng, rất sẵn lòng. 10:20 bàn 9 nhé!",
    });
    expect(reply).toMatchObject({ seq: 2, locale: "vi", mine: true });
    expect(await unreadMessageCount(jp.attendee)).toBe(1);
    const live = await messagesAfter(jp.attendee, threadId, 1);
    expect(live.map((m) => [m.seq, m.body, m.mine])).toEqual([[2, "Vâng, rất sẵn lòng. 10:20 bàn 9 nhé!", false]]);
    expect(await unreadMessageCount(jp.attendee)).toBe(0);
  });

  it("is not found for anyone outside the two firms, organizers included, and for firms with no relationship", async () => {
    for (const actor of [outsider.admin, organizer]) {
      expect(await refusal(readThread(actor, threadId))).toBe("NOT_FOUND {}");
      expect(await refusal(sendMessage(actor, { conversationId: threadId, body: "hello" }))).toBe("NOT_FOUND {}");
      expect(await refusal(messagesAfter(actor, threadId, 0))).toBe("NOT_FOUND {}");
    }
    expect(await refusal(openConversation(outsider.admin, { firmId: outsider.id, otherFirmId: jp.id }))).toBe(
      "NOT_FOUND {}",
    );
    expect(await refusal(openConversation(outsider.admin, { firmId: jp.id, otherFirmId: vn.id }))).toBe("NOT_FOUND {}");
    expect(await refusal(readThread(vn.admin, "no-such-thread"))).toBe("NOT_FOUND {}");
    // The firms themselves find their thread again, from either side.
    expect((await openConversation(vn.admin, { firmId: vn.id, otherFirmId: jp.id })).id).toBe(threadId);
    expect((await openConversation(jp.attendee, { firmId: jp.id, otherFirmId: vn.id })).id).toBe(threadId);
  });

  it("refuses empty, over-long and control-character messages at the field, and stores nothing", async () => {
    const before = await db.message.count({ where: { conversationId: threadId } });
    expect(await refusal(sendMessage(vn.admin, { conversationId: threadId, body: "   " }))).toBe(
      'INVALID_INPUT {"body":"errors.messages.empty"}',
    );
    expect(await refusal(sendMessage(vn.admin, { conversationId: threadId, body: "あ".repeat(4001) }))).toBe(
      'INVALID_INPUT {"body":"errors.messages.tooLong"}',
    );
    expect(await refusal(sendMessage(vn.admin, { conversationId: threadId, body: "bell\u0007" }))).toBe(
      'INVALID_INPUT {"body":"errors.text.control"}',
    );
    expect(await db.message.count({ where: { conversationId: threadId } })).toBe(before);
    expect((await sendMessage(vn.admin, { conversationId: threadId, body: "あ".repeat(4000) })).body).toHaveLength(
      4000,
    );
  });

  it("a blocked firm can neither write nor request, and is not told it is blocked; muting silences the counts", async () => {
    await setFirmBlock(jp.admin, { firmId: jp.id, otherFirmId: vn.id, state: "block" });
    expect(await refusal(sendMessage(vn.admin, { conversationId: threadId, body: "Xin chào" }))).toBe(
      'CONFLICT {"form":"errors.messages.notDelivered"}',
    );
    expect(
      await refusal(
        createMeetingRequest(vn.admin, { eventId: event.id, fromFirmId: vn.id, toFirmId: jp.id, message: "Gặp nhé" }),
      ),
    ).toBe('CONFLICT {"form":"errors.meetings.notDelivered"}');
    expect(await refusal(sendMessage(jp.admin, { conversationId: threadId, body: "確認" }))).toBe(
      'CONFLICT {"form":"errors.messages.youBlocked"}',
    );
    expect(await refusal(setFirmBlock(jp.attendee, { firmId: jp.id, otherFirmId: vn.id, state: "none" }))).toBe(
      "FORBIDDEN {}",
    );

    await setFirmBlock(jp.admin, { firmId: jp.id, otherFirmId: vn.id, state: "mute" });
    await sendMessage(vn.admin, { conversationId: threadId, body: "Muted but delivered" });
    expect(await unreadMessageCount(jp.attendee)).toBe(0);
    await setFirmBlock(jp.admin, { firmId: jp.id, otherFirmId: vn.id, state: "none" });
    expect(await unreadMessageCount(jp.attendee)).toBeGreaterThan(0);
  });

  it("20 parallel sends from one person store exactly the limit, numbered without gaps; the rest are rate limited", async () => {
    const now = new Date(Date.now() + 3_600_000);
    const before = (await db.conversation.findUniqueOrThrow({ where: { id: threadId } })).lastSeq;
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        sendMessage(jp.attendee, { conversationId: threadId, body: `burst ${i}` }, now),
      ),
    );
    const sent = results
      .filter((r) => r.status === "fulfilled")
      .map((r) => (r as PromiseFulfilledResult<{ seq: number; body: string }>).value);
    const refused = results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason);
    expect(sent).toHaveLength(SEND_LIMIT.messages);
    expect(refused.map((e) => e.code)).toEqual(Array(20 - SEND_LIMIT.messages).fill("RATE_LIMITED"));
    expect(refused[0].fields).toEqual({ form: "errors.messages.tooMany" });
    const stored = await db.message.findMany({
      where: { conversationId: threadId, body: { startsWith: "burst " } },
      orderBy: { seq: "asc" },
    });
    expect(stored.map((m) => m.seq)).toEqual(Array.from({ length: SEND_LIMIT.messages }, (_, i) => before + 1 + i));
    expect(new Set(stored.map((m) => m.body)).size).toBe(SEND_LIMIT.messages);
    expect(stored.map((m) => m.body).sort()).toEqual(sent.map((m) => m.body).sort());
    // A minute later the window is open again.
    const later = new Date(now.getTime() + SEND_LIMIT.windowMs);
    expect((await sendMessage(jp.attendee, { conversationId: threadId, body: "after the window" }, later)).seq).toBe(
      before + SEND_LIMIT.messages + 1,
    );
  });

  it("the same form sent several times at once stores one message", async () => {
    const clientKey = "resend-key-0001";
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        sendMessage(vn.attendee, { conversationId: threadId, body: "Once only", clientKey }),
      ),
    );
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await db.message.count({ where: { conversationId: threadId, body: "Once only" } })).toBe(1);
  });

  it("a member reports the other firm's message; organizers see it with both firms and mark it dealt with", async () => {
    const [first] = (await readThread(vn.admin, threadId)).messages;
    expect(await refusal(reportMessage(jp.admin, { messageId: first!.id }))).toBe(
      'INVALID_INPUT {"form":"errors.messages.reportOwn"}',
    );
    expect(await refusal(reportMessage(outsider.admin, { messageId: first!.id }))).toBe("NOT_FOUND {}");
    const report = await reportMessage(vn.attendee, { messageId: first!.id, reason: "Spam" });
    expect((await reportMessage(vn.attendee, { messageId: first!.id, reason: "again" })).id).toBe(report.id);
    expect(await refusal(reportedMessages(vn.admin))).toBe("FORBIDDEN {}");
    const seen = (await reportedMessages(organizer)).find((r) => r.id === report.id)!;
    expect(seen).toMatchObject({
      reason: "Spam",
      resolvedAt: null,
      message: { body: "車載ソフトの開発体制についてお話ししたいです。" },
      senderFirm: { nameEn: "Takumi Labs" },
      otherFirm: { nameEn: "Rang Dong" },
    });
    await resolveReport(organizer, { reportId: report.id });
    expect((await reportedMessages(organizer)).find((r) => r.id === report.id)!.resolvedAt).not.toBeNull();
    expect(await refusal(resolveReport(organizer, { reportId: report.id }))).toBe("NOT_FOUND {}");
  });
});
