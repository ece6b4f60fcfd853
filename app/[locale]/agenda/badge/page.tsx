import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guards";
import { myFirmNames } from "@/lib/firms/firm-names";
import { currentEvent } from "@/lib/events/current-event";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import { badgeOf } from "@/lib/check-in/check-in";
import { siteOrigin } from "@/lib/http/site-origin";
import { formatDate } from "@/lib/time/zoned-format";
import { QrCode } from "@/components/ui/qr-code";
import { PrintButton } from "@/components/ui/print-button";

/** The person's badge: name, firm, and the code staff scan or type at the door. */
export default async function BadgePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const actor = await requireUser(locale, `/${locale}/agenda/badge`);
  const t = await getTranslations("badge");
  const tAll = await getTranslations();
  const event = await currentEvent();
  if (!event) return <p>{tAll("home.noEvent")}</p>;
  const [badge, firms, origin] = await Promise.all([badgeOf(actor, event.id), myFirmNames(actor), siteOrigin()]);
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <article className="rounded-2xl border-2 border-brand-700 bg-white p-6 text-center" data-testid="badge">
        <p className="text-sm font-semibold text-brand-800">{localized(event, "name", locale)}</p>
        <p className="text-xs text-slate-600">
          {formatDate(event.startsAt, event.timeZone, locale)} · {event.venue}
        </p>
        <h1 className="mt-4 text-3xl font-bold">{actor.displayName}</h1>
        {firms.map((f) => (
          <p key={f.nameLocal} className="text-lg">
            {f.nameLocal}
          </p>
        ))}
        <div className="mt-4 flex justify-center">
          <QrCode url={`${origin}/${locale}/organizer/check-in?code=${badge.code}`} label={t("qrLabel")} size={180} />
        </div>
        <p className="mt-2 font-mono text-2xl tracking-widest" data-testid="badge-code">
          {badge.code.slice(0, 4)} {badge.code.slice(4)}
        </p>
        {badge.checkedInAt ? <p className="mt-2 text-sm font-semibold text-green-800">{t("checkedIn")}</p> : null}
      </article>
      <div className="text-center">
        <PrintButton label={t("print")} />
      </div>
    </div>
  );
}
