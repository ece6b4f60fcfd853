import { getTranslations } from "next-intl/server";
import { requireOrganizer } from "@/lib/auth/guards";
import { currentEvent } from "@/lib/events/current-event";
import { matchingSetup } from "@/lib/event-setup/event-setup";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import { formatDate, formatTime, formatTimeRange, zoneLabel } from "@/lib/time/zoned-format";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { setupAction } from "./actions";

type SearchParams = Promise<{ saved?: string; step?: string; field?: string; error?: string }>;
const input = "mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2";
const submit = "min-h-11 rounded-lg bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800";

/** The local YYYY-MM-DD and HH:MM of an instant in a zone, for form defaults. */
function localParts(instant: Date, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

export default async function SetupPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: SearchParams;
}) {
  const locale = await pageLocale(params);
  await requireOrganizer(locale, `/${locale}/organizer/setup`);
  const raw = await searchParams;
  const t = await getTranslations("setup");
  const tAll = await getTranslations();
  const event = await currentEvent();
  if (!event) return <p>{tAll("home.noEvent")}</p>;
  const { sessions, tables } = await matchingSetup(event.id);
  const zone = event.timeZone;
  const day = localParts(event.startsAt, zone).date;
  const deadline = event.requestDeadline ? localParts(event.requestDeadline, zone) : null;
  const errorFor = (step: string, field: string) =>
    raw.step === step && raw.field === field && raw.error ? (
      <p className="mt-1 text-sm font-medium text-accent-600" data-field-error={field}>
        {tAll(raw.error as never)}
      </p>
    ) : null;
  const field = (step: string, name: string, label: string, props: React.InputHTMLAttributes<HTMLInputElement>) => (
    <div>
      <label htmlFor={`${step}-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={`${step}-${name}`}
        name={name}
        className={input}
        aria-invalid={raw.step === step && raw.field === name ? true : undefined}
        {...props}
      />
      {errorFor(step, name)}
    </div>
  );
  const interpreterCount = tables.filter((x) => x.interpreter).length;

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        subtitle={`${localized(event, "name", locale)} · ${t("zoneNote", { zone: zoneLabel(event.startsAt, zone) })}`}
      />
      {raw.saved ? (
        <p role="status" className="rounded-lg bg-green-50 p-3 text-green-900">
          {t(`saved.${raw.saved}` as never)}
        </p>
      ) : null}

      <Card title={t("sessions")}>
        {sessions.length === 0 ? <p className="text-slate-600">{t("noSessions")}</p> : null}
        <ul className="space-y-3" data-testid="sessions">
          {sessions.map((s) => (
            <li
              key={s.id}
              className="flex flex-wrap items-start justify-between gap-2 rounded-lg border border-slate-200 p-3"
            >
              <div>
                <p className="font-medium">
                  {s.name} · {formatDate(s.startsAt, zone, locale)}
                </p>
                <p className="text-sm text-slate-700">
                  {formatTimeRange(s.startsAt, s.endsAt, zone, locale)} ·{" "}
                  {t("slotSummary", { count: s.slots.length, minutes: s.slotMinutes, pause: s.breakMinutes })}
                </p>
                <p className="text-xs text-slate-500">
                  {s.slots.map((slot) => formatTime(slot.startsAt, zone, locale)).join(" · ")}
                </p>
              </div>
              <form action={setupAction.bind(null, locale, "remove")}>
                <input type="hidden" name="sessionId" value={s.id} />
                <button className="min-h-11 rounded-lg border border-slate-300 px-3 text-sm">{t("remove")}</button>
              </form>
            </li>
          ))}
        </ul>
        {errorFor("remove", "form")}
        <form action={setupAction.bind(null, locale, "session")} className="mt-4 grid gap-3 sm:grid-cols-3" noValidate>
          <h3 className="font-semibold sm:col-span-3">{t("addSession")}</h3>
          {field("session", "name", t("name"), { placeholder: t("namePlaceholder"), maxLength: 60 })}
          {field("session", "date", t("date"), { type: "date", defaultValue: day })}
          {field("session", "start", t("start"), { type: "time", defaultValue: "09:00" })}
          {field("session", "end", t("end"), { type: "time", defaultValue: "12:00" })}
          {field("session", "slotMinutes", t("slotMinutes"), { type: "number", min: 5, max: 240, defaultValue: 20 })}
          {field("session", "breakMinutes", t("breakMinutes"), { type: "number", min: 0, max: 120, defaultValue: 0 })}
          <div className="sm:col-span-3">
            <button className={submit}>{t("addSessionSubmit")}</button>
          </div>
        </form>
      </Card>

      <Card title={t("tables")}>
        <p className="text-slate-700" data-testid="tables-summary">
          {t("tablesSummary", { count: tables.length, interpreters: interpreterCount })}
        </p>
        <form action={setupAction.bind(null, locale, "tables")} className="mt-3 grid gap-3 sm:grid-cols-3" noValidate>
          {field("tables", "count", t("tableCount"), {
            type: "number",
            min: 1,
            max: 2000,
            defaultValue: tables.length || 20,
          })}
          {field("tables", "interpreterTables", t("interpreterTables"), {
            placeholder: "1, 2, 3",
            defaultValue: tables
              .filter((x) => x.interpreter)
              .map((x) => x.number)
              .join(", "),
          })}
          <div>
            <label htmlFor="tables-interpreter" className="block text-sm font-medium">
              {t("interpreterPair")}
            </label>
            <select
              id="tables-interpreter"
              name="interpreter"
              defaultValue={tables.find((x) => x.interpreter)?.interpreter ?? "ja-vi"}
              className={input}
            >
              {(["ja-vi", "ja-en", "en-vi"] as const).map((pair) => (
                <option key={pair} value={pair}>
                  {t(`pair.${pair}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="sm:col-span-3">
            <button className={submit}>{t("saveTables")}</button>
          </div>
        </form>
      </Card>

      <Card title={t("settings")}>
        <form action={setupAction.bind(null, locale, "settings")} className="grid gap-3 sm:grid-cols-3" noValidate>
          {field("settings", "deadlineDate", t("deadlineDate"), { type: "date", defaultValue: deadline?.date ?? "" })}
          {field("settings", "deadlineTime", t("deadlineTime"), { type: "time", defaultValue: deadline?.time ?? "" })}
          {field("settings", "meetingCapPerFirm", t("cap"), {
            type: "number",
            min: 1,
            max: 100,
            defaultValue: event.meetingCapPerFirm ?? "",
          })}
          <label className="flex min-h-11 items-center gap-2 sm:col-span-3">
            <input type="checkbox" name="selfBooking" defaultChecked={event.selfBooking} className="h-5 w-5" />
            {t("selfBooking")}
          </label>
          <label className="flex min-h-11 items-center gap-2 sm:col-span-3">
            <input type="checkbox" name="onlineMeetings" defaultChecked={event.onlineMeetings} className="h-5 w-5" />
            {t("onlineMeetings")}
          </label>
          <div className="sm:col-span-3">
            <button className={submit}>{t("saveSettings")}</button>
          </div>
        </form>
      </Card>
    </div>
  );
}
