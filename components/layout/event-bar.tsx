// The edition every page is about: its name, place, date (in its own zone) and phase, a banner when it is over
// or archived (its pages stay readable; nothing can be requested, booked or moved), and a switcher among the
// editions the person takes part in (anonymous visitors: every edition not archived).
import { getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/auth/guards";
import { currentEvent, switcherEvents } from "@/lib/events/current-event";
import { eventPhase } from "@/lib/events/event-phase";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatDate, zoneLabel } from "@/lib/time/zoned-format";
import { PhaseBadge } from "@/components/organizer/events/phase-badge";
import { EventSwitcher } from "./event-switcher";

export async function EventBar({ locale }: { locale: AppLocale }) {
  const [event, actor] = await Promise.all([currentEvent(), currentActor()]);
  if (!event) return null;
  const t = await getTranslations("events");
  const listed = await switcherEvents(actor?.userId ?? null);
  // The edition being shown stays in the list even when archived, so the switcher always names it.
  const choices = listed.some((e) => e.id === event.id) ? listed : [event, ...listed];
  const phase = eventPhase(event);
  const name = localized(event, "name", locale);
  const switcher = choices.length > 1;
  // On a phone the bar is one row: the switcher's selected option names the edition, so the name, place and date
  // show from the sm breakpoint up (the bar was ~130 px of an 844 px screen).
  const wide = switcher ? "hidden sm:inline" : "";
  return (
    <div className="border-b border-slate-200 bg-slate-50 print:hidden" data-testid="event-bar" data-phase={phase}>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-1 text-sm sm:py-1.5">
        <p className="flex flex-wrap items-center gap-2">
          <span className="hidden text-slate-600 sm:inline">{t("bar.label")}:</span>
          <strong className={`font-semibold text-slate-900 ${wide}`} data-testid="event-bar-name">
            {name}
          </strong>
          <span className="hidden text-slate-700 sm:inline">
            {event.city} · {formatDate(event.startsAt, event.timeZone, locale)} (
            {zoneLabel(event.startsAt, event.timeZone)})
          </span>
          <PhaseBadge phase={phase} label={t(`phase.${phase}`)} />
        </p>
        {switcher ? (
          <EventSwitcher
            current={event.slug}
            label={t("bar.switch")}
            choose={t("bar.choose")}
            choices={choices.map((e) => ({ slug: e.slug, name: localized(e, "name", locale) }))}
          />
        ) : null}
      </div>
      {phase === "over" || event.archivedAt ? (
        <p role="status" data-testid="event-over" className="bg-amber-50 px-4 py-2 text-center text-sm text-amber-900">
          {event.archivedAt && phase !== "over" ? t("bar.archivedNote", { name }) : t("bar.over", { name })}
        </p>
      ) : null}
    </div>
  );
}
