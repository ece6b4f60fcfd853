// The firm's agenda as a calendar file, in the event's time zone. Members of the firm and organizers only.
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/guards";
import { routeHandler } from "@/lib/http/route-handler";
import { requireCurrentEvent } from "@/lib/events/current-event";
import { agendaOf } from "@/lib/meetings/agenda";
import { agendaFile } from "@/lib/meetings/agenda-ics";
import { localized } from "@/lib/i18n/localized";
import { isLocale } from "@/lib/i18n/routing";
import { siteOrigin } from "@/lib/http/site-origin";

export const dynamic = "force-dynamic";

export const GET = routeHandler(async (request: Request) => {
  const actor = await requireActor();
  const params = new URL(request.url).searchParams;
  const firmId = params.get("firm") ?? "";
  const requested = params.get("locale");
  const locale = isLocale(requested) ? requested : "en";
  const event = await requireCurrentEvent();
  const [items, origin, t] = await Promise.all([
    agendaOf(actor, firmId, event.id),
    siteOrigin(),
    getTranslations({ locale, namespace: "agenda" }),
  ]);
  const body = agendaFile({
    eventName: localized(event, "name", locale),
    venue: `${event.venue}, ${event.city}`,
    timeZone: event.timeZone,
    origin,
    locale,
    t,
    items,
  });
  return new Response(body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="${event.slug}-agenda.ics"`,
      "cache-control": "private, no-store",
    },
  });
});
