import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireOrganizer } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { currentEvent } from "@/lib/events/current-event";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import { firmBadges } from "@/lib/check-in/check-in";
import { siteOrigin } from "@/lib/http/site-origin";
import { QrCode } from "@/components/ui/qr-code";
import { PrintButton } from "@/components/ui/print-button";

/** A firm's badges on paper, two to a row, for the welcome desk (opened from the firm's profile). */
export default async function FirmBadgesPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ firm?: string }>;
}) {
  const locale = await pageLocale(params);
  const actor = await requireOrganizer(locale, `/${locale}/organizer/badges`);
  const t = await getTranslations("badge");
  const tAll = await getTranslations();
  const event = await currentEvent();
  const firmId = (await searchParams).firm;
  if (!event) return <p>{tAll("home.noEvent")}</p>;
  if (!firmId) return <p className="rounded-lg bg-white p-4">{t("pickFirm")}</p>;
  const [{ firm, badges }, origin] = await Promise.all([
    firmBadges(actor, event.id, firmId).catch((e) => {
      if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
      throw e;
    }),
    siteOrigin(),
  ]);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2 print:hidden">
        <h1 className="text-2xl font-bold">{t("firmBadges", { firm: firm.nameLocal })}</h1>
        <PrintButton label={t("print")} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2 print:grid-cols-2" data-testid="badges">
        {badges.map(({ name, badge }) => (
          <article
            key={badge.id}
            className="break-inside-avoid rounded-2xl border-2 border-brand-700 bg-white p-4 text-center"
          >
            <p className="text-xs font-semibold text-brand-800">{localized(event, "name", locale)}</p>
            <h2 className="mt-2 text-2xl font-bold">{name}</h2>
            <p>{firm.nameLocal}</p>
            <div className="mt-2 flex justify-center">
              <QrCode
                url={`${origin}/${locale}/organizer/check-in?code=${badge.code}`}
                label={t("qrLabel")}
                size={120}
              />
            </div>
            <p className="font-mono text-xl tracking-widest">
              {badge.code.slice(0, 4)} {badge.code.slice(4)}
            </p>
          </article>
        ))}
      </div>
    </div>
  );
}
