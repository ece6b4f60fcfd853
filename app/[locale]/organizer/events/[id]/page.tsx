import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePage } from "@/lib/auth/guards";
import { eventPhase } from "@/lib/events/event-phase";
import { archiveImpact, eventForEditing, organizingBodies } from "@/lib/events/events";
import { AppError } from "@/lib/errors";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import { localParts } from "@/lib/time/event-time";
import { zoneLabel } from "@/lib/time/zoned-format";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { EventForm } from "@/components/organizer/events/event-form";
import { EventRowActions } from "@/components/organizer/events/event-row-actions";
import { PhaseBadge } from "@/components/organizer/events/phase-badge";

// One edition, for its admins: its details (saved against the version loaded here, so a save over another
// admin's change is refused with "changed meanwhile"), and make current / archive / restore.
export default async function EditEventPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const actor = await requirePage(locale, { kind: "bodyMember" }, `/${locale}/organizer/events/${id}`);
  const t = await getTranslations("events");
  let event: Awaited<ReturnType<typeof eventForEditing>>;
  try {
    event = await eventForEditing(actor, id);
  } catch (e) {
    if (e instanceof AppError && e.code === "FORBIDDEN") forbidden();
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  }
  const [bodies, impact] = await Promise.all([organizingBodies(), archiveImpact(event.id)]);
  const zone = event.timeZone;
  const start = localParts(event.startsAt, zone);
  const end = localParts(event.endsAt, zone);
  const rule = (c: string) => event.vettingRules.find((r) => r.country === c)?.bodyId ?? "";
  const phase = eventPhase(event);
  return (
    <div className="max-w-5xl space-y-4">
      <PageHeader
        title={localized(event, "name", locale)}
        subtitle={`${event.city} · ${zoneLabel(event.startsAt, zone)}`}
      >
        <EventRowActions
          eventId={event.id}
          archived={event.archivedAt !== null}
          current={event.isCurrent}
          meetings={impact.meetings}
        />
      </PageHeader>
      <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
        <PhaseBadge phase={phase} label={t(`phase.${phase}`)} />
        {event.isCurrent ? <span>{t("current")}</span> : null}
        {event.archivedAt ? <span>{t("archived")}</span> : null}
        <span>{t("versionNote", { version: event.version })}</span>
      </p>
      <Card title={t("editTitle")}>
        <EventForm
          locale={locale}
          bodies={bodies}
          edit={{ eventId: event.id, version: event.version }}
          values={{
            series: event.series,
            nameEn: event.nameEn,
            nameJa: event.nameJa,
            nameVi: event.nameVi,
            city: event.city,
            venue: event.venue,
            timeZone: zone,
            startDate: start.date,
            startTime: start.time,
            endDate: end.date,
            endTime: end.time,
            bodies: event.organizers.map((o) => o.bodyId),
            vettingVN: rule("VN"),
            vettingJP: rule("JP"),
            vettingOTHER: rule("OTHER"),
          }}
        />
      </Card>
    </div>
  );
}
