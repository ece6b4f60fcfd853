// Books one of another firm's open slots: POST JSON {fromFirmId, toFirmId, slotId}. 201 with the meeting and
// its table; 409 {"error":"CONFLICT","fields":{"form":"errors.booking.taken"}} when the slot was just taken.
// The same operation as the button on a firm's profile, for the venue app and the load benchmark.
import { requireActor } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { routeHandler } from "@/lib/http/route-handler";
import { requireCurrentEvent } from "@/lib/events/current-event";
import { bookOpenSlot, BookingSchema } from "@/lib/meetings/self-booking";

export const dynamic = "force-dynamic";

export const POST = routeHandler(
  async (request: Request) => {
    const actor = await requireActor();
    const body = BookingSchema.safeParse(
      await request.json().catch(() => {
        throw new AppError("INVALID_INPUT", "JSON body expected", { form: "errors.invalid" });
      }),
    );
    if (!body.success) throw new AppError("INVALID_INPUT", "invalid booking", { form: "errors.invalid" });
    const event = await requireCurrentEvent();
    const booked = await bookOpenSlot(actor, { eventId: event.id, ...body.data });
    return Response.json(booked, { status: 201, headers: { "cache-control": "no-store" } });
  },
  { mutation: true, maxBodyBytes: 16 * 1024 },
);
