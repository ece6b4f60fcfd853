import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guards";
import { currentEvent } from "@/lib/events/current-event";
import { invitationsForMe } from "@/lib/firms/invitations";
import { firmsOfActor } from "@/lib/firms/firms-of-user";
import { pageLocale } from "@/lib/i18n/page-locale";
import { formatDate } from "@/lib/time/zoned-format";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { respondToInvitationAction } from "./actions";

/** Offers to the signed-in person's own verified address (the invitation email links here). */
export default async function InvitationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ accepted?: string; declined?: string; error?: string }>;
}) {
  const locale = await pageLocale(params);
  const actor = await requireUser(locale, `/${locale}/invitations`);
  const { accepted, declined, error } = await searchParams;
  const [t, common, errors] = await Promise.all([
    getTranslations("invitations"),
    getTranslations("common"),
    getTranslations("errors"),
  ]);
  const [offers, event, firms] = await Promise.all([invitationsForMe(actor), currentEvent(), firmsOfActor(actor)]);
  const zone = event?.timeZone ?? "UTC";
  const joined = accepted ? firms.find((f) => f.id === accepted) : undefined;
  return (
    <div className="max-w-2xl space-y-4">
      <PageHeader title={t("title")} subtitle={t("intro", { email: actor.email })} />
      {joined ? <Notice kind="success">{t("accepted", { firm: joined.nameLocal })}</Notice> : null}
      {declined ? <Notice kind="success">{t("declined")}</Notice> : null}
      {error ? <Notice kind="error">{errors("invite.gone")}</Notice> : null}
      {offers.length === 0 ? <p className="rounded-lg bg-white p-4">{t("empty")}</p> : null}
      <ul className="space-y-3" data-testid="my-invitations">
        {offers.map((offer) => (
          <li key={offer.id}>
            <Card>
              <p className="font-semibold">
                {t("from", {
                  firm:
                    offer.firm.nameLocal === offer.firm.nameEn
                      ? offer.firm.nameEn
                      : `${offer.firm.nameLocal} (${offer.firm.nameEn})`,
                  role: common(`role.${offer.role}`),
                })}
              </p>
              <p className="text-sm text-slate-600">
                {offer.firm.city}, {common(`country.${offer.firm.country}`)} ·{" "}
                {t("expires", { date: formatDate(offer.expiresAt, zone, locale) })}
              </p>
              <form action={respondToInvitationAction.bind(null, locale)} className="mt-3 flex flex-wrap gap-2">
                <input type="hidden" name="invitationId" value={offer.id} />
                <Button type="submit" name="response" value="accept">
                  {t("accept")}
                </Button>
                <Button type="submit" name="response" value="decline" variant="secondary">
                  {t("decline")}
                </Button>
              </form>
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
