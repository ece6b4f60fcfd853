import { getTranslations } from "next-intl/server";
import { respondToInvitationAction } from "@/actions/invitations";
import { respondToStaffInvitationAction } from "@/actions/staff";
import { staffInvitationsForMe } from "@/lib/events/staff-invitations";
import { localized } from "@/lib/i18n/localized";
import { InvitationAnswerForm } from "@/components/account/invitation-answer-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { currentEvent } from "@/lib/events/current-event";
import { invitationsForMe } from "@/lib/firms/invitations";
import { firmLabel } from "@/lib/firms/firm-name";
import { pageLocale } from "@/lib/i18n/page-locale";
import { formatDate } from "@/lib/time/zoned-format";

/** Offers to the signed-in person's own verified address (the invitation email links here). */
export default async function InvitationsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const actor = await requireUser(locale, `/${locale}/invitations`);
  const [t, common] = await Promise.all([getTranslations("invitations"), getTranslations("common")]);
  const [offers, staffOffers, event, staffT, roles] = await Promise.all([
    invitationsForMe(actor),
    staffInvitationsForMe(actor),
    currentEvent(),
    getTranslations("staff"),
    getTranslations("events.role"),
  ]);
  const zone = event?.timeZone ?? "UTC";
  const answer = { accept: t("accept"), decline: t("decline") };
  return (
    <div className="max-w-2xl space-y-4">
      <PageHeader title={t("title")} subtitle={t("intro", { email: actor.email })} />
      {offers.length === 0 && staffOffers.length === 0 ? <p className="rounded-lg bg-white p-4">{t("empty")}</p> : null}
      {staffOffers.length > 0 ? (
        <ul className="space-y-3" data-testid="my-staff-invitations" aria-label={staffT("offers")}>
          {staffOffers.map((offer) => (
            <li key={offer.id}>
              <Card>
                <p className="font-semibold">
                  {staffT("offer", {
                    role: roles(offer.role),
                    event: localized(offer.event, "name", locale),
                    body: offer.body.code,
                  })}
                </p>
                <p className="text-sm text-slate-600">
                  {offer.event.city} ·{" "}
                  {t("expires", { date: formatDate(offer.expiresAt, offer.event.timeZone, locale) })}
                </p>
                <InvitationAnswerForm action={respondToStaffInvitationAction} invitationId={offer.id} labels={answer} />
              </Card>
            </li>
          ))}
        </ul>
      ) : null}
      <ul className="space-y-3" data-testid="my-invitations">
        {offers.map((offer) => (
          <li key={offer.id}>
            <Card>
              <p className="font-semibold">
                {t("from", {
                  firm: firmLabel(offer.firm, locale),
                  role: common(`role.${offer.role}`),
                })}
              </p>
              <p className="text-sm text-slate-600">
                {offer.firm.city}, {common(`country.${offer.firm.country}`)} ·{" "}
                {t("expires", { date: formatDate(offer.expiresAt, zone, locale) })}
              </p>
              <InvitationAnswerForm action={respondToInvitationAction} invitationId={offer.id} labels={answer} />
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
