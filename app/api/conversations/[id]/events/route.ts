// Live updates of one thread for its reader (server-sent events): the messages after the one the page has, as
// they are written, through whichever app server. Members of the thread's two firms only; anyone else gets
// the same 404 as for a thread that does not exist. Through routeHandler like every handler: the refusals are
// answered before the stream starts (so the browser gets a status it will not retry), and the stream itself
// runs on after the handler has returned its Response.
import { requireActor } from "@/lib/auth/guards";
import { routeHandler } from "@/lib/http/route-handler";
import { assertThreadAccess } from "@/lib/conversations/conversations";
import { threadEvents } from "@/lib/conversations/live-stream";

export const dynamic = "force-dynamic";

export const GET = routeHandler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await requireActor();
  const { id } = await params;
  const from = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("after") ?? "0";
  const after = Math.max(0, Math.min(Number.parseInt(from, 10) || 0, 2 ** 31 - 1));
  await assertThreadAccess(actor, id);
  return new Response(threadEvents({ actor, conversationId: id, after, request }), {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    },
  });
});
