// The recommendations page in named sections: the firm's mutual matches (each a meeting request away), the
// filters, and the explained list with interested / not interested on each.
import { getTranslations } from "next-intl/server";
import { setInterestAction } from "@/actions/interests";
import { requestFromMatchAction } from "@/actions/meetings";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { Select } from "@/components/forms/fields";
import { FirmLogo } from "@/components/firms/firm-logo";
import { ReasonText } from "@/components/matching/reason-text";
import { COUNTRIES } from "@/lib/enums";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { DISMISS_REASONS } from "@/lib/matching/dismiss-reasons";
import type { RecommendationFilters, recommendationsForFirm } from "@/lib/matching/recommendations-for-firm";
import type { TaxonomyTree } from "@/lib/taxonomy/taxonomy-tree";
import type { z } from "zod";

type Data = Awaited<ReturnType<typeof recommendationsForFirm>>;
const button = "min-h-11 rounded-lg px-3 text-sm font-semibold";

export async function MutualMatches({ firmId, mutual }: { firmId: string; mutual: Data["mutual"] }) {
  const t = await getTranslations("matching");
  const data = { mutual };
  return (
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
                <ActionForm
                  action={requestFromMatchAction}
                  hiddenFields={{ fromFirmId: firmId, toFirmId: f.id, priority: "WOULD_LIKE" }}
                  notice="page"
                  className="inline"
                >
                  <SubmitButton
                    variant="plain"
                    className="inline-flex min-h-11 items-center px-2 text-sm font-semibold text-brand-700 underline"
                    aria-label={t("requestMeetingWith", { name: f.nameLocal })}
                  >
                    {t("requestMeeting")}
                  </SubmitButton>
                </ActionForm>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export async function RecommendationFilterForm({
  firmId,
  filters,
  taxonomy,
  locale,
}: {
  firmId: string;
  filters: z.output<typeof RecommendationFilters>;
  taxonomy: TaxonomyTree;
  locale: AppLocale;
}) {
  const t = await getTranslations("matching");
  const common = await getTranslations("common");
  return (
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
          {COUNTRIES.map((c) => (
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
  );
}

export async function RecommendationList({
  firmId,
  data,
  taxonomy,
  locale,
}: {
  firmId: string;
  data: Data;
  taxonomy: TaxonomyTree;
  locale: AppLocale;
}) {
  const t = await getTranslations("matching");
  const common = await getTranslations("common");
  const percent = (n: number) => Math.round(n * 100);
  return (
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
              {/* At least 12rem for the name: on a phone the score goes below it instead of squeezing it. */}
              <div className="min-w-0 flex-1 basis-48">
                <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">
                  {i + 1}. {common(`country.${r.firm.country}`)} · {r.firm.city} ·{" "}
                  {common(`employeeBand.${r.firm.employeeBand}`)}
                </p>
                <h2 className="font-semibold">
                  <Link href={`/firms/${r.firmId}`} className="hover:underline">
                    {r.firm.nameLocal}
                  </Link>
                </h2>
                {r.firm.nameLocal !== r.firm.nameEn ? <p className="text-sm text-slate-600">{r.firm.nameEn}</p> : null}
              </div>
              <div className="ml-auto text-right">
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
            <ActionForm
              action={setInterestAction}
              hiddenFields={{ fromFirmId: firmId, toFirmId: r.firmId }}
              notice="page"
              className="mt-3 flex flex-wrap items-center gap-2"
            >
              {state ? (
                <span className="text-sm font-medium text-slate-700">
                  {state === "yes" ? t("interestedState") : t("dismissedState")}
                </span>
              ) : null}
              {state !== "yes" ? (
                <SubmitButton
                  variant="plain"
                  name="interested"
                  value="yes"
                  className={`${button} bg-green-700 text-white hover:bg-green-800`}
                >
                  {t("interested")}
                </SubmitButton>
              ) : null}
              {state !== "no" ? (
                <label className="flex items-center gap-1 text-sm">
                  {t("dismissReason.label")}
                  <Select name="reason" className="rounded-lg border border-slate-300 bg-white px-2 py-1">
                    <option value="">{t("dismissReason.none")}</option>
                    {DISMISS_REASONS.map((reason) => (
                      <option key={reason} value={reason}>
                        {t(`dismissReason.${reason}`)}
                      </option>
                    ))}
                  </Select>
                </label>
              ) : null}
              {state !== "no" ? (
                <SubmitButton
                  variant="plain"
                  name="interested"
                  value="no"
                  className={`${button} border border-slate-300 bg-white hover:bg-slate-100`}
                >
                  {t("notInterested")}
                </SubmitButton>
              ) : null}
              {state ? (
                <SubmitButton
                  variant="plain"
                  name="interested"
                  value="clear"
                  className={`${button} text-brand-700 underline`}
                >
                  {t("undo")}
                </SubmitButton>
              ) : null}
            </ActionForm>
          </li>
        );
      })}
    </ol>
  );
}
