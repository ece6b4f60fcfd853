import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guards";
import { currentEvent } from "@/lib/events/current-event";
import { firmsOfActor } from "@/lib/firms/firms-of-user";
import { selectedFirmId } from "@/lib/firms/selected-firm";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { agendaOf } from "@/lib/meetings/agenda";
import { myTours } from "@/lib/tours/tours";
import { notificationsOf } from "@/lib/notifications/notifications";
import { NotificationList } from "@/components/notifications/notification-list";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { OfflineAgenda } from "@/components/meetings/offline-agenda";
import { formatTimeWithZone } from "@/lib/time/zoned-format";
import { nextMeeting } from "@/lib/home/home-rules";
import { NextMeetingCard } from "@/components/home/next-meeting-card";
import { UndoList } from "@/components/undo/undo-list";
import {
  AgendaMeetings,
  agendaAction as action,
  Delegation,
  EventDay,
  MyTours,
} from "@/components/meetings/agenda-sections";

export default async function AgendaPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ firm?: string }>;
}) {
  const locale = await pageLocale(params);
  const actor = await requireUser(locale, `/${locale}/agenda`);
  const t = await getTranslations("agenda");
  const [firms, event] = await Promise.all([firmsOfActor(actor), currentEvent()]);
  const raw = await searchParams;
  const firmId = selectedFirmId(actor, raw.firm);
  const firm = firms.find((f) => f.id === firmId);
  const [items, tours, notices] = await Promise.all([
    event && firmId ? agendaOf(actor, firmId, event.id) : [],
    event ? myTours(actor, event.id) : [],
    notificationsOf(actor, 5),
  ]);
  const tn = await getTranslations("notifications");
  const next = nextMeeting(items, new Date());

  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        title={t("title")}
        subtitle={[firm?.nameLocal, event ? localized(event, "name", locale) : null].filter(Boolean).join(" · ")}
      />
      {event ? (
        // Shown only by the service worker (public/sw.js), when it serves this copy without a connection; it
        // matches id="offline-notice" followed by hidden="", so keep the two attributes first and in this order.
        <p
          id="offline-notice"
          hidden
          role="status"
          className="rounded-lg bg-amber-50 p-3 text-amber-900"
          suppressHydrationWarning
        >
          {t("offlineCopy", { time: formatTimeWithZone(new Date(), event.timeZone, locale) })}
        </p>
      ) : null}
      <OfflineAgenda />
      {event ? <UndoList actor={actor} zone={event.timeZone} locale={locale} /> : null}
      {/* Sticky under the header on a phone: the next meeting stays in sight while the day scrolls by. */}
      {event && next ? <NextMeetingCard item={next} zone={event.timeZone} locale={locale} sticky /> : null}
      {firms.length > 1 ? (
        <nav aria-label={t("chooseFirm")} className="flex flex-wrap gap-2">
          {firms.map((f) => (
            <Link
              key={f.id}
              href={`/agenda?firm=${f.id}`}
              aria-current={f.id === firmId ? "page" : undefined}
              className={`${action} ${f.id === firmId ? "bg-brand-50" : ""}`}
            >
              {f.nameLocal}
            </Link>
          ))}
        </nav>
      ) : null}
      {firms.length === 0 ? <p>{t("noFirm")}</p> : null}
      {notices.length > 0 && event ? (
        <Card title={tn("title")}>
          <NotificationList notices={notices} zone={event.timeZone} locale={locale} />
          <Link
            href="/notifications"
            className="mt-2 inline-flex min-h-11 items-center text-sm text-brand-800 underline"
          >
            {tn("all")}
          </Link>
        </Card>
      ) : null}
      {event && firm ? (
        <AgendaMeetings actor={actor} firmId={firm.id} items={items} zone={event.timeZone} locale={locale} />
      ) : null}
      {event ? <MyTours tours={tours} zone={event.timeZone} locale={locale} /> : null}
      {event && firm ? (
        <Link
          href="/agenda/badge"
          className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-3 text-sm font-semibold text-brand-800"
        >
          {t("badgeLink")}
        </Link>
      ) : null}
      {event ? <EventDay event={event} locale={locale} /> : null}
      {firm ? <Delegation firm={firm} actor={actor} /> : null}
    </div>
  );
}
