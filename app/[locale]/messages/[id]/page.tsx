// One conversation between two firms, for the members of those firms only (anyone else: not found). Reading it
// marks it read; new messages arrive live (components/messages/thread-view.tsx).
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guards";
import { allows } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { readThread } from "@/lib/conversations/conversations";
import { currentEvent } from "@/lib/events/current-event";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { Notice } from "@/components/ui/notice";
import { FirmName } from "@/components/firms/firm-name";
import { ThreadView } from "@/components/messages/thread-view";
import { zoneLabel } from "@/lib/time/zoned-format";
import { firmBlockAction, reportMessageAction, sendMessageAction } from "../actions";

const small =
  "min-h-11 rounded-lg border border-slate-300 bg-white px-3 text-sm font-semibold text-slate-800 hover:bg-slate-100";

export default async function ThreadPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ reported?: string; saved?: string; error?: string }>;
}) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const actor = await requireUser(locale, `/${locale}/messages/${id}`);
  const thread = await readThread(actor, id).catch((e) => {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const [t, tAll, tAgenda, event] = await Promise.all([
    getTranslations("messages"),
    getTranslations(),
    getTranslations("agenda"),
    currentEvent(),
  ]);
  const timeZone = event?.timeZone ?? "UTC";
  const raw = await searchParams;
  const admin = allows(actor, { kind: "firmAdmin", firmId: thread.myFirm.id });
  const block = (state: "none" | "mute" | "block", label: string) => (
    <form action={firmBlockAction.bind(null, locale, thread.id)}>
      <input type="hidden" name="firmId" value={thread.myFirm.id} />
      <input type="hidden" name="otherFirmId" value={thread.otherFirm.id} />
      <input type="hidden" name="state" value={state} />
      <button className={small}>{label}</button>
    </form>
  );
  return (
    <div className="max-w-3xl space-y-4">
      <Link
        href={`/messages?firm=${thread.myFirm.id}`}
        className="inline-flex min-h-11 items-center text-brand-800 underline"
      >
        ← {t("back")}
      </Link>
      <header>
        <h1 className="text-2xl font-bold tracking-tight text-slate-900">
          <Link href={`/firms/${thread.otherFirm.id}`} className="hover:underline">
            <FirmName firm={thread.otherFirm} locale={locale} testId="thread-title" />
          </Link>
        </h1>
        <p className="text-sm text-slate-600">
          <FirmName firm={thread.myFirm} locale={locale} /> · {t(`origin.${thread.origin}`)}
        </p>
      </header>
      <p className="rounded-lg bg-slate-100 p-3 text-sm text-slate-700" data-testid="organizers-note">
        {t("organizersNote")}
      </p>
      {raw.reported ? <Notice kind="success">{t("reported")}</Notice> : null}
      {raw.saved ? <Notice kind="success">{t("saved")}</Notice> : null}
      {raw.error ? <Notice kind="error">{tAll(raw.error as never)}</Notice> : null}
      {thread.blockState === "block" ? <Notice kind="error">{t("youBlocked")}</Notice> : null}
      <ThreadView
        conversationId={thread.id}
        locale={locale}
        timeZone={timeZone}
        zoneNote={tAgenda("zoneNote", { zone: zoneLabel(new Date(), timeZone) })}
        firms={{ [thread.myFirm.id]: thread.myFirm, [thread.otherFirm.id]: thread.otherFirm }}
        initial={thread.messages}
        canWrite={thread.blockState !== "block"}
        send={sendMessageAction.bind(null, thread.id)}
        report={reportMessageAction.bind(null, locale, thread.id)}
      />
      {admin ? (
        <section className="space-y-2 border-t border-slate-200 pt-4" aria-label={t("block")}>
          <p className="text-sm text-slate-600">{t("controlsHint")}</p>
          <div className="flex flex-wrap gap-2">
            {thread.blockState === "mute" ? block("none", t("unmute")) : block("mute", t("mute"))}
            {thread.blockState === "block" ? block("none", t("unblock")) : block("block", t("block"))}
          </div>
        </section>
      ) : null}
    </div>
  );
}
