// The current event as a scheduling instance (JSON), for `npm run schedule` or any other solver.
import { requireActor } from "@/lib/auth/guards";
import { routeHandler } from "@/lib/http/route-handler";
import { requireCurrentEvent } from "@/lib/events/current-event";
import { eventInstance } from "@/lib/event-setup/event-instance";

export const dynamic = "force-dynamic";

export const GET = routeHandler(async () => {
  const actor = await requireActor({ kind: "organizer" });
  const event = await requireCurrentEvent();
  const instance = await eventInstance(actor, event.id);
  return new Response(JSON.stringify(instance, null, 1), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${event.slug}-instance.json"`,
      "cache-control": "no-store",
    },
  });
});
