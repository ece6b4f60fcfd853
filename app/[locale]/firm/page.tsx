import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guards";
import { currentEvent } from "@/lib/events/current-event";
import { firmsOfActor } from "@/lib/firms/firms-of-user";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import { PageHeader } from "@/components/ui/page-header";
import { MyFirmSection } from "@/components/firms/my-firm-section";
import { FirmParticipations } from "@/components/firms/participations";
import { Link } from "@/lib/i18n/navigation";

export default async function MyFirmPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const actor = await requireUser(locale, `/${locale}/firm`);
  const t = await getTranslations("firm");
  const mine = await getTranslations("myFirm");
  const [firms, event] = await Promise.all([firmsOfActor(actor), currentEvent()]);
  const eventName = event ? localized(event, "name", locale) : "";

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")}>
        <Link
          href="/firm/register"
          className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-4 font-semibold"
        >
          {mine("register")}
        </Link>
      </PageHeader>
      {firms.length === 0 ? <p>{t("noFirm")}</p> : null}
      {firms.map((firm) => (
        <div key={firm.id} className="space-y-4">
          <MyFirmSection firm={firm} actor={actor} event={event} eventName={eventName} locale={locale} />
          <FirmParticipations actor={actor} firmId={firm.id} locale={locale} />
        </div>
      ))}
    </div>
  );
}
