import { ReaderText } from "@/components/i18n/reader-text";
import { plainTextForReader } from "@/lib/i18n/text-for-reader";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { myFirmNames } from "@/lib/firms/firm-names";
import { isLocale } from "@/lib/i18n/routing";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { challengeFor } from "@/lib/challenges/challenges";
import { splitList } from "@/lib/tours/tour-rules";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { answerChallengeAction } from "@/actions/challenges";
import { ChallengeAnswers } from "@/components/challenges/challenge-answers";
import { ActionForm, FieldError, SubmitButton } from "@/components/forms/action-form";
import { Select, TextArea } from "@/components/forms/fields";

const button = "min-h-11 rounded-lg px-3 text-sm font-semibold";
const field = "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2";

export default async function ChallengePage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const actor = await requireUser(locale, `/${locale}/challenges/${id}`);
  const t = await getTranslations("challenges");
  const tAll = await getTranslations();
  const c = await challengeFor(actor, id).catch((e) => {
    if (e instanceof AppError && (e.code === "NOT_FOUND" || e.code === "FORBIDDEN")) notFound();
    throw e;
  });
  const answerable = (await myFirmNames(actor)).filter(
    (f) => f.status === "APPROVED" && f.id !== c.firmId && !c.answeredBy.includes(f.id),
  );
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        title={plainTextForReader(c, "title", locale)}
        subtitle={`${c.firm.nameLocal} · ${tAll(`consortiums.band.${c.budgetBand}`)} · ${splitList(c.languages)
          .filter(isLocale)
          .map((l) => tAll(`tours.form.language.${l}`))
          .join(", ")}`}
      />
      <Card>
        <ReaderText record={c} base="description" locale={locale} />
        <p className="mt-2 text-sm">
          <Link href={`/firms/${c.firm.id}`} className="text-brand-800 underline">
            {t("aboutFirm", { firm: c.firm.nameLocal })}
          </Link>
        </p>
      </Card>
      {answerable.length > 0 ? (
        <Card title={t("answer")}>
          {/* Answered, the firm cannot answer again and the form goes: the answer shows at the top. */}
          <ActionForm
            action={answerChallengeAction}
            hiddenFields={{ challengeId: c.id, ...(answerable.length === 1 ? { firmId: answerable[0]!.id } : {}) }}
            notice="page"
            className="space-y-2"
          >
            {answerable.length > 1 ? (
              <Select name="firmId" defaultValue={answerable[0]!.id} className={field} aria-label={t("firm")}>
                {answerable.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.nameLocal}
                  </option>
                ))}
              </Select>
            ) : null}
            <label htmlFor="answer-body" className="block text-sm font-medium">
              {t("proposal")}
            </label>
            <TextArea id="answer-body" name="body" rows={4} className={field} />
            <FieldError name="body" />
            <SubmitButton variant="plain" className={`${button} bg-brand-700 text-white`}>
              {t("sendAnswer")}
            </SubmitButton>
          </ActionForm>
        </Card>
      ) : null}
      <ChallengeAnswers c={c} />
    </div>
  );
}
