import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guards";
import { currentEvent } from "@/lib/events/current-event";
import { firmsOfActor } from "@/lib/firms/firms-of-user";
import { selectedFirmId } from "@/lib/firms/selected-firm";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { agendaOf } from "@/lib/meetings/agenda";
import { formatDate, formatTimeRange, formatTimeWithZone, zoneLabel } from "@/lib/time/zoned-format";
import { myTours } from "@/lib/tours/tours";
import { standbyFor } from "@/lib/meetings/meeting-day";
import { MeetingDayControls } from "@/components/meetings/meeting-day-controls";
import { meetingDayAction } from "./actions";
import { tourText } from "@/lib/tours/tour-text";
import { notificationsOf } from "@/lib/notifications/notifications";
import { NotificationList } from "@/components/notifications/notification-list";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { AgendaList } from "@/components/meetings/agenda-list";
import { contactsOfFirms } from "@/lib/firms/contact-visibility";
import { OfflineAgenda } from "@/components/meetings/offline-agenda";

const action =
  "inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-3 text-sm font-semibold text-brand-800 hover:bg-slate-50";

export default async function AgendaPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ firm?: string; done?: string; error?: string }>;
}) {
  const locale = await pageLocale(params);
  const actor = await requireUser(locale, `/${locale}/agenda`);
  const t = await getTranslations("agenda");
  const [firms, event] = await Promise.all([firmsOfActor(actor), currentEvent()]);
  const raw = await searchParams;
  const firmId = selectedFirmId(actor, raw.firm);
  const tAll = await getTranslations();
  const firm = firms.find((f) => f.id === firmId);
  const [items, tours, notices] = await Promise.all([
    event && firmId ? agendaOf(actor, firmId, event.id) : [],
    event ? myTours(actor, event.id) : [],
    notificationsOf(actor, 5),
  ]);
  const tt = await getTranslations("tours");
  // Standby firms for meetings whose partner did not come (this firm was there).
  const standby = new Map(
    await Promise.all(
      items
        .filter((m) => m.status === "MISSED" && m.noShowFirmId !== firmId)
        .map(async (m) => [m.id, await standbyFor(actor, m.id)] as const),
    ),
  );
  const tn = await getTranslations("notifications");
  const contacts = await contactsOfFirms(
    actor,
    items.filter((m) => m.status === "SCHEDULED" || m.status === "HELD").map((m) => m.partner.id),
  );

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
      {raw.done ? <Notice kind="success">{tAll(`meetingDay.done.${raw.done}` as never)}</Notice> : null}
      {raw.error ? <Notice kind="error">{tAll(raw.error as never)}</Notice> : null}
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
        <Card title={t("meetings")}>
          {items.length === 0 ? (
            <p className="text-slate-700">{t("noMeetings")}</p>
          ) : (
            <>
              <p className="mb-3 text-sm text-slate-600">
                {t("count", { count: items.length })} ·{" "}
                {t("zoneNote", { zone: zoneLabel(items[0]!.startsAt, event.timeZone) })}
              </p>
              <div className="mb-4 flex flex-wrap gap-2">
                <a href={`/api/agenda/ics?firm=${firm.id}&locale=${locale}`} className={action} download>
                  {t("addToCalendar")}
                </a>
                <Link href={`/agenda/print?firm=${firm.id}`} className={action}>
                  {t("printable")}
                </Link>
              </div>
              <AgendaList
                items={items}
                zone={event.timeZone}
                locale={locale}
                contacts={contacts}
                extra={(item) => (
                  <MeetingDayControls
                    item={item}
                    firmId={firm.id}
                    act={(op) => meetingDayAction.bind(null, locale, firm.id, item.id, op)}
                    standby={standby.get(item.id) ?? []}
                  />
                )}
              />
            </>
          )}
        </Card>
      ) : null}
      {event && tours.length > 0 ? (
        <Card title={tt("myTours")}>
          <ul className="divide-y divide-slate-200" data-testid="my-tours">
            {tours.map((seat) => (
              <li key={seat.id} className="py-2">
                <Link href={`/tours/${seat.tourId}`} className="font-semibold text-brand-800 underline">
                  {tourText(seat.tour, "title", locale)}
                </Link>
                <p className="text-sm">
                  {formatTimeRange(seat.tour.startsAt, seat.tour.endsAt, event.timeZone, locale)} ·{" "}
                  {seat.tour.meetingPoint}
                </p>
                <p className="text-sm text-slate-600">{tt(`status.${seat.status}`)}</p>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {event && firm ? (
        <Link
          href="/agenda/badge"
          className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-3 text-sm font-semibold text-brand-800"
        >
          {t("badgeLink")}
        </Link>
      ) : null}
      {event ? (
        <Card title={t("eventDay")}>
          <p className="font-medium">{formatDate(event.startsAt, event.timeZone, locale)}</p>
          <p>{formatTimeRange(event.startsAt, event.endsAt, event.timeZone, locale)}</p>
          <p className="text-slate-600">
            {event.venue}, {event.city}
          </p>
        </Card>
      ) : null}
      {firm ? (
        <Card title={t("delegationOf", { firm: firm.nameLocal })}>
          <h3 className="sr-only">{t("colleagues")}</h3>
          <ul className="space-y-1">
            {firm.members
              .filter((m) => m.userId !== actor.userId)
              .map((m) => (
                <li key={m.id}>{m.user.displayName}</li>
              ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
