"use server";
// Thin actions over lib/conversations (the authorization and the rules live there). Written on the current
// pattern; each becomes one defineAction once the action abstraction of issue 15 is on main.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/guards";
import { AppError, formMessages } from "@/lib/errors";
import { openConversation, sendMessage, type MessageView } from "@/lib/conversations/conversations";
import { reportMessage } from "@/lib/conversations/reports";
import { setFirmBlock } from "@/lib/conversations/firm-blocks";

export type SendResult = { ok: true; message: MessageView } | { ok: false; errors: Record<string, string> };

const text = (v: FormDataEntryValue | null) => (typeof v === "string" ? v : "");

/** Sends a message from the thread page; the page shows it at once and keeps the text when refused. */
export async function sendMessageAction(conversationId: string, form: FormData): Promise<SendResult> {
  try {
    const actor = await requireActor();
    const message = await sendMessage(actor, {
      conversationId,
      body: text(form.get("body")),
      clientKey: text(form.get("clientKey")) || undefined,
    });
    revalidatePath("/[locale]/messages", "page");
    return { ok: true, message };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, errors: formMessages(e) };
    throw e;
  }
}

/** Reports a message of the other firm; back on the thread with what happened. */
export async function reportMessageAction(locale: string, conversationId: string, form: FormData): Promise<void> {
  const actor = await requireActor();
  const back = `/${locale}/messages/${encodeURIComponent(conversationId)}`;
  try {
    await reportMessage(actor, { messageId: text(form.get("messageId")), reason: text(form.get("reason")) });
  } catch (e) {
    if (e instanceof AppError)
      redirect(`${back}?error=${encodeURIComponent(formMessages(e).form ?? "errors.invalid")}`);
    throw e;
  }
  redirect(`${back}?reported=1`);
}

/** Mutes, blocks or clears: the firm's administrators, from the thread page. */
export async function firmBlockAction(locale: string, conversationId: string, form: FormData): Promise<void> {
  const actor = await requireActor();
  const back = `/${locale}/messages/${encodeURIComponent(conversationId)}`;
  try {
    await setFirmBlock(actor, {
      firmId: text(form.get("firmId")),
      otherFirmId: text(form.get("otherFirmId")),
      state: text(form.get("state")) as "none" | "mute" | "block",
    });
  } catch (e) {
    if (e instanceof AppError)
      redirect(`${back}?error=${encodeURIComponent(formMessages(e).form ?? "errors.invalid")}`);
    throw e;
  }
  revalidatePath("/[locale]", "layout");
  redirect(`${back}?saved=1`);
}

/** Opens the thread with a firm (a mutual match, a request, a meeting) and goes there. */
export async function openConversationAction(locale: string, firmId: string, otherFirmId: string): Promise<void> {
  const actor = await requireActor();
  let id: string;
  try {
    ({ id } = await openConversation(actor, { firmId, otherFirmId }));
  } catch (e) {
    if (e instanceof AppError)
      redirect(`/${locale}/messages?error=${encodeURIComponent(formMessages(e).form ?? "errors.invalid")}`);
    throw e;
  }
  redirect(`/${locale}/messages/${id}`);
}
