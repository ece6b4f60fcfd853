"use client";
// A thread as its reader sees it: the messages (each with the writer's name and firm in both scripts), new ones
// arriving by server-sent events without a reload, a composer that keeps its text when a send is refused, and a
// report form on the other firm's messages. The forms are ActionForms of actions/conversations.ts.
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState } from "react";
import { reportMessageAction, sendMessageAction } from "@/actions/conversations";
import type { ActionState } from "@/lib/actions/action-state";
import type { MessageView } from "@/lib/conversations/conversations";
import type { NamedFirm } from "@/lib/firms/firm-name";
import { ActionForm, FieldError, SubmitButton } from "@/components/forms/action-form";
import { Input, TextArea } from "@/components/forms/fields";
import { FirmName } from "@/components/firms/firm-name";

const newKey = () =>
  typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID().replace(/-/g, "")
    : `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`;

export function ThreadView({
  conversationId,
  locale,
  timeZone,
  firms,
  initial,
  canWrite,
  zoneNote,
}: {
  /** "all times ICT (UTC+7)": message times are in the event's zone, labelled. */
  zoneNote: string;
  conversationId: string;
  locale: string;
  timeZone: string;
  firms: Record<string, NamedFirm>;
  initial: MessageView[];
  canWrite: boolean;
}) {
  const t = useTranslations("messages");
  const [messages, setMessages] = useState<MessageView[]>(initial);
  // One key per message written: a form sent twice (a double click, a retry after a refusal) stores it once.
  const [clientKey, setClientKey] = useState(newKey);
  const listRef = useRef<HTMLOListElement>(null);
  const lastSeq = useRef(initial.at(-1)?.seq ?? 0);

  const add = (incoming: MessageView[]) =>
    setMessages((current) => {
      const bySeq = new Map(current.map((m) => [m.seq, m]));
      for (const m of incoming) bySeq.set(m.seq, m);
      return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
    });

  useEffect(() => {
    // The stream resumes after the last message this page has; EventSource reconnects by itself.
    const source = new EventSource(
      `/api/conversations/${encodeURIComponent(conversationId)}/events?after=${lastSeq.current}`,
    );
    source.addEventListener("message", (e) => add([JSON.parse((e as MessageEvent<string>).data) as MessageView]));
    return () => source.close();
  }, [conversationId]);

  useEffect(() => {
    listRef.current?.lastElementChild?.scrollIntoView({ block: "nearest" });
  }, [messages.length]);

  const time = useMemo(
    () =>
      new Intl.DateTimeFormat(locale, { timeZone, month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" }),
    [locale, timeZone],
  );

  // A stored message shows at once (the stream brings it too; the same number is shown once) and the next
  // message gets a new key. A refused one keeps its text and its key (ActionForm puts the text back).
  function sent(answer: ActionState<MessageView>) {
    if (answer.status !== "done") return;
    add([answer.data]);
    setClientKey(newKey());
  }

  return (
    <div className="space-y-4">
      {messages.length === 0 ? <p className="text-slate-600">{t("noMessages")}</p> : null}
      <ol ref={listRef} className="space-y-3" aria-live="polite" data-testid="thread-messages">
        {messages.map((m) => {
          const firm = firms[m.senderFirmId];
          return (
            <li
              key={m.seq}
              className={`max-w-[92%] rounded-xl border p-3 sm:max-w-[80%] ${
                m.mine ? "ml-auto border-brand-200 bg-brand-50" : "border-slate-200 bg-white"
              }`}
              data-testid="thread-message"
            >
              <p className="text-sm text-slate-700">
                <span className="font-semibold text-slate-900" data-testid="message-sender">
                  {m.senderName}
                </span>
                {firm ? (
                  <>
                    {" · "}
                    <FirmName firm={firm} locale={locale} testId="message-firm" />
                  </>
                ) : null}
                <span className="block text-xs text-slate-600 sm:ml-2 sm:inline">
                  <time dateTime={m.createdAt}>{time.format(new Date(m.createdAt))}</time>
                  {m.locale !== locale ? ` · ${t("writtenIn", { language: t(`language.${m.locale as "en"}`) })}` : null}
                </span>
              </p>
              <p lang={m.locale} className="mt-1 whitespace-pre-wrap break-words" data-testid="message-body">
                {m.body}
              </p>
              {!m.mine ? <ReportForm messageId={m.id} /> : null}
            </li>
          );
        })}
      </ol>
      <p className="text-xs text-slate-600">
        {t("live")} · {zoneNote}
      </p>
      {canWrite ? (
        <ActionForm
          action={sendMessageAction}
          hiddenFields={{ conversationId, clientKey }}
          onAnswer={sent}
          notice="end"
          className="space-y-2"
          data-testid="compose"
        >
          <label htmlFor="compose-body" className="block text-sm font-medium">
            {t("compose")}
          </label>
          <TextArea
            id="compose-body"
            name="body"
            rows={3}
            maxLength={4000}
            aria-describedby="compose-hint compose-error"
            className="block w-full rounded-lg border border-slate-300 px-3 py-2"
            data-testid="compose-body"
          />
          <p id="compose-hint" className="text-xs text-slate-600">
            {t("composeHint")}
          </p>
          <FieldError name="body" id="compose-error" />
          <SubmitButton data-testid="send-message">{t("send")}</SubmitButton>
        </ActionForm>
      ) : null}
    </div>
  );
}

function ReportForm({ messageId }: { messageId: string }) {
  const t = useTranslations("messages");
  return (
    <details className="mt-1 text-sm">
      <summary className="inline-flex min-h-11 cursor-pointer items-center text-slate-600 underline">
        {t("report")}
      </summary>
      <ActionForm
        action={reportMessageAction}
        hiddenFields={{ messageId }}
        notice="end"
        className="mt-2 space-y-2"
        data-testid="report-form"
      >
        <label className="block">
          <span className="text-slate-700">{t("reportReason")}</span>
          <Input
            name="reason"
            maxLength={500}
            className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2"
          />
        </label>
        <FieldError name="reason" />
        <SubmitButton variant="secondary">{t("report")}</SubmitButton>
      </ActionForm>
    </details>
  );
}
