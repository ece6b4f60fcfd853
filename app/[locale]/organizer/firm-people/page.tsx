import { getTranslations } from "next-intl/server";
import { requireOrganizer } from "@/lib/auth/guards";
import { currentEvent } from "@/lib/events/current-event";
import { firmsWithoutPeople } from "@/lib/firms/firm-people";
import { firmLabel } from "@/lib/firms/firm-name";
import { pageLocale } from "@/lib/i18n/page-locale";
import { formatDate } from "@/lib/time/zoned-format";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { InviteAllForm, ResendOfferForm } from "@/components/organizer/firm-people-forms";

// The edition's firms that nobody has joined yet (imported firms, mostly), with the state of the offer made to
// their contact: sent, accepted, declined, expired, bounced (the mail could not be sent) or none. Resend, change
// the address, or invite all not yet invited. Event admins only.
export default async function FirmPeoplePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const actor = await requireOrganizer(locale, `/${locale}/organizer/firm-people`);
  const eventId = actor.staff!.eventId;
  const [t, common, event, firms] = await Promise.all([
    getTranslations("firmPeople"),
    getTranslations("common"),
    currentEvent(),
    firmsWithoutPeople(actor, eventId),
  ]);
  const zone = event?.timeZone ?? "UTC";
  const notInvited = firms.filter((f) => f.state === "none" && f.contact).length;
  return (
    <div className="max-w-5xl space-y-4">
      <PageHeader title={t("title")} subtitle={t("subtitle", { count: firms.length })} />
      <Card>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p>{t("notInvited", { count: notInvited })}</p>
          {notInvited > 0 ? <InviteAllForm eventId={eventId} /> : null}
        </div>
      </Card>
      {firms.length === 0 ? <p className="rounded-lg bg-white p-4">{t("empty")}</p> : null}
      <ul className="space-y-3" data-testid="firm-people">
        {firms.map((f) => (
          <li key={f.id} data-testid="firm-people-row" data-firm={f.nameEn}>
            <Card>
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div className="space-y-1">
                  <p className="font-semibold">{firmLabel(f, locale)}</p>
                  <p className="text-sm text-slate-600">
                    {common(`country.${f.country}`)} · {common(`firmStatus.${f.status}`)}
                  </p>
                  <p className="text-sm text-slate-700">
                    {f.contact ? `${f.contact.name} <${f.contact.email}>` : t("noContact")}
                  </p>
                  <p className="text-sm font-medium" data-testid="offer-state">
                    {t(`state.${f.state}`)}
                    {f.offer
                      ? ` · ${t("sentOn", { date: formatDate(f.offer.createdAt, zone, locale), email: f.offer.email })}`
                      : ""}
                  </p>
                </div>
                <ResendOfferForm
                  eventId={eventId}
                  firmId={f.id}
                  email={f.contact?.email ?? ""}
                  invited={f.state !== "none"}
                />
              </div>
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
