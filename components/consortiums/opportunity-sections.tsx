// An opportunity's page in named sections: its facts, the coverage of its requirements (the lead edits them),
// the members (invitations answered here, the lead moves the status), partner suggestions for the lead, and the
// members' notes. Every button is an ActionForm; the lib operations decide who may use it.
import { getTranslations } from "next-intl/server";
import {
  addNoteAction,
  addRequirementAction,
  answerInvitationAction,
  inviteToConsortiumAction,
  removeRequirementAction,
  setOpportunityStatusAction,
} from "@/actions/consortiums";
import { ActionForm, FieldError, SubmitButton } from "@/components/forms/action-form";
import { Input, Select, TextArea } from "@/components/forms/fields";
import { Card } from "@/components/ui/card";
import type { Actor } from "@/lib/auth/actor";
import { allows } from "@/lib/auth/policy";
import { nextStatuses, type Status } from "@/lib/consortiums/consortium-rules";
import type { coverageOf, notesOf, opportunityFor, partnerSuggestions } from "@/lib/consortiums/opportunities";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { isLocale, type AppLocale } from "@/lib/i18n/routing";
import type { TaxonomyTree } from "@/lib/taxonomy/taxonomy-tree";
import { taxonomyOptions } from "@/lib/taxonomy/taxonomy-options";
import { formatDateTime } from "@/lib/time/zoned-format";
import { splitList } from "@/lib/tours/tour-rules";

type Opportunity = Awaited<ReturnType<typeof opportunityFor>>;
const button = "min-h-11 rounded-lg px-3 text-sm font-semibold";
const select = "rounded-lg border border-slate-300 bg-white px-2 py-2 text-sm";
const INVITABLE_ROLES = ["TECHNOLOGY", "DELIVERY", "LOCAL"] as const;

/** A capability's label in the reader's language. */
const labelOf = (tree: TaxonomyTree, locale: AppLocale) => (capabilityId: string) => {
  const node = tree.get(capabilityId);
  return node ? localized(node, "label", locale) : capabilityId;
};

export async function OpportunityFacts({ o, tree, locale }: { o: Opportunity; tree: TaxonomyTree; locale: AppLocale }) {
  const t = await getTranslations("consortiums");
  const common = await getTranslations("common");
  const tours = await getTranslations("tours.form");
  const sector = o.sectorId ? tree.get(o.sectorId) : undefined;
  return (
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
            .filter(isLocale)
            .map((l) => tours(`language.${l}`))
            .join(", ")}
        </dd>
        <dt className="font-medium text-slate-600">{t("visibilityLabel")}</dt>
        <dd>{t(`visibility.${o.visibility}`)}</dd>
      </dl>
      {o.description ? <p className="mt-3 whitespace-pre-line">{o.description}</p> : null}
    </Card>
  );
}

export async function CoverageCard({
  o,
  rows,
  tree,
  locale,
}: {
  o: Opportunity;
  rows: Awaited<ReturnType<typeof coverageOf>>;
  tree: TaxonomyTree;
  locale: AppLocale;
}) {
  const t = await getTranslations("consortiums");
  const label = labelOf(tree, locale);
  const nameOf = (firmId: string) => o.members.find((m) => m.firmId === firmId)?.firm.nameLocal ?? firmId;
  const mustOpen = rows.filter((r) => r.requirement.mustHave && r.coveredBy.length === 0).length;
  return (
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
                    <ActionForm
                      action={removeRequirementAction}
                      hiddenFields={{ opportunityId: o.id, capabilityId: r.capabilityId }}
                      notice="page"
                    >
                      <SubmitButton
                        variant="plain"
                        className={`${button} border border-slate-300`}
                        aria-label={t("removeRequirement", { name: label(r.capabilityId) })}
                      >
                        {t("form.remove")}
                      </SubmitButton>
                    </ActionForm>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {o.leadAdmin ? (
        <ActionForm
          action={addRequirementAction}
          hiddenFields={{ opportunityId: o.id }}
          notice="page"
          className="mt-3 flex flex-wrap items-end gap-2"
        >
          <label className="text-sm">
            <span className="block font-medium">{t("form.capability")}</span>
            <Select name="capabilityId" className={select}>
              {taxonomyOptions(tree, "CAPABILITY", locale).map((x) => (
                <option key={x.id} value={x.id}>
                  {x.label}
                </option>
              ))}
            </Select>
          </label>
          <label className="text-sm">
            <span className="block font-medium">{t("col.importance")}</span>
            <Select name="must" defaultValue="must" className={select}>
              <option value="must">{t("form.must")}</option>
              <option value="nice">{t("form.nice")}</option>
            </Select>
          </label>
          <label className="text-sm">
            <span className="block font-medium">{t("form.weight")}</span>
            <Input name="weight" type="number" min={1} max={5} defaultValue={3} className={`${select} w-20`} />
          </label>
          <SubmitButton variant="plain" className={`${button} bg-brand-700 text-white`}>
            {t("form.addRequirement")}
          </SubmitButton>
        </ActionForm>
      ) : null}
    </Card>
  );
}

