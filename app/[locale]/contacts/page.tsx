// Contacts from badges (issue 21): scan or type another attendee's badge code, save them with a note and a rating,
// export the list; and see who saved you, with the choice to withdraw your details from each.
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guards";
import { currentEvent } from "@/lib/events/current-event";
import { pageLocale } from "@/lib/i18n/page-locale";
import { savedByOthersOf, savedContactsOf } from "@/lib/contacts/saved-contacts";
import { formatDateTime } from "@/lib/time/zoned-format";
import { deleteContactAction, saveContactAction, updateContactAction, withdrawDetailsAction } from "@/actions/contacts";
import { ActionForm, FieldError, SubmitButton } from "@/components/forms/action-form";
import { Choice, Input, Select, TextArea } from "@/components/forms/fields";
import { BadgeScanner } from "@/components/contacts/badge-scanner";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

const field = "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900";
const label = "block text-sm font-medium text-slate-800";
const small = "min-h-11 rounded-lg px-3 text-sm font-semibold";

function RatingSelect({ name, id, value, none }: { name: string; id: string; value: number | null; none: string }) {
  return (
    <Select name={name} id={id} defaultValue={value === null ? "" : String(value)} className={field}>
      <option value="">{none}</option>
      {[5, 4, 3, 2, 1].map((n) => (
        <option key={n} value={n}>
          {"★".repeat(n)} {n}
        </option>
      ))}
    </Select>
  );
}

export default async function ContactsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const actor = await requireUser(locale, `/${locale}/contacts`);
  const t = await getTranslations("contacts");
  const event = await currentEvent();
  if (!event) return <PageHeader title={t("title")} />;
  const [saved, savedMe] = await Promise.all([savedContactsOf(actor, event.id), savedByOthersOf(actor, event.id)]);
  const zone = event.timeZone;
  const exportHref = (format: string) => `/api/contacts/export?format=${format}&locale=${locale}`;

  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader title={t("title")} subtitle={t("intro")} />

      <Card title={t("save")}>
        <ActionForm action={saveContactAction} className="space-y-3" data-testid="save-contact">
          <BadgeScanner
            inputId="contact-code"
            labels={{
              start: t("scan"),
              stop: t("scanStop"),
              video: t("camera"),
              found: t("scanFound"),
              denied: t("cameraDenied"),
              unsupported: t("cameraUnsupported"),
            }}
          />
          <div className="space-y-1">
            <label htmlFor="contact-code" className={label}>
              {t("code")}
            </label>
            <Input
              id="contact-code"
              name="code"
              autoComplete="off"
              autoCapitalize="characters"
              aria-describedby="contact-code-hint"
              className={`${field} font-mono tracking-widest`}
            />
            <p id="contact-code-hint" className="text-sm text-slate-600">
              {t("codeHint")}
            </p>
            <FieldError name="code" />
          </div>
          <div className="space-y-1">
            <label htmlFor="contact-note" className={label}>
              {t("note")}
            </label>
            <TextArea id="contact-note" name="note" rows={3} className={field} />
            <FieldError name="note" />
          </div>
          <div className="space-y-1">
            <label htmlFor="contact-rating" className={label}>
              {t("rating")}
            </label>
            <RatingSelect name="rating" id="contact-rating" value={null} none={t("noRating")} />
            <FieldError name="rating" />
          </div>
          <SubmitButton>{t("saveButton")}</SubmitButton>
        </ActionForm>
      </Card>

      <Card title={t("saved", { count: saved.length })}>
        {saved.length > 0 ? (
          <nav aria-label={t("export")} className="mb-4 flex flex-wrap gap-2">
            {(
              [
                ["vcard", t("exportVcard")],
                ["plain", t("exportCsv")],
                ["hubspot", t("exportHubspot")],
                ["salesforce", t("exportSalesforce")],
              ] as const
            ).map(([format, text]) => (
              <a
                key={format}
                href={exportHref(format)}
                download
                className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-3 text-sm font-semibold text-brand-800"
              >
                {text}
              </a>
            ))}
          </nav>
        ) : (
          <p className="text-slate-700">{t("none")}</p>
        )}
        <ul className="divide-y divide-slate-200" data-testid="saved-contacts">
          {saved.map((c) => (
            <li key={c.id} className="space-y-2 py-3" data-testid="saved-contact">
              {c.person ? (
                <p>
                  <span className="font-semibold">{c.person.name}</span>
                  {c.person.firm ? <span className="text-slate-700"> · {c.person.firm.nameLocal}</span> : null}
                  <span className="block text-sm text-slate-600">{c.person.email}</span>
                </p>
              ) : (
                <p className="text-sm italic text-slate-700">{t("withdrawnByThem")}</p>
              )}
              <p className="text-sm text-slate-600">
                {c.rating ? `${"★".repeat(c.rating)} ${c.rating}/5 · ` : null}
                {t("savedAt", { when: formatDateTime(c.savedAt, zone, locale) })}
              </p>
              {c.note ? <p className="whitespace-pre-line">{c.note}</p> : null}
              <details>
                <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm text-brand-800 underline">
                  {t("edit")}
                </summary>
                <ActionForm
                  action={updateContactAction}
                  hiddenFields={{ id: c.id }}
                  className="space-y-2 rounded-lg bg-slate-50 p-3"
                >
                  <label htmlFor={`note-${c.id}`} className={label}>
                    {t("note")}
                  </label>
                  <TextArea id={`note-${c.id}`} name="note" rows={2} defaultValue={c.note} className={field} />
                  <label htmlFor={`rating-${c.id}`} className={label}>
                    {t("rating")}
                  </label>
                  <RatingSelect name="rating" id={`rating-${c.id}`} value={c.rating} none={t("noRating")} />
                  <SubmitButton variant="secondary">{t("saveNote")}</SubmitButton>
                </ActionForm>
                {/* Deleting cannot be undone: the box must be ticked first (the server checks it too). */}
                <ActionForm
                  action={deleteContactAction}
                  hiddenFields={{ id: c.id }}
                  notice="page"
                  className="mt-2 flex flex-wrap items-center gap-2"
                >
                  <label className="inline-flex min-h-11 items-center gap-2 text-sm">
                    <Choice name="confirm" value="yes" />
                    {t("confirmDelete")}
                  </label>
                  <SubmitButton variant="plain" className={`${small} border border-red-700 text-red-800`}>
                    {t("delete")}
                  </SubmitButton>
                </ActionForm>
              </details>
            </li>
          ))}
        </ul>
      </Card>

      <Card title={t("savedMe", { count: savedMe.length })}>
        {savedMe.length === 0 ? <p className="text-slate-700">{t("noneSavedMe")}</p> : null}
        <ul className="divide-y divide-slate-200" data-testid="saved-me">
          {savedMe.map((s) => (
            <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
              <p>
                <span className="font-semibold">{s.name}</span>
                {s.firm ? <span className="text-slate-700"> · {s.firm.nameLocal}</span> : null}
                <span className="block text-sm text-slate-600">
                  {s.withdrawn ? t("youWithdrew") : t("theyHaveYours")}
                </span>
              </p>
              <ActionForm
                action={withdrawDetailsAction}
                hiddenFields={{ id: s.id, withdrawn: s.withdrawn ? "no" : "yes" }}
                notice="page"
              >
                <SubmitButton
                  variant="secondary"
                  aria-label={t(s.withdrawn ? "shareWith" : "withdrawFrom", { name: s.name })}
                >
                  {s.withdrawn ? t("share") : t("withdraw")}
                </SubmitButton>
              </ActionForm>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
