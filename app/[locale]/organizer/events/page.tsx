import { getTranslations } from "next-intl/server";
import { requirePage } from "@/lib/auth/guards";
import { eventPhase } from "@/lib/events/event-phase";
import { eventsForOrganizer } from "@/lib/events/events";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { formatDate, zoneLabel } from "@/lib/time/zoned-format";
import { PageHeader } from "@/components/ui/page-header";
import { EventRowActions } from "@/components/organizer/events/event-row-actions";
import { PhaseBadge } from "@/components/organizer/events/phase-badge";

// Events and editions: every edition, newest first, with its phase, whether the site shows it, and (for its
// admins) edit, make current, archive (asked to confirm) and restore. Members of organizing bodies only: on-site
// and vetting staff have no business here.
export default async function EventsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const actor = await requirePage(locale, { kind: "bodyMember" }, `/${locale}/organizer/events`);
  const t = await getTranslations("events");
  const roles = await getTranslations("events.role");
  const events = await eventsForOrganizer(actor);
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} subtitle={t("subtitle")}>
        <Link
          href="/organizer/events/new"
          className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
        >
          {t("new")}
        </Link>
      </PageHeader>
      <ul className="space-y-3">
        {events.map((e) => {
          const phase = eventPhase(e);
          const admin = e.myRole === "EVENT_ADMIN";
          return (
            <li
              key={e.id}
              data-testid="event-row"
              data-slug={e.slug}
              className={`rounded-xl border bg-white p-4 shadow-sm ${e.archivedAt ? "border-dashed border-slate-300 opacity-80" : "border-slate-200"}`}
            >
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div className="space-y-1">
                  <h2 className="flex flex-wrap items-center gap-2 text-lg font-semibold">
                    {admin ? (
                      <Link href={`/organizer/events/${e.id}`} className="hover:underline">
                        {localized(e, "name", locale)}
                      </Link>
                    ) : (
                      localized(e, "name", locale)
                    )}
                    <PhaseBadge phase={phase} label={t(`phase.${phase}`)} />
                    {e.isCurrent ? (
                      <span className="rounded-full bg-brand-100 px-2 py-0.5 text-xs font-medium text-brand-800">
                        {t("current")}
                      </span>
                    ) : null}
                    {e.archivedAt ? (
                      <span className="rounded-full bg-slate-200 px-2 py-0.5 text-xs font-medium text-slate-700">
                        {t("archived")}
                      </span>
                    ) : null}
                  </h2>
                  <p className="text-slate-700">
                    {e.city} · {e.venue} · {formatDate(e.startsAt, e.timeZone, locale)} (
                    {zoneLabel(e.startsAt, e.timeZone)})
                  </p>
                  <p className="text-sm text-slate-600">
                    {e.organizers.map((o) => o.body.code).join(" · ")} ·{" "}
                    {t("counts", { firms: e._count.participants, meetings: e._count.meetings })}
                  </p>
                  <p className="text-sm text-slate-600">
                    {e.myRole ? t("yourRole", { role: roles(e.myRole) }) : t("noRole")}
                  </p>
                </div>
                {admin ? (
                  <EventRowActions
                    eventId={e.id}
                    archived={e.archivedAt !== null}
                    current={e.isCurrent}
                    meetings={e._count.meetings}
                  />
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
