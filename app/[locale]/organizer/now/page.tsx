import { TZDate } from "@date-fns/tz";
import { getTranslations } from "next-intl/server";
import { requirePage } from "@/lib/auth/guards";
import { currentEvent } from "@/lib/events/current-event";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { nowView, scheduleDay } from "@/lib/check-in/now-view";
import { formatDate, formatTimeRange, formatTimeWithZone } from "@/lib/time/zoned-format";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

/** The moment a "?at=10:20" names on the schedule's day, in the event's zone (for a rehearsal); now otherwise. */
function momentOf(at: string | undefined, day: Date | undefined, timeZone: string): Date {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(at ?? "");
  if (!m || !day) return new Date();
  const d = new TZDate(day.getTime(), timeZone);
  return new Date(
    new TZDate(d.getFullYear(), d.getMonth(), d.getDate(), Number(m[1]), Number(m[2]), timeZone).getTime(),
  );
}

/** On the day: the slot under way, who meets at which table, who is absent, which standby firms are free. */
export default async function NowPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ at?: string }>;
}) {
  const locale = await pageLocale(params);
  const actor = await requirePage(locale, { kind: "onsite" }, `/${locale}/organizer/now`);
  const t = await getTranslations("now");
  const tAll = await getTranslations();
  const event = await currentEvent();
  if (!event) return <p>{tAll("home.noEvent")}</p>;
  const zone = event.timeZone;
  const { at } = await searchParams;
  const moment = momentOf(at, (await scheduleDay(actor, event.id)) ?? undefined, zone);
  const v = await nowView(actor, event.id, moment);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} subtitle={t("subtitle", { at: formatTimeWithZone(moment, zone, locale) })}>
        <form method="get" className="flex items-end gap-2 print:hidden">
          <label className="text-sm">
            <span className="block font-medium">{t("at")}</span>
            <input
              type="time"
              name="at"
              defaultValue={at ?? ""}
              className="rounded-lg border border-slate-300 px-2 py-2"
            />
          </label>
          <button className="min-h-11 rounded-lg border border-brand-700 px-3 font-semibold text-brand-800">
            {t("show")}
          </button>
        </form>
      </PageHeader>
      {!v.slot ? (
        <p className="rounded-lg bg-white p-4">{t("noSlot")}</p>
      ) : (
        <>
          <p className="text-lg font-semibold" data-testid="now-slot">
            {t(v.running ? "running" : "next", {
              day: formatDate(v.slot.startsAt, zone, locale),
              time: formatTimeRange(v.slot.startsAt, v.slot.endsAt, zone, locale),
            })}
          </p>
          <Card title={t("meetings", { count: v.meetings.length })}>
            {v.meetings.length === 0 ? <p className="text-slate-600">{t("noMeetings")}</p> : null}
            <ul className="divide-y divide-slate-100" data-testid="now-meetings">
              {v.meetings.map((m) => (
                <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>
                    <span className="font-semibold">
                      {m.table ? tAll("schedule.tableN", { number: m.table.number }) : tAll("schedule.online")}
                      {m.table?.interpreter ? ` (${m.table.interpreter})` : ""}
                    </span>
                    {" · "}
                    {m.firmA.nameLocal} — {m.firmB.nameLocal}
                    {" · "}
                    <span className="text-sm">{tAll(`agenda.meetingStatus.${m.status}`)}</span>
                  </span>
                  {m.absent.length ? (
                    <span className="text-sm font-medium text-accent-600">
                      {m.absent.map((f) => t(f.noShow ? "noShow" : "notCheckedIn", { firm: f.nameLocal })).join(" · ")}
                    </span>
                  ) : null}
                  <Link
                    href={`/organizer/schedule/meetings/${m.id}`}
                    className="inline-flex min-h-11 items-center text-sm text-brand-800 underline"
                  >
                    {t("open")}
                  </Link>
                </li>
              ))}
            </ul>
          </Card>
          <Card title={t("standby", { count: v.standby.length })}>
            <p className="mb-2 text-sm text-slate-600">{t("standbyHelp", { firms: v.checkedInFirms })}</p>
            <ul className="grid gap-1 sm:grid-cols-2" data-testid="now-standby">
              {v.standby.map((f) => (
                <li key={f.id}>
                  {f.nameLocal} <span className="text-sm text-slate-600">({tAll(`common.country.${f.country}`)})</span>
                </li>
              ))}
            </ul>
          </Card>
        </>
      )}
    </div>
  );
}
