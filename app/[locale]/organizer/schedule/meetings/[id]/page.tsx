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
import { moveMeetingAction } from "../../actions";

/** One published meeting, and the form to move it to another slot or table. */
export default async function MeetingPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params);
  const { id } = await params;
  await requireOrganizer(locale, `/${locale}/organizer/schedule/meetings/${id}`);
  const t = await getTranslations("schedule");
  const meeting = await db.meeting.findUnique({
    where: { id },
    include: { event: true, slot: true, table: true, firmA: { select: { id: true, nameLocal: true } }, firmB: { select: { id: true, nameLocal: true } } },
  });
  if (!meeting || meeting.status !== "SCHEDULED") notFound();
  const zone = meeting.event.timeZone;
  const [slots, tables] = await Promise.all([
    db.slot.findMany({ where: { eventId: meeting.eventId }, orderBy: { startsAt: "asc" } }),
    db.meetingTable.findMany({ where: { eventId: meeting.eventId }, orderBy: { number: "asc" } }),
  ]);
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader title={`${meeting.firmA.nameLocal} — ${meeting.firmB.nameLocal}`} subtitle={t("moveTitle")} />
      <Card title={t("current")}>
        <p data-testid="current-placement">
          {formatDate(meeting.slot.startsAt, zone, locale)} · {formatTimeRange(meeting.slot.startsAt, meeting.slot.endsAt, zone, locale)} · {t("tableN", { number: meeting.table.number })}
          {meeting.table.interpreter ? ` (${meeting.table.interpreter})` : ""}
        </p>
      </Card>
      <Card title={t("moveTo")}>
        <MoveMeetingForm
          action={moveMeetingAction.bind(null, locale, meeting.id)}
          slots={slots.map((s) => ({ id: s.id, label: `${formatDate(s.startsAt, zone, locale)} ${formatTimeRange(s.startsAt, s.endsAt, zone, locale)}` }))}
          tables={tables.map((x) => ({ id: x.id, label: `${t("tableN", { number: x.number })}${x.interpreter ? ` (${x.interpreter})` : ""}` }))}
          current={{ slotId: meeting.slotId, tableId: meeting.tableId }}
        />
      </Card>
      <Link href="/organizer/schedule" className="inline-flex min-h-11 items-center text-brand-800 underline">
        {t("back")}
      </Link>
    </div>
  );
}
