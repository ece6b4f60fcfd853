import { getTranslations } from "next-intl/server";
import { requireOrganizer } from "@/lib/auth/guards";
import { currentEvent } from "@/lib/events/current-event";
import { matchingSetup } from "@/lib/event-setup/event-setup";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import { localParts } from "@/lib/time/event-time";
import { zoneLabel } from "@/lib/time/zoned-format";
import { PageHeader } from "@/components/ui/page-header";
import { SessionsSection, SettingsSection, TablesSection } from "@/components/organizer/setup/setup-sections";

export default async function SetupPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  await requireOrganizer(locale, `/${locale}/organizer/setup`);
  const t = await getTranslations("setup");
  const tAll = await getTranslations();
  const event = await currentEvent();
  if (!event) return <p>{tAll("home.noEvent")}</p>;
  const { sessions, tables } = await matchingSetup(event.id);
  const zone = event.timeZone;

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        subtitle={`${localized(event, "name", locale)} · ${t("zoneNote", { zone: zoneLabel(event.startsAt, zone) })}`}
      />
      <SessionsSection sessions={sessions} day={localParts(event.startsAt, zone).date} zone={zone} locale={locale} />
      <TablesSection tables={tables} />
      <SettingsSection
        deadline={event.requestDeadline ? localParts(event.requestDeadline, zone) : null}
        meetingCapPerFirm={event.meetingCapPerFirm}
        selfBooking={event.selfBooking}
        onlineMeetings={event.onlineMeetings}
      />
    </div>
  );
}
