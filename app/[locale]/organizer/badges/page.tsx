import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePage } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { currentEvent } from "@/lib/events/current-event";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { badgesFor, type BadgeScope } from "@/lib/check-in/check-in";
import { siteOrigin } from "@/lib/http/site-origin";
import { QrCode } from "@/components/ui/qr-code";
import { PrintButton } from "@/components/ui/print-button";

/**
 * Badges on paper for the welcome desk: every firm's people at once, one country's, or one firm's (opened from
 * the firm's profile); two to a row, each firm starting on a new page.
 */
export default async function BadgesPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ firm?: string; country?: string; all?: string }>;
}) {
  const locale = await pageLocale(params);
  const actor = await requirePage(locale, { kind: "onsite" }, `/${locale}/organizer/badges`);
  const t = await getTranslations("badge");
  const tAll = await getTranslations();
  const event = await currentEvent();
  const sp = await searchParams;
  if (!event) return <p>{tAll("home.noEvent")}</p>;
  const scope: BadgeScope | null = sp.firm
    ? { scope: "firm", firmId: sp.firm }
    : sp.country
      ? { scope: "country", country: sp.country }
      : sp.all
        ? { scope: "all" }
        : null;
  const chooser = (
    <nav className="flex flex-wrap gap-2 print:hidden" aria-label={t("choose")}>
      <Link
        href="/organizer/badges?all=1"
        className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-3 font-semibold text-brand-800"
      >
        {t("all")}
      </Link>
      {(["VN", "JP", "OTHER"] as const).map((c) => (
        <Link
          key={c}
          href={`/organizer/badges?country=${c}`}
          className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-3 font-semibold text-brand-800"
        >
          {t("byCountry", { country: tAll(`common.country.${c}`) })}
        </Link>
      ))}
    </nav>
  );
  if (!scope)
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p>{t("pickFirm")}</p>
        {chooser}
      </div>
    );
  const [groups, origin] = await Promise.all([
    badgesFor(actor, event.id, scope).catch((e) => {
      if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
      throw e;
    }),
    siteOrigin(),
  ]);
  const count = groups.reduce((n, g) => n + g.people.length, 0);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2 print:hidden">
        <h1 className="text-2xl font-bold">
          {scope.scope === "firm" && groups[0] ? t("firmBadges", { firm: groups[0].firm.nameLocal }) : t("title")}
        </h1>
        <p data-testid="badge-count">{t("count", { count, firms: groups.length })}</p>
        <PrintButton label={t("printAll")} />
      </div>
      {scope.scope !== "firm" ? chooser : null}
      {groups.map(({ firm, people }) =>
        people.length === 0 ? null : (
          <section key={firm.id} className="break-after-page last:break-after-auto" data-testid="badge-firm">
            <h2 className="mb-2 text-lg font-semibold print:hidden">{firm.nameLocal}</h2>
            <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 print:grid-cols-2" data-testid="badges">
              {people.map(({ name, badge }) => (
                <article
                  key={badge.id}
                  className="break-inside-avoid rounded-2xl border-2 border-brand-700 bg-white p-4 text-center"
                >
                  <p className="text-xs font-semibold text-brand-800">{localized(event, "name", locale)}</p>
                  <h3 className="mt-2 text-2xl font-bold">{name}</h3>
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
          </section>
        ),
      )}
    </div>
  );
}
