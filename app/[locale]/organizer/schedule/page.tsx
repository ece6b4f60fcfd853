import { Card } from "@/components/ui/card";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { placeOnlineMeetingsAction } from "@/actions/online";
import { getTranslations } from "next-intl/server";
import { requireOrganizer } from "@/lib/auth/guards";
import { currentEvent } from "@/lib/events/current-event";
import { pageLocale } from "@/lib/i18n/page-locale";
import { scheduleOverview } from "@/lib/meetings/schedule-overview";
import { zoneLabel } from "@/lib/time/zoned-format";
import { PageHeader } from "@/components/ui/page-header";
import {
  PublishedMeetings,
  RunScheduler,
  SchedulePreview,
  ScheduleStatus,
} from "@/components/organizer/schedule/schedule-sections";

export default async function SchedulePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const actor = await requireOrganizer(locale, `/${locale}/organizer/schedule`);
  const t = await getTranslations("schedule");
  const tAll = await getTranslations();
  const event = await currentEvent();
  if (!event) return <p>{tAll("home.noEvent")}</p>;
  const zone = event.timeZone;
  const overview = await scheduleOverview(actor, event.id);
  const preview = overview.run?.status === "PREVIEW" ? overview.run : null;
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} subtitle={t("zoneNote", { zone: zoneLabel(event.startsAt, zone) })} />
      <ScheduleStatus overview={overview} />
      <RunScheduler overview={overview} />
      {preview ? (
        <SchedulePreview
          overview={overview}
          preview={preview}
          meetingCap={event.meetingCapPerFirm}
          zone={zone}
          locale={locale}
        />
      ) : null}
      {event.onlineMeetings ? (
        <Card title={t("onlineTitle")}>
          <p className="mb-2 text-sm text-slate-700">{t("onlineIntro")}</p>
          <ActionForm action={placeOnlineMeetingsAction} notice="page">
            <SubmitButton variant="secondary">{t("placeOnline")}</SubmitButton>
          </ActionForm>
        </Card>
      ) : null}
      <PublishedMeetings overview={overview} zone={zone} locale={locale} />
    </div>
  );
}
