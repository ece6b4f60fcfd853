import { plainTextForReader } from "@/lib/i18n/text-for-reader";
import { LOCALES, type AppLocale } from "@/lib/i18n/routing";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { BUDGET_BANDS } from "@/lib/enums";
import { myFirmNames } from "@/lib/firms/firm-names";
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
import { postChallengeAction } from "@/actions/challenges";
import { ActionForm, FieldError, SubmitButton } from "@/components/forms/action-form";
import { Choice, Select, TextArea } from "@/components/forms/fields";

const select = "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2";

export default async function ChallengesPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const actor = await requireUser(locale, `/${locale}/challenges`);
  const t = await getTranslations("challenges");
  const tAll = await getTranslations();
  const event = await currentEvent();
  if (!event) return <p>{tAll("home.noEvent")}</p>;
  const list = await challengesFor(actor, event.id).catch((e) => {
    if (e instanceof AppError && e.code === "FORBIDDEN") return null;
    throw e;
  });
  if (!list) return <Notice kind="error">{t("participantsOnly")}</Notice>;
  const [mine, tree] = await Promise.all([myFirmNames(actor), loadTaxonomy()]);
  const firms = mine.filter((f) => f.status === "APPROVED");
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} subtitle={`${localized(event, "name", locale)} · ${t("intro")}`} />
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
          <ActionForm action={postChallengeAction} className="space-y-3" data-testid="challenge-form">
            <div>
              <label htmlFor="ch-firm" className="block text-sm font-medium">
                {t("firm")}
              </label>
              <Select id="ch-firm" name="firmId" defaultValue={firms[0]!.id} className={select}>
                {firms.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.nameLocal}
                  </option>
                ))}
              </Select>
            </div>
            {/* Written in the reader's language first; the other two languages are optional translations. */}
            <ChallengeTextFields language={locale} primary />
            <details className="rounded-lg border border-slate-200 p-3">
              <summary className="min-h-11 cursor-pointer py-2 text-sm font-medium">{t("otherLanguages")}</summary>
              <div className="space-y-3">
                {LOCALES.filter((l) => l !== locale).map((l) => (
                  <ChallengeTextFields key={l} language={l} />
                ))}
              </div>
            </details>
            <div className="grid gap-3 sm:grid-cols-2">
              <div>
                <label htmlFor="ch-sector" className="block text-sm font-medium">
                  {t("sector")}
                </label>
                <Select id="ch-sector" name="sectorId" defaultValue="" className={select}>
                  <option value="">{tAll("common.any")}</option>
                  {taxonomyOptions(tree, "SECTOR", locale).map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.label}
                    </option>
                  ))}
                </Select>
              </div>
              <div>
                <label htmlFor="ch-budget" className="block text-sm font-medium">
                  {t("budget")}
                </label>
                <Select id="ch-budget" name="budgetBand" defaultValue="K100_500" className={select}>
                  {BUDGET_BANDS.map((b) => (
                    <option key={b} value={b}>
                      {tAll(`consortiums.band.${b}`)}
                    </option>
                  ))}
                </Select>
              </div>
            </div>
            <fieldset>
              <legend className="text-sm font-medium">{t("languages")}</legend>
              <div className="flex flex-wrap gap-4">
                {(["ja", "vi", "en"] as const).map((l) => (
                  <label key={l} className="flex min-h-11 items-center gap-2">
                    <Choice name="languages" value={l} defaultChecked={l === "en"} className="h-5 w-5" />
                    {tAll(`tours.form.language.${l}`)}
                  </label>
                ))}
              </div>
              <FieldError name="languages" />
            </fieldset>
            <SubmitButton>{t("submit")}</SubmitButton>
          </ActionForm>
        </Card>
      ) : null}
    </div>
  );
}

const SUFFIX = { en: "En", ja: "Ja", vi: "Vi" } as const;
const NAME_KEY = { en: "nameEn", ja: "nameJa", vi: "nameVi" } as const;

/** A challenge's title and description in one language, named titleJa / descriptionJa... as the schema reads. */
async function ChallengeTextFields({ language, primary = false }: { language: AppLocale; primary?: boolean }) {
  const t = await getTranslations("challenges");
  const languages = await getTranslations("language");
  const name = languages(NAME_KEY[language]);
  const id = `ch-description-${language}`;
  return (
    <div className="space-y-3" lang={language}>
      <TextField label={t("titleIn", { language: name })} name={`title${SUFFIX[language]}`} />
      <div>
        <label htmlFor={id} className="block text-sm font-medium">
          {t("descriptionIn", { language: name })}
        </label>
        <TextArea
          id={id}
          name={`description${SUFFIX[language]}`}
          rows={primary ? 4 : 3}
          className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2"
          aria-describedby={`${id}-error`}
        />
        <FieldError name={`description${SUFFIX[language]}`} id={`${id}-error`} />
      </div>
    </div>
  );
}
