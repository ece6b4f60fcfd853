// A person's calendar subscription (webcal://…/api/calendar/<token>.ics): no session, the secret token is the
// key. An unknown, guessed or reset token is a plain 404 that says nothing more. Never cached on the way
// (private, no-store): a reset token must stop working at once, and a calendar app's next refresh must see a move.
import { calendarForToken } from "@/lib/meetings/calendar-feed";
import { currentEvent } from "@/lib/events/current-event";
import { routeHandler } from "@/lib/http/route-handler";
import { siteOrigin } from "@/lib/http/site-origin";

export const dynamic = "force-dynamic";

export const GET = routeHandler(async (_request: Request, { params }: { params: Promise<{ token: string }> }) => {
  const { token } = await params;
  const event = await currentEvent();
  const calendar = event ? await calendarForToken(token.replace(/\.ics$/, ""), await siteOrigin(), event.id) : null;
  if (!calendar) return new Response("Not found", { status: 404, headers: { "cache-control": "no-store" } });
  return new Response(calendar.text, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `inline; filename="${calendar.slug}.ics"`,
      "cache-control": "private, no-store",
    },
  });
});
