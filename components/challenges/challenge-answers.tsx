// A challenge's answers: the poster's shortlist and pilot orders on them, or the answering firm's own answer.
import { getTranslations } from "next-intl/server";
import { recordPilotOrderAction, shortlistAction } from "@/actions/challenges";
import { ActionForm, FieldError, SubmitButton } from "@/components/forms/action-form";
import { Input, Select } from "@/components/forms/fields";
import { Card } from "@/components/ui/card";
import type { challengeFor } from "@/lib/challenges/challenges";
import { BUDGET_BANDS } from "@/lib/enums";
import { Link } from "@/lib/i18n/navigation";

const button = "min-h-11 rounded-lg px-3 text-sm font-semibold";
const field = "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2";

export async function ChallengeAnswers({ c }: { c: Awaited<ReturnType<typeof challengeFor>> }) {
  const t = await getTranslations("challenges");
  const tAll = await getTranslations();
  return (
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
  );
}
