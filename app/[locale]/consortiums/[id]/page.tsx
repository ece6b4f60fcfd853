import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { allows } from "@/lib/auth/policy";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { coverageOf, notesOf, opportunityFor, partnerSuggestions } from "@/lib/consortiums/opportunities";
import { nextStatuses, type Status } from "@/lib/consortiums/consortium-rules";
import { loadTaxonomy } from "@/lib/taxonomy/load-taxonomy";
import { taxonomyOptions } from "@/lib/taxonomy/taxonomy-options";
import { formatDateTime } from "@/lib/time/zoned-format";
import { splitList } from "@/lib/tours/tour-rules";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { consortiumAction } from "../actions";

const button = "min-h-11 rounded-lg px-3 text-sm font-semibold";
const select = "rounded-lg border border-slate-300 bg-white px-2 py-2 text-sm";

export default async function OpportunityPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ done?: string; error?: string }>;
}) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const raw = await searchParams;
  const actor = await requireUser(locale, `/${locale}/consortiums/${id}`);
  const t = await getTranslations("consortiums");
  const common = await getTranslations("common");
  const tAll = await getTranslations();
  const o = await opportunityFor(actor, id).catch((e) => {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const [rows, tree, notes, suggested] = await Promise.all([
    coverageOf(o),
    loadTaxonomy(),
    o.inside ? notesOf(actor, o.id) : Promise.resolve([]),
    o.leadAdmin ? partnerSuggestions(actor, o.id) : Promise.resolve(null),
  ]);
  const act = (op: Parameters<typeof consortiumAction>[2]) => consortiumAction.bind(null, locale, o.id, op);
  const nameOf = (firmId: string) => o.members.find((m) => m.firmId === firmId)?.firm.nameLocal ?? firmId;
  const label = (capabilityId: string) => {
    const node = tree.get(capabilityId);
    return node ? localized(node, "label", locale) : capabilityId;
  };
  const mustOpen = rows.filter((r) => r.requirement.mustHave && r.coveredBy.length === 0).length;
  const sector = o.sectorId ? tree.get(o.sectorId) : undefined;

  return (
    <div className="max-w-4xl space-y-6">
      <PageHeader title={o.title} subtitle={`${t("ledBy", { firm: o.lead.nameLocal })} · ${t(`status.${o.status}`)}`} />
      {raw.done ? <Notice kind="success">{t(`done.${raw.done}` as never)}</Notice> : null}
      {raw.error ? <Notice kind="error">{tAll(raw.error as never)}</Notice> : null}
      <Card>
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="font-medium text-slate-600">{t("market")}</dt>
          <dd>
            {common(`market.${o.region}`)}
            {o.country ? ` · ${o.country}` : ""}
          </dd>
          {sector ? (
            <>
              <dt className="font-medium text-slate-600">{t("sector")}</dt>
              <dd>{localized(sector, "label", locale)}</dd>
            </>
          ) : null}
          <dt className="font-medium text-slate-600">{t("clientType")}</dt>
          <dd>{t(`client.${o.clientType}`)}</dd>
          <dt className="font-medium text-slate-600">{t("budget")}</dt>
          <dd>{t(`band.${o.budgetBand}`)}</dd>
          {o.deadline ? (
            <>
              <dt className="font-medium text-slate-600">{t("deadline")}</dt>
              <dd data-testid="opportunity-deadline">{formatDateTime(o.deadline, o.event.timeZone, locale)}</dd>
            </>
          ) : null}
          <dt className="font-medium text-slate-600">{t("languages")}</dt>
          <dd>
            {splitList(o.languages)
              .map((l) => tAll(`tours.form.language.${l}` as never))
              .join(", ")}
          </dd>
          <dt className="font-medium text-slate-600">{t("visibilityLabel")}</dt>
          <dd>{t(`visibility.${o.visibility}`)}</dd>
        </dl>
        {o.description ? <p className="mt-3 whitespace-pre-line">{o.description}</p> : null}
      </Card>

      <Card title={t("coverage")}>
        <p className="mb-2 text-sm font-medium" data-testid="coverage-summary">
          {mustOpen === 0 ? t("allMustCovered") : t("mustOpen", { count: mustOpen })}
        </p>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="coverage">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-2">
                  {t("col.requirement")}
                </th>
                <th scope="col" className="py-2 pr-2">
                  {t("col.importance")}
                </th>
                <th scope="col" className="py-2 pr-2">
                  {t("col.coveredBy")}
                </th>
                {o.leadAdmin ? (
                  <th scope="col" className="py-2">
                    <span className="sr-only">{t("col.actions")}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {rows.map(({ requirement: r, coveredBy }) => (
                <tr key={r.id} className="border-b border-slate-100">
                  <td className="py-2 pr-2">{label(r.capabilityId)}</td>
                  <td className="py-2 pr-2">
                    {r.mustHave ? t("form.must") : t("form.nice")} · {t("weight", { weight: r.weight })}
                  </td>
                  <td className={`py-2 pr-2 ${coveredBy.length ? "" : "font-semibold text-accent-600"}`}>
                    {coveredBy.length ? coveredBy.map(nameOf).join(", ") : t("open")}
                  </td>
                  {o.leadAdmin ? (
                    <td className="py-2">
                      <form action={act("removeRequirement")}>
                        <input type="hidden" name="capabilityId" value={r.capabilityId} />
                        <button
                          className={`${button} border border-slate-300`}
                          aria-label={t("removeRequirement", { name: label(r.capabilityId) })}
                        >
                          {t("form.remove")}
                        </button>
                      </form>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {o.leadAdmin ? (
          <form action={act("addRequirement")} className="mt-3 flex flex-wrap items-end gap-2">
            <label className="text-sm">
              <span className="block font-medium">{t("form.capability")}</span>
              <select name="capabilityId" className={select}>
                {taxonomyOptions(tree, "CAPABILITY", locale).map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.label}
                  </option>
                ))}
              </select>
            </label>
            <label className="text-sm">
              <span className="block font-medium">{t("col.importance")}</span>
              <select name="must" className={select}>
                <option value="must">{t("form.must")}</option>
                <option value="nice">{t("form.nice")}</option>
              </select>
            </label>
            <label className="text-sm">
              <span className="block font-medium">{t("form.weight")}</span>
              <input name="weight" type="number" min={1} max={5} defaultValue={3} className={`${select} w-20`} />
            </label>
            <button className={`${button} bg-brand-700 text-white`}>{t("form.addRequirement")}</button>
          </form>
        ) : null}
      </Card>

      <Card title={t("members")}>
        <ul className="divide-y divide-slate-100" data-testid="members">
          {o.members.map((m) => (
            <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                <Link href={`/firms/${m.firm.id}`} className="font-medium text-brand-800 underline">
                  {m.firm.nameLocal}
                </Link>{" "}
                · {t(`role.${m.role}`)} · {t(`memberStatus.${m.status}`)}
              </span>
              {m.status === "INVITED" && allows(actor, { kind: "firmAdmin", firmId: m.firmId }) ? (
                <span className="flex gap-2">
                  <form action={act("accept")}>
                    <input type="hidden" name="memberId" value={m.id} />
                    <button className={`${button} bg-green-700 text-white`}>{t("accept")}</button>
                  </form>
                  <form action={act("decline")}>
                    <input type="hidden" name="memberId" value={m.id} />
                    <button className={`${button} border border-slate-300`}>{t("decline")}</button>
                  </form>
                </span>
              ) : m.status === "ACCEPTED" && o.inside && !actor.memberships.some((x) => x.firmId === m.firmId) ? (
                <Link href={`/firms/${m.firm.id}#request`} className="text-sm text-brand-800 underline">
                  {t("requestMeeting")}
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
        {o.leadAdmin ? (
          <div className="mt-4 flex flex-wrap gap-2">
            {nextStatuses(o.status as Status).map((s) => (
              <form key={s} action={act("status")}>
                <input type="hidden" name="status" value={s} />
                <button className={`${button} border border-brand-700 text-brand-800`}>
                  {t("moveTo", { status: t(`status.${s}`) })}
                </button>
              </form>
            ))}
          </div>
        ) : null}
      </Card>

      {suggested ? (
        <Card title={t("suggestions")}>
          {suggested.suggestions.length === 0 ? (
            <p className="text-slate-600">{suggested.open.length === 0 ? t("nothingOpen") : t("noSuggestions")}</p>
          ) : (
            <ul className="space-y-3" data-testid="suggestions">
              {suggested.suggestions.map((s) => (
                <li key={s.firmId} className="rounded-lg border border-slate-200 p-3">
                  <p className="font-semibold">
                    <Link href={`/firms/${s.firmId}`} className="text-brand-800 underline">
                      {s.firm.nameLocal}
                    </Link>{" "}
                    <span className="text-sm font-normal text-slate-600">({common(`country.${s.firm.country}`)})</span>
                  </p>
                  <p className="text-sm">
                    {t("covers", {
                      list: s.covers
                        .map((id) => label(o.requirements.find((r) => r.id === id)!.capabilityId))
                        .join(", "),
                    })}
                  </p>
                  <p className="text-sm text-slate-600">{t("fit", { percent: Math.round(s.fit * 100) })}</p>
                  <form action={act("invite")} className="mt-2 flex flex-wrap items-end gap-2">
                    <input type="hidden" name="firmId" value={s.firmId} />
                    <label className="text-sm">
                      <span className="block font-medium">{t("roleLabel")}</span>
                      <select
                        name="role"
                        defaultValue={s.firm.country === "VN" ? "DELIVERY" : "TECHNOLOGY"}
                        className={select}
                      >
                        {(["TECHNOLOGY", "DELIVERY", "LOCAL"] as const).map((r) => (
                          <option key={r} value={r}>
                            {t(`role.${r}`)}
                          </option>
                        ))}
                      </select>
                    </label>
                    <button
                      className={`${button} bg-brand-700 text-white`}
                      aria-label={t("inviteFirm", { firm: s.firm.nameLocal })}
                    >
                      {t("invite")}
                    </button>
                  </form>
                </li>
              ))}
            </ul>
          )}
        </Card>
      ) : null}

      {o.inside ? (
        <Card title={t("notes")}>
          {notes.length === 0 ? <p className="text-slate-600">{t("noNotes")}</p> : null}
          <ul className="space-y-2" data-testid="notes">
            {notes.map((n) => (
              <li key={n.id} className="rounded-lg bg-slate-50 p-2">
                <p className="whitespace-pre-line">{n.body}</p>
                <p className="text-xs text-slate-600">{n.author}</p>
              </li>
            ))}
          </ul>
          {o.members.some((m) => m.status === "ACCEPTED" && actor.memberships.some((x) => x.firmId === m.firmId)) ? (
            <form action={act("note")} className="mt-3 space-y-2">
              <label htmlFor="note-body" className="block text-sm font-medium">
                {t("addNote")}
              </label>
              <textarea
                id="note-body"
                name="body"
                rows={2}
                className="block w-full rounded-lg border border-slate-300 px-3 py-2"
              />
              <button className={`${button} bg-brand-700 text-white`}>{t("saveNote")}</button>
            </form>
          ) : null}
        </Card>
      ) : null}
    </div>
  );
}
