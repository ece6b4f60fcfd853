import { Card } from "@/components/ui/card";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { placeOnlineMeetingsAction } from "@/actions/online";
import { getTranslations } from "next-intl/server";
import { requireOrganizer } from "@/lib/auth/guards";
import { currentEvent } from "@/lib/events/current-event";
import { pageLocale } from "@/lib/i18n/page-locale";
import { scheduleOverview } from "@/lib/meetings/schedule-overview";
import { capacityView } from "@/lib/meetings/capacity-view";
import { publicationPreview, publicationsOf, undoState } from "@/lib/meetings/publication";
import { untoldSummary } from "@/lib/meetings/schedule-changes";
import { zoneLabel } from "@/lib/time/zoned-format";
import { PageHeader } from "@/components/ui/page-header";
import { CapacityCard, UnplacedHint } from "@/components/organizer/capacity";
import { PublicationCard } from "@/components/organizer/publication";
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
  const [overview, capacity, pubPreview, undo, history, untold] = await Promise.all([
    scheduleOverview(actor, event.id),
    capacityView(actor, event.id),
    publicationPreview(actor, event.id),
    undoState(actor, event.id),
    publicationsOf(actor, event.id),
    untoldSummary(actor, event.id),
  ]);
  const preview = overview.run?.status === "PREVIEW" ? overview.run : null;
  const places = {
    slotTime: (id: string) => overview.slots.find((s) => s.id === id)?.startsAt,
    tableNumber: (id: string) => overview.tables.find((x) => x.id === id)?.number,
  };
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} subtitle={t("zoneNote", { zone: zoneLabel(event.startsAt, zone) })} />
      <ScheduleStatus overview={overview} />
      <CapacityCard view={capacity} />
      <RunScheduler overview={overview} />
      {preview ? (
        <SchedulePreview
          overview={overview}
          preview={preview}
          meetingCap={event.meetingCapPerFirm}
          zone={zone}
          locale={locale}
          hint={(requestId) => (
            <UnplacedHint
              requestId={requestId}
              hint={capacity.hints.get(requestId)}
              view={capacity}
              places={places}
              zone={zone}
              locale={locale}
            />
          )}
        />
      ) : null}
      <PublicationCard
        preview={pubPreview}
        undo={undo}
        history={history}
        untoldFirms={untold.firms}
        inEffect={untold.inEffect}
        zone={zone}
        locale={locale}
      />
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
