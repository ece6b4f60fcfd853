import { ReaderText } from "@/components/i18n/reader-text";
import { plainTextForReader } from "@/lib/i18n/text-for-reader";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/db";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { challengeFor } from "@/lib/challenges/challenges";
import { splitList } from "@/lib/tours/tour-rules";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { challengeAction } from "../actions";

const button = "min-h-11 rounded-lg px-3 text-sm font-semibold";
const field = "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2";
const BANDS = ["UNDER_100K", "K100_500", "K500_2M", "M2_10", "OVER_10M"] as const;

export default async function ChallengePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ done?: string; field?: string; error?: string }>;
}) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const raw = await searchParams;
  const actor = await requireUser(locale, `/${locale}/challenges/${id}`);
  const t = await getTranslations("challenges");
  const tAll = await getTranslations();
  const c = await challengeFor(actor, id).catch((e) => {
    if (e instanceof AppError && (e.code === "NOT_FOUND" || e.code === "FORBIDDEN")) notFound();
    throw e;
  });
  const act = (op: Parameters<typeof challengeAction>[2]) => challengeAction.bind(null, locale, c.id, op);
  const answerable = await db.firm.findMany({
    where: {
      id: { in: actor.memberships.map((m) => m.firmId).filter((f) => f !== c.firmId && !c.answeredBy.includes(f)) },
      status: "APPROVED",
    },
    select: { id: true, nameLocal: true },
  });
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        title={plainTextForReader(c, "title", locale)}
        subtitle={`${c.firm.nameLocal} · ${tAll(`consortiums.band.${c.budgetBand}`)} · ${splitList(c.languages)
          .map((l) => tAll(`tours.form.language.${l}` as never))
          .join(", ")}`}
      />
      {raw.done ? <Notice kind="success">{t(`done.${raw.done}` as never)}</Notice> : null}
      {raw.error ? <Notice kind="error">{tAll(raw.error as never)}</Notice> : null}
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
          <form action={act("answer")} className="space-y-2">
            {answerable.length > 1 ? (
              <select name="firmId" className={field} aria-label={t("firm")}>
                {answerable.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.nameLocal}
                  </option>
                ))}
              </select>
            ) : (
              <input type="hidden" name="firmId" value={answerable[0]!.id} />
            )}
            <label htmlFor="answer-body" className="block text-sm font-medium">
              {t("proposal")}
            </label>
            <textarea id="answer-body" name="body" rows={4} className={field} />
            <button className={`${button} bg-brand-700 text-white`}>{t("sendAnswer")}</button>
          </form>
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
                  <form action={act(a.shortlisted ? "unshortlist" : "shortlist")}>
                    <input type="hidden" name="answerId" value={a.id} />
                    <button className={`${button} border border-slate-300`}>
                      {a.shortlisted ? t("unshortlist") : t("shortlist")}
                    </button>
                  </form>
                  {a.shortlisted && !a.pilotOrder ? (
                    <form action={act("pilot")} className="grid gap-2 rounded-lg bg-white p-2 sm:grid-cols-3">
                      <input type="hidden" name="answerId" value={a.id} />
                      <label className="text-sm sm:col-span-3">
                        <span className="block font-medium">{t("pilotScope")}</span>
                        <input name="scope" className={field} />
                      </label>
                      <label className="text-sm">
                        <span className="block font-medium">{t("pilotValue")}</span>
                        <select name="valueBand" className={field}>
                          {BANDS.map((b) => (
                            <option key={b} value={b}>
                              {tAll(`consortiums.band.${b}`)}
                            </option>
                          ))}
                        </select>
                      </label>
                      <label className="text-sm">
                        <span className="block font-medium">{t("pilotDate")}</span>
                        <input name="orderedOn" type="date" className={field} />
                      </label>
                      <button className={`${button} self-end bg-green-700 text-white`}>{t("recordPilot")}</button>
                    </form>
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
