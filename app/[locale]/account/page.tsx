import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guards";
import { firmsOfActor } from "@/lib/firms/firms-of-user";
import { pageLocale } from "@/lib/i18n/page-locale";
import { LOCALES } from "@/lib/i18n/routing";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { savePreferredLocaleAction } from "@/actions/account";
import { ActionForm, FieldError, SubmitButton } from "@/components/forms/action-form";
import { Select } from "@/components/forms/fields";
import { Link } from "@/lib/i18n/navigation";
import { myNotificationChoices } from "@/lib/reminders/settings";
import { myCalendarFeed } from "@/lib/meetings/calendar-feed";
import { CalendarSubscription, ReminderSettings } from "@/components/account/reminder-settings";

export default async function AccountPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const actor = await requireUser(locale, `/${locale}/account`);
  const t = await getTranslations("account");
  const auth = await getTranslations("auth");
  const common = await getTranslations("common");
  const languages = await getTranslations("language");
  const nav = await getTranslations("nav");
  const [firms, choices, feed] = await Promise.all([
    firmsOfActor(actor),
    myNotificationChoices(actor),
    myCalendarFeed(actor),
  ]);

  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader title={t("title")} subtitle={t("intro")} />
      <Card>
        <dl className="grid gap-3 sm:grid-cols-2">
          <div>
            <dt className="text-sm text-slate-600">{auth("displayName")}</dt>
            <dd className="font-medium">{actor.displayName}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">{auth("email")}</dt>
            <dd className="font-medium">{actor.email}</dd>
          </div>
        </dl>
        <ActionForm action={savePreferredLocaleAction} notice="end" className="mt-6">
          <div className="flex flex-wrap items-end gap-3">
            <div>
              <label htmlFor="locale" className="block text-sm font-medium">
                {auth("preferredLanguage")}
              </label>
              <Select
                id="locale"
                name="locale"
                defaultValue={actor.locale}
                aria-describedby="locale-error"
                className="mt-1 rounded-lg border border-slate-300 bg-white px-3 py-2"
              >
                {LOCALES.map((l) => (
                  <option key={l} value={l}>
                    {languages(l)}
                  </option>
                ))}
              </Select>
            </div>
            <SubmitButton>{common("save")}</SubmitButton>
          </div>
          <FieldError name="locale" id="locale-error" />
        </ActionForm>
      </Card>
      <Card title={t("memberships")}>
        {firms.length === 0 ? (
          <>
            <p>{t("noMemberships", { email: actor.email })}</p>
            <Link
              href="/firm/register"
              className="mt-3 inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 font-semibold text-white"
            >
              {nav("registerFirm")}
            </Link>
          </>
        ) : (
          <ul className="space-y-1">
            {firms.map((f) => (
              <li key={f.id}>
                {f.nameLocal} — {common(`role.${actor.memberships.find((m) => m.firmId === f.id)!.role}`)}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <ReminderSettings choices={choices} />
      <CalendarSubscription urls={feed} />
    </div>
  );
}