export async function MembersCard({ o, actor }: { o: Opportunity; actor: Actor }) {
  const t = await getTranslations("consortiums");
  return (
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
              <ActionForm
                action={answerInvitationAction}
                hiddenFields={{ memberId: m.id }}
                notice="page"
                className="flex gap-2"
              >
                <SubmitButton
                  variant="plain"
                  name="accept"
                  value="true"
                  className={`${button} bg-green-700 text-white`}
                >
                  {t("accept")}
                </SubmitButton>
                <SubmitButton
                  variant="plain"
                  name="accept"
                  value="false"
                  className={`${button} border border-slate-300`}
                >
                  {t("decline")}
                </SubmitButton>
              </ActionForm>
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
            <ActionForm
              key={s}
              action={setOpportunityStatusAction}
              hiddenFields={{ opportunityId: o.id, status: s }}
              notice="page"
            >
              <SubmitButton variant="plain" className={`${button} border border-brand-700 text-brand-800`}>
                {t("moveTo", { status: t(`status.${s}`) })}
              </SubmitButton>
            </ActionForm>
          ))}
        </div>
      ) : null}
    </Card>
  );
}

export async function SuggestionsCard({
  o,
  suggested,
  tree,
  locale,
}: {
  o: Opportunity;
  suggested: NonNullable<Awaited<ReturnType<typeof partnerSuggestions>>>;
  tree: TaxonomyTree;
  locale: AppLocale;
}) {
  const t = await getTranslations("consortiums");
  const common = await getTranslations("common");
  const label = labelOf(tree, locale);
  return (
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
                  list: s.covers.map((id) => label(o.requirements.find((r) => r.id === id)!.capabilityId)).join(", "),
                })}
              </p>
              <p className="text-sm text-slate-600">{t("fit", { percent: Math.round(s.fit * 100) })}</p>
              <ActionForm
                action={inviteToConsortiumAction}
                hiddenFields={{ opportunityId: o.id, firmId: s.firmId }}
                notice="page"
                className="mt-2 flex flex-wrap items-end gap-2"
              >
                <label className="text-sm">
                  <span className="block font-medium">{t("roleLabel")}</span>
                  <Select
                    name="role"
                    defaultValue={s.firm.country === "VN" ? "DELIVERY" : "TECHNOLOGY"}
                    className={select}
                  >
                    {INVITABLE_ROLES.map((r) => (
                      <option key={r} value={r}>
                        {t(`role.${r}`)}
                      </option>
                    ))}
                  </Select>
                </label>
                <SubmitButton
                  variant="plain"
                  className={`${button} bg-brand-700 text-white`}
                  aria-label={t("inviteFirm", { firm: s.firm.nameLocal })}
                >
                  {t("invite")}
                </SubmitButton>
              </ActionForm>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export async function NotesCard({
  o,
  notes,
  actor,
}: {
  o: Opportunity;
  notes: Awaited<ReturnType<typeof notesOf>>;
  actor: Actor;
}) {
  const t = await getTranslations("consortiums");
  return (
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
        <ActionForm
          action={addNoteAction}
          hiddenFields={{ opportunityId: o.id }}
          notice="end"
          className="mt-3 space-y-2"
        >
          <label htmlFor="note-body" className="block text-sm font-medium">
            {t("addNote")}
          </label>
          <TextArea
            id="note-body"
            name="body"
            rows={2}
            className="block w-full rounded-lg border border-slate-300 px-3 py-2"
          />
          <FieldError name="body" />
          <SubmitButton variant="plain" className={`${button} bg-brand-700 text-white`}>
            {t("saveNote")}
          </SubmitButton>
        </ActionForm>
      ) : null}
    </Card>
  );
}
