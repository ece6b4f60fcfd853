// Books one of another firm's open slots: POST JSON {fromFirmId, toFirmId, slotId}. 201 with the meeting and
// its table; 409 {"error":"CONFLICT","fields":{"form":"errors.booking.taken"}} when the slot was just taken.
// The same operation as the button on a firm's profile, for the venue app and the load benchmark.
import { requireActor } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { apiError, assertSameOrigin } from "@/lib/http/api-error";
import { BODY_LIMITS, readBody } from "@/lib/http/body-limit";
import { requireCurrentEvent } from "@/lib/events/current-event";
import { bookOpenSlot } from "@/lib/meetings/self-booking";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const actor = await requireActor();
    const body = await readBody(request, BODY_LIMITS.booking);
    let input: unknown;
    try {
      input = JSON.parse(new TextDecoder().decode(body));
    } catch {
      throw new AppError("INVALID_INPUT", "JSON body expected", { form: "errors.invalid" });
    }
    const event = await requireCurrentEvent();
    const booked = await bookOpenSlot(actor, event.id, input);
    return Response.json(booked, { status: 201, headers: { "cache-control": "no-store" } });
  } catch (e) {
    return apiError(e);
  }
}
