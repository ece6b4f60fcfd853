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
import { zoneLabel } from "@/lib/time/zoned-format";
import { Notice } from "@/components/ui/notice";
import { FirmName } from "@/components/firms/firm-name";
import { FirmBlockControls } from "@/components/messages/firm-block-controls";
import { ThreadView } from "@/components/messages/thread-view";

export default async function ThreadPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const actor = await requireUser(locale, `/${locale}/messages/${id}`);
  const thread = await readThread(actor, id).catch((e) => {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const [t, tAgenda, event] = await Promise.all([
    getTranslations("messages"),
    getTranslations("agenda"),
    currentEvent(),
  ]);
  const timeZone = event?.timeZone ?? "UTC";
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
      {thread.blockState === "block" ? <Notice kind="error">{t("youBlocked")}</Notice> : null}
      <ThreadView
        conversationId={thread.id}
        locale={locale}
        timeZone={timeZone}
        zoneNote={tAgenda("zoneNote", { zone: zoneLabel(new Date(), timeZone) })}
        firms={{ [thread.myFirm.id]: thread.myFirm, [thread.otherFirm.id]: thread.otherFirm }}
        initial={thread.messages}
        canWrite={thread.blockState !== "block"}
      />
      {allows(actor, { kind: "firmAdmin", firmId: thread.myFirm.id }) ? (
        <FirmBlockControls firmId={thread.myFirm.id} otherFirmId={thread.otherFirm.id} state={thread.blockState} />
      ) : null}
    </div>
  );
}
