// A person's calendar subscription (webcal://…/api/calendar/<token>.ics): no session, the secret token is the
// key. An unknown, guessed or reset token is a plain 404 that says nothing more.
import { calendarForToken } from "@/lib/meetings/calendar-feed";
import { currentEvent } from "@/lib/events/current-event";
import { siteOrigin } from "@/lib/http/site-origin";
import { apiError } from "@/lib/http/api-error";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  try {
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
  } catch (e) {
    return apiError(e);
  }
}
