import { ReaderText } from "@/components/i18n/reader-text";
import { plainTextForReader } from "@/lib/i18n/text-for-reader";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { BUDGET_BANDS } from "@/lib/enums";
import { myFirmNames } from "@/lib/firms/firm-names";
import { isLocale } from "@/lib/i18n/routing";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { challengeFor } from "@/lib/challenges/challenges";
import { splitList } from "@/lib/tours/tour-rules";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { answerChallengeAction, recordPilotOrderAction, shortlistAction } from "@/actions/challenges";
import { ActionForm, FieldError, SubmitButton } from "@/components/forms/action-form";
import { Input, Select, TextArea } from "@/components/forms/fields";

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
      <Card title={c.poster ? t("answers", { count: c.answers.length }) : t("yourAnswer")}>
        {c.answers.length === 0 ? <p className="text-slate-600">{t("noAnswers")}</p> : null}
        <ul className="space-y-3" data-testid="answers">
          {c.answers.map((a) => (
            <li
              key={a.id}
              className={`rounded-lg border p-3 ${a.shortlisted ? "border-green-300 bg-green-50" : "border-slate-200"}`}
            >
              <p className="font-semibold">
                <Link href={`/firms/${a.firm.id}`} className="text-brand-800 underline">
                  {a.firm.nameLocal}
                </Link>
                {a.shortlisted ? (
                  <span className="ml-2 rounded-full bg-green-700 px-2 py-0.5 text-xs text-white">
                    {t("shortlisted")}
                  </span>
                ) : null}
              </p>
              <p className="whitespace-pre-line">{a.body}</p>
              {a.pilotOrder ? (
                <p className="mt-2 text-sm font-medium text-green-900" data-testid="pilot-order">
                  {t("pilotOrdered", {
                    scope: a.pilotOrder.scope,
                    band: tAll(`consortiums.band.${a.pilotOrder.valueBand}`),
                    date: a.pilotOrder.orderedOn.toISOString().slice(0, 10),
                  })}
                </p>
              ) : null}
              {c.posterAdmin ? (
                <div className="mt-2 space-y-2">
                  <ActionForm
                    action={shortlistAction}
                    hiddenFields={{ answerId: a.id, shortlisted: String(!a.shortlisted) }}
                    notice="page"
                  >
                    <SubmitButton variant="plain" className={`${button} border border-slate-300`}>
                      {a.shortlisted ? t("unshortlist") : t("shortlist")}
                    </SubmitButton>
                  </ActionForm>
                  {a.shortlisted && !a.pilotOrder ? (
                    <ActionForm
                      action={recordPilotOrderAction}
                      hiddenFields={{ answerId: a.id }}
                      notice="page"
                      className="grid gap-2 rounded-lg bg-white p-2 sm:grid-cols-3"
                    >
                      <label className="text-sm sm:col-span-3">
                        <span className="block font-medium">{t("pilotScope")}</span>
                        <Input name="scope" className={field} />
                        <FieldError name="scope" />
                      </label>
                      <label className="text-sm">
                        <span className="block font-medium">{t("pilotValue")}</span>
                        <Select name="valueBand" defaultValue={BUDGET_BANDS[0]} className={field}>
                          {BUDGET_BANDS.map((b) => (
                            <option key={b} value={b}>
                              {tAll(`consortiums.band.${b}`)}
                            </option>
                          ))}
                        </Select>
                      </label>
                      <label className="text-sm">
                        <span className="block font-medium">{t("pilotDate")}</span>
                        <Input name="orderedOn" type="date" className={field} />
                        <FieldError name="orderedOn" />
                      </label>
                      <SubmitButton variant="plain" className={`${button} self-end bg-green-700 text-white`}>
                        {t("recordPilot")}
                      </SubmitButton>
                    </ActionForm>
                  ) : null}
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
