import { plainTextForReader } from "@/lib/i18n/text-for-reader";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/db";
import { currentEvent } from "@/lib/events/current-event";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { challengesFor } from "@/lib/challenges/challenges";
import { loadTaxonomy } from "@/lib/taxonomy/load-taxonomy";
import { taxonomyOptions } from "@/lib/taxonomy/taxonomy-options";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { TextField } from "@/components/ui/text-field";
import { Notice } from "@/components/ui/notice";
import { postChallengeAction } from "./actions";

const select = "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2";
const BANDS = ["UNDER_100K", "K100_500", "K500_2M", "M2_10", "OVER_10M"] as const;

export default async function ChallengesPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ field?: string; error?: string }>;
}) {
  const locale = await pageLocale(params);
  const actor = await requireUser(locale, `/${locale}/challenges`);
  const raw = await searchParams;
  const t = await getTranslations("challenges");
  const tAll = await getTranslations();
  const event = await currentEvent();
  if (!event) return <p>{tAll("home.noEvent")}</p>;
  const list = await challengesFor(actor, event.id).catch((e) => {
    if (e instanceof AppError && e.code === "FORBIDDEN") return null;
    throw e;
  });
  if (!list) return <Notice kind="error">{t("participantsOnly")}</Notice>;
  const [firms, tree] = await Promise.all([
    db.firm.findMany({
      where: { id: { in: actor.memberships.map((m) => m.firmId) }, status: "APPROVED" },
      select: { id: true, nameLocal: true },
    }),
    loadTaxonomy(),
  ]);
  // The trilingual fields' errors (titleEn...) show at the one-language form's field.
  const errorFor = (field: string) =>
    raw.field?.replace(/(En|Ja|Vi)$/, "") === field && raw.error ? tAll(raw.error as never) : undefined;
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} subtitle={`${localized(event, "name", locale)} · ${t("intro")}`} />
      {raw.field === "form" && raw.error ? <Notice kind="error">{tAll(raw.error as never)}</Notice> : null}
      <ul className="space-y-3" data-testid="challenges">
        {list.length === 0 ? <li className="rounded-lg bg-white p-4">{t("none")}</li> : null}
        {list.map((c) => (
          <li key={c.id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <h2 className="font-semibold">
              <Link href={`/challenges/${c.id}`} className="text-brand-800 hover:underline">
                {plainTextForReader(c, "title", locale)}
              </Link>
            </h2>
            <p className="text-sm text-slate-600">
              {c.firm.nameLocal} · {tAll(`consortiums.band.${c.budgetBand}`)} ·{" "}
              {t("answerCount", { count: c._count.answers })}
            </p>
          </li>
        ))}
      </ul>
      {firms.length > 0 ? (
        <Card title={t("post")}>
          <form action={postChallengeAction.bind(null, locale)} className="space-y-3" noValidate>
            <div>
              <label htmlFor="ch-firm" className="block text-sm font-medium">
                {t("firm")}
              </label>
              <select id="ch-firm" name="firmId" className={select}>
                {firms.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.nameLocal}
                  </option>
                ))}
              </select>
            </div>
            <TextField label={t("challengeTitle")} name="title" error={errorFor("title")} />
            <div>
              <label htmlFor="ch-description" className="block text-sm font-medium">
                {t("description")}
              </label>
              <textarea
                id="ch-description"
                name="description"
                rows={4}
                className={select}
                aria-describedby={errorFor("description") ? "ch-description-error" : undefined}
              />
              {errorFor("description") ? (
                <p
                  id="ch-description-error"
                  className="text-sm font-medium text-accent-600"
                  data-field-error="description"
                >
                  {errorFor("description")}
                </p>
              ) : null}
            </div>
            <div className="grid gap-3 sm:grid-cols-2">
              <div>
                <label htmlFor="ch-sector" className="block text-sm font-medium">
                  {t("sector")}
                </label>
                <select id="ch-sector" name="sectorId" defaultValue="" className={select}>
                  <option value="">{tAll("common.any")}</option>
                  {taxonomyOptions(tree, "SECTOR", locale).map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.label}
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor="ch-budget" className="block text-sm font-medium">
                  {t("budget")}
                </label>
                <select id="ch-budget" name="budgetBand" defaultValue="K100_500" className={select}>
                  {BANDS.map((b) => (
                    <option key={b} value={b}>
                      {tAll(`consortiums.band.${b}`)}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <fieldset>
              <legend className="text-sm font-medium">{t("languages")}</legend>
              <div className="flex flex-wrap gap-4">
                {(["ja", "vi", "en"] as const).map((l) => (
                  <label key={l} className="flex min-h-11 items-center gap-2">
                    <input type="checkbox" name="languages" value={l} defaultChecked={l === "en"} className="h-5 w-5" />
                    {tAll(`tours.form.language.${l}`)}
                  </label>
                ))}
              </div>
              {errorFor("languages") ? (
                <p className="text-sm font-medium text-accent-600">{errorFor("languages")}</p>
              ) : null}
            </fieldset>
            <button className="min-h-11 rounded-lg bg-brand-700 px-4 font-semibold text-white">{t("submit")}</button>
          </form>
        </Card>
      ) : null}
    </div>
  );
}
