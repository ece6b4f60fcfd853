import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireOrganizer } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { formatDate, formatTimeRange } from "@/lib/time/zoned-format";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { MoveMeetingForm } from "@/components/organizer/move-meeting-form";
import { moveMeetingAction, staffMeetingAction } from "../../actions";
import { standbyFor } from "@/lib/meetings/meeting-day";
import { Notice } from "@/components/ui/notice";

/** One published meeting, and the form to move it to another slot or table. */
export default async function MeetingPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ done?: string; error?: string }>;
}) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const actor = await requireOrganizer(locale, `/${locale}/organizer/schedule/meetings/${id}`);
  const raw = await searchParams;
  const md = await getTranslations("meetingDay");
  const tAll = await getTranslations();
  const t = await getTranslations("schedule");
  const meeting = await db.meeting.findUnique({
    where: { id },
    include: {
      event: true,
      slot: true,
      table: true,
      firmA: { select: { id: true, nameLocal: true } },
      firmB: { select: { id: true, nameLocal: true } },
    },
  });
  if (!meeting || meeting.status === "CANCELLED") notFound();
  const standby = meeting.status === "MISSED" ? await standbyFor(actor, meeting.id) : [];
  const staff = (op: "held" | "noShow" | "standby") => staffMeetingAction.bind(null, locale, meeting.id, op);
  const zone = meeting.event.timeZone;
  const [slots, tables] = await Promise.all([
    db.slot.findMany({ where: { eventId: meeting.eventId }, orderBy: { startsAt: "asc" } }),
    db.meetingTable.findMany({ where: { eventId: meeting.eventId }, orderBy: { number: "asc" } }),
  ]);
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader title={`${meeting.firmA.nameLocal} — ${meeting.firmB.nameLocal}`} subtitle={t("moveTitle")} />
      {raw.done ? <Notice kind="success">{md(`done.${raw.done}` as never)}</Notice> : null}
      {raw.error ? <Notice kind="error">{tAll(raw.error as never)}</Notice> : null}
      <Card title={t("current")}>
        <p data-testid="current-placement">
          {formatDate(meeting.slot.startsAt, zone, locale)} ·{" "}
          {formatTimeRange(meeting.slot.startsAt, meeting.slot.endsAt, zone, locale)} ·{" "}
          {meeting.table ? t("tableN", { number: meeting.table.number }) : tAll("agenda.onlineRoom")}
          {meeting.table?.interpreter ? ` (${meeting.table.interpreter})` : ""}
        </p>
      </Card>
      <Card title={t("onTheDay")}>
        <p className="mb-2 text-sm" data-testid="meeting-state">
          {tAll(`agenda.meetingStatus.${meeting.status}` as never)}
        </p>
        {meeting.status === "SCHEDULED" ? (
          <div className="flex flex-wrap gap-2">
            <form action={staff("held")}>
              <button className="min-h-11 rounded-lg border border-green-700 px-3 text-sm font-semibold text-green-800">
                {md("held")}
              </button>
            </form>
            {[meeting.firmA, meeting.firmB].map((f) => (
              <form key={f.id} action={staff("noShow")}>
                <input type="hidden" name="absentFirmId" value={f.id} />
                <button className="min-h-11 rounded-lg border border-slate-300 px-3 text-sm font-semibold">
                  {md("noShowOf", { firm: f.nameLocal })}
                </button>
              </form>
            ))}
          </div>
        ) : null}
        {standby.length > 0 ? (
          <ul className="mt-2 space-y-1" data-testid="standby">
            {standby.map((f) => (
              <li key={f.id}>
                <form action={staff("standby")} className="flex flex-wrap items-center gap-2">
                  <input type="hidden" name="standbyFirmId" value={f.id} />
                  <span className="text-sm">{f.nameLocal}</span>
                  <button className="min-h-11 rounded-lg border border-brand-700 px-3 text-sm font-semibold text-brand-800">
                    {md("meetInstead", { firm: f.nameLocal })}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        ) : null}
      </Card>
      {meeting.status === "SCHEDULED" ? (
        <Card title={t("moveTo")}>
          <MoveMeetingForm
            action={moveMeetingAction.bind(null, locale, meeting.id)}
            slots={slots.map((s) => ({
              id: s.id,
              label: `${formatDate(s.startsAt, zone, locale)} ${formatTimeRange(s.startsAt, s.endsAt, zone, locale)}`,
            }))}
            tables={tables.map((x) => ({
              id: x.id,
              label: `${t("tableN", { number: x.number })}${x.interpreter ? ` (${x.interpreter})` : ""}`,
            }))}
            current={{ slotId: meeting.slotId, tableId: meeting.tableId ?? "" }}
          />
        </Card>
      ) : null}
      <Link href="/organizer/schedule" className="inline-flex min-h-11 items-center text-brand-800 underline">
        {t("back")}
      </Link>
    </div>
  );
}
