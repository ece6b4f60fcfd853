"use server";
// A firm's day: the slots its delegation cannot meet in, and the slots it opens for self-booking.
import { defineAction } from "@/lib/actions/define-action";
import { requireCurrentEvent } from "@/lib/events/current-event";
import { setUnavailability, UnavailabilitySchema } from "@/lib/event-setup/availability";
import { OpenSlotsSchema, setOpenSlots } from "@/lib/meetings/self-booking";

const AVAILABILITY_PAGE = [{ page: "/[locale]/firm/availability" }];

export const saveAvailabilityAction = defineAction({
  rule: (input) => ({ kind: "firmMember", firmId: input.firmId }),
  schema: UnavailabilitySchema,
  run: async ({ actor, input }) => {
    await setUnavailability(actor, { eventId: (await requireCurrentEvent()).id, ...input });
  },
  done: "availability.saved",
  revalidate: AVAILABILITY_PAGE,
});

export const saveOpenSlotsAction = defineAction({
  rule: (input) => ({ kind: "firmAdmin", firmId: input.firmId }),
  schema: OpenSlotsSchema,
  run: async ({ actor, input }) => {
    await setOpenSlots(actor, { eventId: (await requireCurrentEvent()).id, ...input });
  },
  done: "availability.openSaved",
  revalidate: AVAILABILITY_PAGE,
});
