"use server";
// Conversations between firms (lib/conversations holds the rules and the authorization: a thread the caller is
// not in is "not found"): writing, reporting a message, muting or blocking a firm, opening a thread; and the
// organizers' side, marking a reported message dealt with.
import { defineAction } from "@/lib/actions/define-action";
import { OpenConversationSchema, openConversation, sendMessage } from "@/lib/conversations/conversations";
import { SendMessageSchema } from "@/lib/conversations/conversation-rules";
import { FirmBlockSchema, setFirmBlock } from "@/lib/conversations/firm-blocks";
import { ReportSchema, reportMessage, resolveReport, ResolveReportSchema } from "@/lib/conversations/reports";

const THREAD_PAGES = [{ page: "/[locale]/messages" }, { page: "/[locale]/messages/[id]" }];

/** Writes in a thread; the thread page adds the stored message at once (a resent form stores it once). */
export const sendMessageAction = defineAction({
  rule: { kind: "signedIn" },
  schema: SendMessageSchema,
  run: ({ actor, raw }) => sendMessage(actor, raw),
  // The header's unread count and the list's last message.
  revalidate: [{ layout: "/[locale]" }, ...THREAD_PAGES],
});

/** Reports a message of the other firm: the event's organizers then see that message, and only that one. */
export const reportMessageAction = defineAction({
  rule: { kind: "signedIn" },
  schema: ReportSchema,
  run: async ({ actor, raw }) => {
    await reportMessage(actor, raw);
  },
  done: "messages.reported",
});

/** Mutes, blocks or clears another firm: the firm's administrators, from the thread page. */
export const firmBlockAction = defineAction({
  rule: (input) => ({ kind: "firmAdmin", firmId: input.firmId }),
  schema: FirmBlockSchema,
  run: ({ actor, raw }) => setFirmBlock(actor, raw),
  done: "messages.saved",
  revalidate: [{ layout: "/[locale]" }, ...THREAD_PAGES],
});

/** Opens (or finds) the thread with a firm the caller's firm has a request, a mutual match or a meeting with. */
export const openConversationAction = defineAction({
  rule: (input) => ({ kind: "firmMember", firmId: input.firmId }),
  schema: OpenConversationSchema,
  run: ({ actor, raw }) => openConversation(actor, raw),
  goTo: ({ locale, data }) => `/${locale}/messages/${encodeURIComponent(data.id)}`,
});

/** An event admin marks a reported message dealt with. */
export const resolveReportAction = defineAction({
  rule: { kind: "organizer" },
  schema: ResolveReportSchema,
  run: async ({ actor, raw }) => {
    await resolveReport(actor, raw);
  },
  done: "reports.done",
  revalidate: [{ page: "/[locale]/organizer/reports" }],
});
