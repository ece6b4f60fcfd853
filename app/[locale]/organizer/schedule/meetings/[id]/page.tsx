import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { staffMarkMeetingAction, staffSeatStandbyAction } from "@/actions/schedule";
import { setMeetingOnlineAction } from "@/actions/online";
import { requireOrganizer } from "@/lib/auth/guards";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { staffMeetingView } from "@/lib/meetings/schedule-overview";
import { formatDate, formatTimeRange } from "@/lib/time/zoned-format";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { MoveMeetingForm } from "@/components/organizer/move-meeting-form";

const button = "min-h-11 rounded-lg px-3 text-sm font-semibold";

/** One published meeting: staff mark it on the day, and organizers move it to another slot or table. */
export default async function MeetingPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const actor = await requireOrganizer(locale, `/${locale}/organizer/schedule/meetings/${id}`);
  const md = await getTranslations("meetingDay");
  const tAgenda = await getTranslations("agenda");
  const t = await getTranslations("schedule");
  const view = await staffMeetingView(actor, id);
  if (!view) notFound();
  const { meeting, slots, tables, standby } = view;
  const zone = meeting.event.timeZone;
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader title={`${meeting.firmA.nameLocal} — ${meeting.firmB.nameLocal}`} subtitle={t("moveTitle")} />
      <Card title={t("current")}>
        <p data-testid="current-placement">
          {formatDate(meeting.slot.startsAt, zone, locale)} ·{" "}
          {formatTimeRange(meeting.slot.startsAt, meeting.slot.endsAt, zone, locale)} ·{" "}
          {meeting.table ? t("tableN", { number: meeting.table.number }) : t("online")}
          {meeting.table?.interpreter ? ` (${meeting.table.interpreter})` : ""}
        </p>
      </Card>
      {meeting.status === "SCHEDULED" && (meeting.event.onlineMeetings || meeting.roomName) ? (
        <Card title={t("format")}>
          <p className="mb-2 text-sm" data-testid="meeting-format">
            {meeting.roomName ? t("isOnline") : t("isInPerson")}
          </p>
          <ActionForm
            action={setMeetingOnlineAction}
            hiddenFields={{ requestId: meeting.requestId, online: meeting.roomName ? "no" : "yes" }}
            notice="page"
          >
            <SubmitButton variant="secondary">{meeting.roomName ? t("makeInPerson") : t("makeOnline")}</SubmitButton>
          </ActionForm>
        </Card>
      ) : null}
      <Card title={t("onTheDay")}>
        <p className="mb-2 text-sm" data-testid="meeting-state">
          {meeting.status === "CANCELLED" ? null : tAgenda(`meetingStatus.${meeting.status}`)}
        </p>
        {meeting.status === "SCHEDULED" ? (
          <div className="flex flex-wrap gap-2">
            <ActionForm action={staffMarkMeetingAction} hiddenFields={{ meetingId: meeting.id }} notice="page">
              <SubmitButton
                variant="plain"
                name="mark"
                value="held"
                className={`${button} border border-green-700 text-green-800`}
              >
                {md("held")}
              </SubmitButton>
            </ActionForm>
            {[meeting.firmA, meeting.firmB].map((f) => (
              <ActionForm
                key={f.id}
                action={staffMarkMeetingAction}
                hiddenFields={{ meetingId: meeting.id, mark: "noShow", absentFirmId: f.id }}
                notice="page"
              >
                <SubmitButton variant="plain" className={`${button} border border-slate-300`}>
                  {md("noShowOf", { firm: f.nameLocal })}
                </SubmitButton>
              </ActionForm>
            ))}
          </div>
        ) : null}
        {standby.length > 0 ? (
          <ul className="mt-2 space-y-1" data-testid="standby">
            {standby.map((f) => (
              <li key={f.id}>
                <ActionForm
                  action={staffSeatStandbyAction}
                  hiddenFields={{ meetingId: meeting.id, firmId: f.id }}
                  notice="page"
                  className="flex flex-wrap items-center gap-2"
                >
                  <span className="text-sm">{f.nameLocal}</span>
                  <SubmitButton variant="plain" className={`${button} border border-brand-700 text-brand-800`}>
                    {md("meetInstead", { firm: f.nameLocal })}
                  </SubmitButton>
                </ActionForm>
              </li>
            ))}
          </ul>
        ) : null}
      </Card>
      {meeting.status === "SCHEDULED" ? (
        <Card title={t("moveTo")}>
          <MoveMeetingForm
            meetingId={meeting.id}
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
