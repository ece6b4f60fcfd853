// Live updates of one thread for its reader (server-sent events): the messages after the one the page has, as
// they are written, through whichever app server. Members of the thread's two firms only; anyone else gets
// the same 404 as for a thread that does not exist.
import { requireActor } from "@/lib/auth/guards";
import { apiError } from "@/lib/http/api-error";
import { assertThreadAccess } from "@/lib/conversations/conversations";
import { threadEvents } from "@/lib/conversations/live-stream";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const actor = await requireActor();
    const { id } = await params;
    const from = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("after") ?? "0";
    const after = Math.max(0, Math.min(Number.parseInt(from, 10) || 0, 2 ** 31 - 1));
    // Refused before the stream starts, so the browser gets a status it will not retry.
    await assertThreadAccess(actor, id);
    return new Response(threadEvents({ actor, conversationId: id, after, signal: request.signal }), {
      headers: {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-store, no-transform",
        connection: "keep-alive",
        "x-accel-buffering": "no",
      },
    });
  } catch (e) {
    return apiError(e);
  }
}
