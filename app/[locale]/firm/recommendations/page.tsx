import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import { selectedFirmId } from "@/lib/firms/selected-firm";
import { requestFromMatchAction } from "../meetings/actions";
import { Link } from "@/lib/i18n/navigation";
import { RecommendationFilters, recommendationsForFirm } from "@/lib/matching/recommendations-for-firm";
import { loadTaxonomy } from "@/lib/taxonomy/load-taxonomy";
import { PageHeader } from "@/components/ui/page-header";
import { NoFirmNotice } from "@/components/firms/no-firm-notice";
import { FirmLogo } from "@/components/firms/firm-logo";
import { ReasonText } from "@/components/matching/reason-text";
import { interestAction } from "./actions";
import { DISMISS_REASONS } from "@/lib/matching/interests";

type SearchParams = Promise<Record<string, string | undefined>>;
const button = "min-h-11 rounded-lg px-3 text-sm font-semibold";

export default async function RecommendationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: SearchParams;
}) {
  const locale = await pageLocale(params);
  const actor = await requireUser(locale, `/${locale}/firm/recommendations`);
  const raw = await searchParams;
  const t = await getTranslations("matching");
  const common = await getTranslations("common");
  const errors = await getTranslations("errors");
  const firmIds = actor.memberships.map((m) => m.firmId);
  const firmId = selectedFirmId(actor, raw.firm);
  if (!firmId) {
    return <NoFirmNotice title={t("title")} message={t("noFirm")} />;
  }
  const filters = RecommendationFilters.parse({
    country: raw.country || undefined,
    sector: raw.sector || undefined,
    showDismissed: raw.showDismissed || undefined,
  });
  const [own, myFirms, taxonomy, data] = await Promise.all([
    db.firm.findUniqueOrThrow({ where: { id: firmId }, select: { nameLocal: true, status: true } }),
    db.firm.findMany({ where: { id: { in: firmIds } }, select: { id: true, nameLocal: true } }),
    loadTaxonomy(),
    recommendationsForFirm(actor, firmId, filters),
  ]);
  const mutualBanner = raw.mutual ? data.mutual.find((f) => f.id === raw.mutual) : undefined;
  const percent = (n: number) => Math.round(n * 100);
  const act = interestAction.bind(null, locale, firmId);

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} subtitle={t("subtitle", { firm: own.nameLocal })} />
      {myFirms.length > 1 ? (
        <nav aria-label={t("whichFirm")} className="flex flex-wrap gap-2">
          {myFirms.map((f) => (
            <Link
              key={f.id}
              href={`/firm/recommendations?firm=${f.id}`}
              aria-current={f.id === firmId ? "page" : undefined}
              className="rounded-full border border-slate-300 px-3 py-1 text-sm aria-[current=page]:bg-brand-100"
            >
              {f.nameLocal}
            </Link>
          ))}
        </nav>
      ) : null}
      {mutualBanner ? (
        <p role="status" className="rounded-lg bg-green-50 p-3 font-medium text-green-900" data-testid="mutual-banner">
          {t("mutualBanner", { name: mutualBanner.nameLocal })}
        </p>
      ) : null}
      {raw.error ? (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-accent-600">
          {errors(raw.error === "forbidden" || raw.error === "busy" ? raw.error : "invalid")}
        </p>
      ) : null}

      <section aria-labelledby="mutual-title" className="rounded-xl border border-green-200 bg-white p-4">
        <h2 id="mutual-title" className="text-lg font-semibold">
          {t("mutualTitle")}
        </h2>
        {data.mutual.length === 0 ? (
          <p className="text-slate-600">{t("mutualNone")}</p>
        ) : (
          <>
            <p className="text-slate-600">{t("mutualIntro")}</p>
            <ul className="mt-2 flex flex-wrap gap-2" data-testid="mutual-list">
              {data.mutual.map((f) => (
                <li key={f.id}>
                  <Link
                    href={`/firms/${f.id}`}
                    className="inline-flex min-h-11 items-center rounded-lg border border-green-300 bg-green-50 px-3 font-medium"
                  >
                    {f.nameLocal}
                  </Link>{" "}
                  <form action={requestFromMatchAction.bind(null, locale, firmId, f.id)} className="inline">
                    <button
                      className="inline-flex min-h-11 items-center px-2 text-sm font-semibold text-brand-700 underline"
                      aria-label={t("requestMeetingWith", { name: f.nameLocal })}
                    >
                      {t("requestMeeting")}
                    </button>
                  </form>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <form method="get" className="flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-4">
        <input type="hidden" name="firm" value={firmId} />
        <div>
          <label htmlFor="country" className="block text-sm font-medium">
            {t("country")}
          </label>
          <select
            id="country"
            name="country"
            defaultValue={filters.country ?? ""}
            className="mt-1 rounded-lg border border-slate-300 px-3 py-2"
          >
            <option value="">{common("any")}</option>
            {(["VN", "JP", "OTHER"] as const).map((c) => (
              <option key={c} value={c}>
                {common(`country.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="sector" className="block text-sm font-medium">
            {t("sector")}
          </label>
          <select
            id="sector"
            name="sector"
            defaultValue={filters.sector ?? ""}
            className="mt-1 rounded-lg border border-slate-300 px-3 py-2"
          >
            <option value="">{common("any")}</option>
            {taxonomy.ordered("SECTOR").map(({ node }) => (
              <option key={node.code} value={node.code}>
                {localized(node, "label", locale)}
              </option>
            ))}
          </select>
        </div>
        <label className="flex min-h-11 items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="showDismissed"
            value="1"
            defaultChecked={!!filters.showDismissed}
            className="h-5 w-5"
          />
          {t("showDismissed")}
        </label>
        <button type="submit" className={`${button} bg-brand-700 text-white`}>
          {t("apply")}
        </button>
      </form>

      {!data.inEngine ? <p className="rounded-lg bg-amber-50 p-3 text-amber-900">{t("notApproved")}</p> : null}
      {data.inEngine && data.recommendations.length === 0 ? (
        <p className="rounded-lg bg-white p-4">{t("empty")}</p>
      ) : null}
      <ol className="space-y-4" data-testid="recommendations">
        {data.recommendations.map((r, i) => {
          const state = data.interestedIn.has(r.firmId) ? "yes" : data.dismissed.has(r.firmId) ? "no" : null;
          return (
            <li
              key={r.firmId}
              className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
              data-testid="recommendation"
            >
              <div className="flex flex-wrap items-start gap-3">
                <FirmLogo firm={r.firm} size={44} />
                <div className="min-w-0 flex-1">
                  <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">
                    {i + 1}. {common(`country.${r.firm.country}`)} · {r.firm.city} ·{" "}
                    {common(`employeeBand.${r.firm.employeeBand}`)}
                  </p>
                  <h2 className="font-semibold">
                    <Link href={`/firms/${r.firmId}`} className="hover:underline">
                      {r.firm.nameLocal}
                    </Link>
                  </h2>
                  {r.firm.nameLocal !== r.firm.nameEn ? (
                    <p className="text-sm text-slate-600">{r.firm.nameEn}</p>
                  ) : null}
                </div>
                <div className="text-right">
                  <p className="text-2xl font-bold text-brand-800">{t("score", { score: percent(r.score) })}</p>
                  <p className="text-xs text-slate-600">
                    {t("bothWays", { forYou: percent(r.forYou), forThem: percent(r.forThem) })}
                  </p>
                </div>
              </div>
              <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-slate-800" aria-label={t("why")}>
                {r.reasons.map((reason, k) => (
                  <li key={k}>
                    <ReasonText reason={reason} locale={locale} taxonomy={taxonomy} />
                  </li>
                ))}
              </ul>
              <form action={act} className="mt-3 flex flex-wrap items-center gap-2">
                <input type="hidden" name="toFirmId" value={r.firmId} />
                {state ? (
                  <span className="text-sm font-medium text-slate-700">
                    {state === "yes" ? t("interestedState") : t("dismissedState")}
                  </span>
                ) : null}
                {state !== "yes" ? (
                  <button
                    name="interested"
                    value="yes"
                    className={`${button} bg-green-700 text-white hover:bg-green-800`}
                  >
                    {t("interested")}
                  </button>
                ) : null}
                {state !== "no" ? (
                  <label className="flex items-center gap-1 text-sm">
                    {t("dismissReason.label")}
                    <select name="reason" className="rounded-lg border border-slate-300 bg-white px-2 py-1">
                      <option value="">{t("dismissReason.none")}</option>
                      {DISMISS_REASONS.map((reason) => (
                        <option key={reason} value={reason}>
                          {t(`dismissReason.${reason}`)}
                        </option>
                      ))}
                    </select>
                  </label>
                ) : null}
                {state !== "no" ? (
                  <button
                    name="interested"
                    value="no"
                    className={`${button} border border-slate-300 bg-white hover:bg-slate-100`}
                  >
                    {t("notInterested")}
                  </button>
                ) : null}
                {state ? (
                  <button name="interested" value="clear" className={`${button} text-brand-700 underline`}>
                    {t("undo")}
                  </button>
                ) : null}
              </form>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
