// The agenda page's sections: the firm's meetings (with the day's buttons on each), the person's tours, the event
// day, and the delegation.
import { getTranslations } from "next-intl/server";
import { AgendaList } from "@/components/meetings/agenda-list";
import { MeetingDayControls } from "@/components/meetings/meeting-day-controls";
import { Card } from "@/components/ui/card";
import type { Actor } from "@/lib/auth/actor";
import { contactsOfFirms } from "@/lib/firms/contact-visibility";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import type { AgendaItem } from "@/lib/meetings/agenda";
import { standbyFor } from "@/lib/meetings/meeting-day";
import { formatDate, formatTimeRange, zoneLabel } from "@/lib/time/zoned-format";
import type { myTours } from "@/lib/tours/tours";
import { tourText } from "@/lib/tours/tour-text";
import { plainTextForReader } from "@/lib/i18n/text-for-reader";

export const agendaAction =
  "inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-3 text-sm font-semibold text-brand-800 hover:bg-slate-50";

type Event = { startsAt: Date; endsAt: Date; timeZone: string; venue: string; city: string };

export async function AgendaMeetings({
  actor,
  firmId,
  items,
  zone,
  locale,
}: {
  actor: Actor;
  firmId: string;
  items: AgendaItem[];
  zone: string;
  locale: AppLocale;
}) {
  const t = await getTranslations("agenda");
  // Standby firms for meetings whose partner did not come (this firm was there).
  const standby = new Map(
    await Promise.all(
      items
        .filter((m) => m.status === "MISSED" && m.noShowFirmId !== firmId)
        .map(async (m) => [m.id, await standbyFor(actor, m.id)] as const),
    ),
  );
  // Confirmed partners see each other's contacts on the agenda item (the rule of lib/firms/contact-visibility).
  const contacts = await contactsOfFirms(
    actor,
    items.filter((m) => m.status === "SCHEDULED" || m.status === "HELD").map((m) => m.partner.id),
  );
  return (
    <Card title={t("meetings")}>
      {items.length === 0 ? (
        <p className="text-slate-700">{t("noMeetings")}</p>
      ) : (
        <>
          <p className="mb-3 text-sm text-slate-600">
            {t("count", { count: items.length })} · {t("zoneNote", { zone: zoneLabel(items[0]!.startsAt, zone) })}
          </p>
          <div className="mb-4 flex flex-wrap gap-2">
            <a href={`/api/agenda/ics?firm=${firmId}&locale=${locale}`} className={agendaAction} download>
              {t("addToCalendar")}
            </a>
            <Link href={`/agenda/print?firm=${firmId}`} className={agendaAction}>
              {t("printable")}
            </Link>
          </div>
          <AgendaList
            items={items}
            zone={zone}
            locale={locale}
            contacts={contacts}
            extra={(item) => <MeetingDayControls item={item} firmId={firmId} standby={standby.get(item.id) ?? []} />}
          />
        </>
      )}
    </Card>
  );
}

export async function MyTours({
  tours,
  zone,
  locale,
}: {
  tours: Awaited<ReturnType<typeof myTours>>;
  zone: string;
  locale: AppLocale;
}) {
  if (tours.length === 0) return null;
  const tt = await getTranslations("tours");
  return (
    <Card title={tt("myTours")}>
      <ul className="divide-y divide-slate-200" data-testid="my-tours">
        {tours.map((seat) => (
          <li key={seat.id} className="py-2">
            <Link href={`/tours/${seat.tourId}`} className="font-semibold text-brand-800 underline">
              {tourText(seat.tour, "title", locale)}
            </Link>
            <p className="text-sm">
              {formatTimeRange(seat.tour.startsAt, seat.tour.endsAt, zone, locale)} ·{" "}
              {plainTextForReader(seat.tour, "meetingPoint", locale, "meetingPoint")}
            </p>
            <p className="text-sm text-slate-600">{tt(`status.${seat.status}`)}</p>
          </li>
        ))}
      </ul>
    </Card>
  );
}

export async function EventDay({ event, locale }: { event: Event; locale: AppLocale }) {
  const t = await getTranslations("agenda");
  return (
    <Card title={t("eventDay")}>
      <p className="font-medium">{formatDate(event.startsAt, event.timeZone, locale)}</p>
      <p>{formatTimeRange(event.startsAt, event.endsAt, event.timeZone, locale)}</p>
      <p className="text-slate-600">
        {event.venue}, {event.city}
      </p>
    </Card>
  );
}

export async function Delegation({
  firm,
  actor,
}: {
  firm: { nameLocal: string; members: { id: string; userId: string; user: { displayName: string } }[] };
  actor: Actor;
}) {
  const t = await getTranslations("agenda");
  return (
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
  );
}
