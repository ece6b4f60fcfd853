// Runs the scheduler over the current event (organizers only) and streams its progress as NDJSON lines:
// {type:"progress", phase, round?, total?, step?, weighted?, bound?, gap?} ..., then {type:"done", runId} or
// {type:"error", fields}.
import { requireActor } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { routeHandler } from "@/lib/http/route-handler";
import { requireCurrentEvent } from "@/lib/events/current-event";
import { runScheduler } from "@/lib/meetings/scheduler-run";

export const dynamic = "force-dynamic";

export const POST = routeHandler(
  async (request: Request) => {
    const actor = await requireActor({ kind: "organizer" });
    const event = await requireCurrentEvent();
    // Options in the body (optional): { fair: true } raises the least-served firms first.
    const body = (await request.json().catch(() => ({}))) as { fair?: unknown };
    const encoder = new TextEncoder();
    const stream = new ReadableStream({
      async start(controller) {
        const send = (message: object) => controller.enqueue(encoder.encode(JSON.stringify(message) + "\n"));
        try {
          const run = await runScheduler(actor, event.id, {
            fair: body.fair === true,
            onProgress: (p) => send({ type: "progress", ...p }),
            onSolverProgress: (p) => send({ type: "progress", phase: "schedule", ...p }),
          });
          send({ type: "done", runId: run.id, placed: run.placed, considered: run.considered });
        } catch (e) {
          if (!(e instanceof AppError)) console.error(e);
          send({
            type: "error",
            error: e instanceof AppError ? e.code : "INTERNAL",
            fields: e instanceof AppError ? e.fields : {},
          });
        }
        controller.close();
      },
    });
    return new Response(stream, {
      headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" },
    });
  },
  { mutation: true },
);
