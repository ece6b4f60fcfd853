import { getTranslations } from "next-intl/server";
import { requirePage } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { currentEvent } from "@/lib/events/current-event";
import { pageLocale } from "@/lib/i18n/page-locale";
import { checkInCounts, findPeople, lookUpBadge } from "@/lib/check-in/check-in";
import { formatTimeWithZone } from "@/lib/time/zoned-format";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { checkInAction } from "@/actions/organizer";
import { checkInByNameAction } from "@/actions/event-day";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";

/**
 * Check-in at the door: scanning a badge's QR code opens this page with its code (any phone camera does), or
 * staff type the code; one tap checks the person in. Whoever has no badge with them is found by name.
 */
export default async function CheckInPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ code?: string; name?: string }>;
}) {
  const locale = await pageLocale(params);
  const actor = await requirePage(locale, { kind: "onsite" }, `/${locale}/organizer/check-in`);
  const raw = await searchParams;
  const t = await getTranslations("checkIn");
  const tAll = await getTranslations();
  const event = await currentEvent();
  if (!event) return <p>{tAll("home.noEvent")}</p>;
  const [counts, found, people] = await Promise.all([
    checkInCounts(actor, event.id),
    raw.code
      ? lookUpBadge(actor, { eventId: event.id, code: raw.code }).catch((e) => {
          if (e instanceof AppError) return { error: e.fields.code ?? ("errors.invalid" as const) };
          throw e;
        })
      : Promise.resolve(null),
    raw.name ? findPeople(actor, event.id, raw.name) : Promise.resolve([]),
  ]);
  const zone = event.timeZone;
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader title={t("title")} subtitle={t("count", { count: counts.checkedIn })} />
      {found && "error" in found ? <Notice kind="error">{tAll(found.error)}</Notice> : null}
      <Card>
        <form method="get" className="flex flex-wrap items-end gap-2">
          <label className="text-sm">
            <span className="block font-medium">{t("code")}</span>
            <input
              name="code"
              defaultValue={raw.code ?? ""}
              autoComplete="off"
              autoCapitalize="characters"
              className="rounded-lg border border-slate-300 px-3 py-2 font-mono text-lg tracking-widest"
            />
          </label>
          <button className="min-h-11 rounded-lg border border-brand-700 px-4 font-semibold text-brand-800">
            {t("find")}
          </button>
        </form>
        {found && !("error" in found) ? (
          <div className="mt-4 rounded-lg bg-slate-50 p-3" data-testid="badge-found">
            <p className="text-xl font-semibold">{found.user.displayName}</p>
            <p>{found.user.memberships.map((m) => m.firm.nameLocal).join(", ")}</p>
            {found.badge.checkedInAt ? (
              <p className="text-sm text-slate-700">
                {t("already", {
                  name: found.user.displayName,
                  at: formatTimeWithZone(found.badge.checkedInAt, zone, locale),
                })}
              </p>
            ) : (
              // Checked in, the box says so instead of offering the button: the answer shows at the top.
              <ActionForm action={checkInAction} hiddenFields={{ code: raw.code ?? "" }} notice="page" className="mt-2">
                <SubmitButton
                  variant="plain"
                  className="min-h-11 rounded-lg bg-green-700 px-4 font-semibold text-white"
                >
                  {t("checkIn")}
                </SubmitButton>
              </ActionForm>
            )}
          </div>
        ) : null}
      </Card>
      <Card title={t("byName")}>
        <form method="get" className="flex flex-wrap items-end gap-2">
          <label className="text-sm">
            <span className="block font-medium">{t("nameLabel")}</span>
            <input
              name="name"
              defaultValue={raw.name ?? ""}
              autoComplete="off"
              className="rounded-lg border border-slate-300 px-3 py-2 text-lg"
            />
          </label>
          <button className="min-h-11 rounded-lg border border-brand-700 px-4 font-semibold text-brand-800">
            {t("find")}
          </button>
        </form>
        {raw.name && people.length === 0 ? <p className="mt-2 text-slate-600">{t("nobodyFound")}</p> : null}
        <ul className="mt-3 divide-y divide-slate-100" data-testid="people-found">
          {people.map((p) => (
            <li key={p.userId} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                <span className="font-semibold">{p.name}</span>
                <span className="block text-sm text-slate-600">{p.firms.join(", ")}</span>
              </span>
              {p.checkedInAt ? (
                <span className="rounded-lg bg-slate-100 px-3 py-2 text-sm font-medium" data-testid="already-in">
                  {t("alreadyShort", { at: formatTimeWithZone(p.checkedInAt, zone, locale) })}
                </span>
              ) : (
                <ActionForm action={checkInByNameAction} hiddenFields={{ userId: p.userId }} notice="page">
                  <SubmitButton
                    variant="plain"
                    className="min-h-11 rounded-lg bg-green-700 px-4 font-semibold text-white"
                    aria-label={t("checkInNamed", { name: p.name })}
                  >
                    {t("checkIn")}
                  </SubmitButton>
                </ActionForm>
              )}
            </li>
          ))}
        </ul>
      </Card>
      <Card title={t("recent")}>
        {counts.recent.length === 0 ? <p className="text-slate-600">{t("nobody")}</p> : null}
        <ul className="space-y-1" data-testid="recent-check-ins">
          {counts.recent.map((r, i) => (
            <li key={i}>
              {formatTimeWithZone(r.at, zone, locale)} · {r.name}
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
