"use client";
// A thread as its reader sees it: the messages (each with the writer's name and firm in both scripts), new ones
// arriving by server-sent events without a reload, a composer that keeps its text when a send is refused, and a
// report form on the other firm's messages.
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState, useTransition } from "react";
import type { MessageView } from "@/lib/conversations/conversations";
import type { NamedFirm } from "@/lib/firms/firm-name";
import type { SendResult } from "@/app/[locale]/messages/actions";
import { FirmName } from "@/components/firms/firm-name";
import { Button } from "@/components/ui/button";

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
  send,
  report,
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
  send: (form: FormData) => Promise<SendResult>;
  report: (form: FormData) => Promise<void>;
}) {
  const t = useTranslations("messages");
  const tAll = useTranslations();
  const [messages, setMessages] = useState<MessageView[]>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [clientKey, setClientKey] = useState(newKey);
  const [body, setBody] = useState("");
  const [pending, startTransition] = useTransition();
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

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    startTransition(async () => {
      const r = await send(form);
      if (r.ok) {
        add([r.message]);
        setBody("");
        setErrors({});
        setClientKey(newKey());
      } else {
        // The text stays in the box; the same key if it is sent again, so it is never stored twice.
        setErrors(r.errors);
      }
    });
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
              {!m.mine ? (
                <details className="mt-1 text-sm">
                  <summary className="inline-flex min-h-11 cursor-pointer items-center text-slate-600 underline">
                    {t("report")}
                  </summary>
                  <form action={report} className="mt-2 space-y-2">
                    <input type="hidden" name="messageId" value={m.id} />
                    <label className="block">
                      <span className="text-slate-700">{t("reportReason")}</span>
                      <input
                        name="reason"
                        maxLength={500}
                        className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2"
                      />
                    </label>
                    <Button type="submit" variant="secondary">
                      {t("report")}
                    </Button>
                  </form>
                </details>
              ) : null}
            </li>
          );
        })}
      </ol>
      <p className="text-xs text-slate-600">
        {t("live")} · {zoneNote}
      </p>
      {canWrite ? (
        <form onSubmit={onSubmit} noValidate className="space-y-2" data-testid="compose">
          <input type="hidden" name="clientKey" value={clientKey} />
          <label htmlFor="compose-body" className="block text-sm font-medium">
            {t("compose")}
          </label>
          <textarea
            id="compose-body"
            name="body"
            rows={3}
            maxLength={4000}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            aria-invalid={errors.body ? true : undefined}
            aria-describedby="compose-hint"
            className="block w-full rounded-lg border border-slate-300 px-3 py-2"
            data-testid="compose-body"
          />
          <p id="compose-hint" className="text-xs text-slate-600">
            {t("composeHint")}
          </p>
          {errors.body || errors.form ? (
            <p role="alert" className="text-sm font-medium text-accent-600" data-testid="compose-error">
              {tAll((errors.body ?? errors.form) as never)}
            </p>
          ) : null}
          <Button type="submit" disabled={pending} data-testid="send-message">
            {t("send")}
          </Button>
        </form>
      ) : null}
    </div>
  );
}
