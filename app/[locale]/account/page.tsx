import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guards";
import { firmsOfActor } from "@/lib/firms/firms-of-user";
import { pageLocale } from "@/lib/i18n/page-locale";
import { LOCALES } from "@/lib/i18n/routing";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { changeEmailAction, changePasswordAction, savePreferredLocale } from "./actions";
import { AccountForm } from "@/components/auth/account-form";
import { Notice } from "@/components/ui/notice";
import { Link } from "@/lib/i18n/navigation";

export default async function AccountPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ saved?: string; error?: string; emailChanged?: string }>;
}) {
  const locale = await pageLocale(params);
  const actor = await requireUser(locale, `/${locale}/account`);
  const { saved, error, emailChanged } = await searchParams;
  const t = await getTranslations("account");
  const auth = await getTranslations("auth");
  const common = await getTranslations("common");
  const languages = await getTranslations("language");
  const errors = await getTranslations("errors");
  const nav = await getTranslations("nav");
  const firms = await firmsOfActor(actor);

  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader title={t("title")} subtitle={t("intro")} />
      {emailChanged ? <Notice kind="success">{auth("verifyChanged", { email: actor.email })}</Notice> : null}
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
        <form action={savePreferredLocale.bind(null, locale)} className="mt-6 flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="locale" className="block text-sm font-medium">
              {auth("preferredLanguage")}
            </label>
            <select
              id="locale"
              name="locale"
              defaultValue={actor.locale}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? "locale-error" : undefined}
              className="mt-1 rounded-lg border border-slate-300 bg-white px-3 py-2"
            >
              {LOCALES.map((l) => (
                <option key={l} value={l}>
                  {languages(l)}
                </option>
              ))}
            </select>
          </div>
          <button
            type="submit"
            className="min-h-11 rounded-lg bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
          >
            {common("save")}
          </button>
        </form>
        {error ? (
          <p id="locale-error" className="mt-2 text-sm font-medium text-accent-600">
            {errors(error === "busy" ? "busy" : "locale.invalid")}
          </p>
        ) : null}
        {saved ? (
          <p role="status" className="mt-2 text-sm text-brand-800">
            {t("languageSaved")}
          </p>
        ) : null}
      </Card>
      <Card title={t("passwordTitle")}>
        <p className="mb-4 text-sm text-slate-600">{t("passwordIntro")}</p>
        <AccountForm
          action={changePasswordAction}
          submit={t("passwordSubmit")}
          working={auth("working")}
          fields={[
            {
              name: "currentPassword",
              label: auth("currentPassword"),
              type: "password",
              autoComplete: "current-password",
            },
            {
              name: "newPassword",
              label: auth("newPassword"),
              type: "password",
              autoComplete: "new-password",
              hint: auth("passwordHint"),
            },
          ]}
        />
      </Card>
      <Card title={t("emailTitle")}>
        <p className="mb-4 text-sm text-slate-600">{t("emailIntro")}</p>
        <AccountForm
          action={changeEmailAction}
          submit={t("emailSubmit")}
          working={auth("working")}
          fields={[
            { name: "newEmail", label: t("newEmail"), type: "email", autoComplete: "email" },
            {
              name: "currentPassword",
              label: auth("currentPassword"),
              type: "password",
              autoComplete: "current-password",
            },
          ]}
        />
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
        <Link
          href="/invitations"
          className="mt-4 inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
        >
          {t("invitations")}
        </Link>
      </Card>
    </div>
  );
}
