import { getTranslations } from "next-intl/server";
import { currentEvent } from "@/lib/events/current-event";
import { currentActor } from "@/lib/auth/guards";
import { LANDING_PATH, landingRole } from "@/lib/auth/actor";
import { approvedParticipantsByCountry } from "@/lib/organizer/event-overview";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import { formatDate, formatTimeRange } from "@/lib/time/zoned-format";
import { Card } from "@/components/ui/card";

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const t = await getTranslations("home");
  const event = await currentEvent();
  const actor = await currentActor();
  if (!event) return <p className="text-slate-700">{t("noEvent")}</p>;

  const byCountry = await approvedParticipantsByCountry(event.id);
  const count = (c: "VN" | "JP" | "OTHER") => byCountry[c] ?? 0;
  const total = Object.values(byCountry).reduce((n, k) => n + (k ?? 0), 0);

  return (
    <div className="space-y-8">
      <section className="rounded-2xl bg-gradient-to-br from-brand-800 to-brand-600 p-6 text-white shadow sm:p-10">
        <p className="text-sm font-semibold uppercase tracking-wider text-brand-100">{t("eyebrow")}</p>
        <h1 className="mt-2 text-3xl font-bold sm:text-4xl">{localized(event, "name", locale)}</h1>
        <dl className="mt-4 grid gap-3 sm:grid-cols-2">
          <div>
            <dt className="text-sm text-brand-100">{t("when")}</dt>
            <dd className="font-medium" data-testid="event-date">
              {formatDate(event.startsAt, event.timeZone, locale)}
            </dd>
            <dd className="font-medium" data-testid="event-hours">
              {formatTimeRange(event.startsAt, event.endsAt, event.timeZone, locale)}
            </dd>
          </div>
          <div>
            <dt className="text-sm text-brand-100">{t("where")}</dt>
            <dd className="font-medium">
              {event.venue}, {event.city}
            </dd>
          </div>
        </dl>
        <p className="mt-4 max-w-3xl text-brand-50">{t("intro")}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link
            href="/firms?event=current"
            className="inline-flex min-h-11 items-center rounded-lg bg-white px-4 font-semibold text-brand-800 hover:bg-brand-50"
          >
            {t("ctaBrowse")}
          </Link>
          {actor ? (
            <Link
              href={LANDING_PATH[landingRole(actor)]}
              className="inline-flex min-h-11 items-center rounded-lg border border-white/70 px-4 font-semibold text-white hover:bg-white/10"
            >
              {t("ctaContinue")}
            </Link>
          ) : (
            <Link
              href="/signup"
              className="inline-flex min-h-11 items-center rounded-lg border border-white/70 px-4 font-semibold text-white hover:bg-white/10"
            >
              {t("ctaSignUp")}
            </Link>
          )}
        </div>
      </section>

      <section aria-labelledby="stats" className="grid gap-4 sm:grid-cols-3">
        <h2 id="stats" className="sr-only">
          {t("stats.firms")}
        </h2>
        <Stat value={total} label={t("stats.firms")} />
        <Stat value={count("VN")} label={t("stats.vietnamese")} />
        <Stat value={count("JP")} label={t("stats.japanese")} />
      </section>

      <section>
        <h2 className="mb-3 text-xl font-semibold">{t("whatYouCanDo")}</h2>
        <div className="grid gap-4 md:grid-cols-3">
          {(["matching", "tours", "consortiums"] as const).map((key) => (
            <Card key={key} title={t(`features.${key}.title`)}>
              <p className="text-slate-700">{t(`features.${key}.body`)}</p>
            </Card>
          ))}
        </div>
      </section>

      {event.organizers.length > 0 ? (
        <section>
          <h2 className="mb-3 text-xl font-semibold">{t("organizers")}</h2>
          <ul className="flex flex-wrap gap-2">
            {event.organizers.map(({ body }) => (
              <li key={body.id} className="rounded-full border border-slate-300 bg-white px-3 py-1 text-sm">
                <abbr title={localized(body, "name", locale)} className="no-underline">
                  {body.code}
                </abbr>{" "}
                <span className="text-slate-600">{localized(body, "name", locale)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function Stat({ value, label }: { value: number; label: string }) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <p className="text-3xl font-bold text-brand-800">{value}</p>
      <p className="text-slate-600">{label}</p>
    </div>
  );
}
