// The firm's agenda as a calendar file (with the person's own tours), in the event's time zone: the same events,
// UIDs and SEQUENCEs as the person's subscription feed, so importing it again updates instead of duplicating.
// Members of the firm and organizers only.
import { requireActor } from "@/lib/auth/guards";
import { routeHandler } from "@/lib/http/route-handler";
import { requireCurrentEvent } from "@/lib/events/current-event";
import { firmCalendarFor } from "@/lib/meetings/calendar-feed";
import { isLocale } from "@/lib/i18n/routing";
import { siteOrigin } from "@/lib/http/site-origin";

export const dynamic = "force-dynamic";

export const GET = routeHandler(async (request: Request) => {
  const actor = await requireActor();
  const params = new URL(request.url).searchParams;
  const firmId = (params.get("firm") ?? "").slice(0, 64);
  const requested = params.get("locale");
  const locale = isLocale(requested) ? requested : "en";
  const event = await requireCurrentEvent();
  const calendar = await firmCalendarFor(actor, { firmId, eventId: event.id, locale, origin: await siteOrigin() });
  return new Response(calendar.text, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="${event.slug}-agenda.ics"`,
      "cache-control": "private, no-store",
    },
  });
});
