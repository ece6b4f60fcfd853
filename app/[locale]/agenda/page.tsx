import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guards";
import { currentEvent } from "@/lib/events/current-event";
import { firmsOfActor } from "@/lib/firms/firms-of-user";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import { formatDate, formatTimeRange } from "@/lib/time/zoned-format";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export default async function AgendaPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const actor = await requireUser(locale, `/${locale}/agenda`);
  const t = await getTranslations("agenda");
  const [firms, event] = await Promise.all([firmsOfActor(actor), currentEvent()]);

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} subtitle={event ? localized(event, "name", locale) : undefined} />
      {event ? (
        <Card title={t("eventDay")}>
          <p className="font-medium">{formatDate(event.startsAt, event.timeZone, locale)}</p>
          <p>{formatTimeRange(event.startsAt, event.endsAt, event.timeZone, locale)}</p>
          <p className="text-slate-600">
            {event.venue}, {event.city}
          </p>
        </Card>
      ) : null}
      <Card title={t("meetings")}>
        <p className="text-slate-700">{t("noMeetings")}</p>
      </Card>
      {firms.length === 0 ? <p>{t("noFirm")}</p> : null}
      {firms.map((firm) => (
        <Card key={firm.id} title={t("delegationOf", { firm: firm.nameLocal })}>
          <h3 className="sr-only">{t("colleagues")}</h3>
          <ul className="space-y-1">
            {firm.members
              .filter((m) => m.userId !== actor.userId)
              .map((m) => (
                <li key={m.id}>{m.user.displayName}</li>
              ))}
          </ul>
        </Card>
      ))}
    </div>
  );
}
