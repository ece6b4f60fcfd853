"use server";
// 1:1 meeting requests and self-booking, from a firm's profile, the recommendations and the meetings page.
import { defineAction } from "@/lib/actions/define-action";
import { requireCurrentEvent } from "@/lib/events/current-event";
import {
  ActOnRequestSchema,
  actOnMeetingRequest,
  createMeetingRequest,
  RequestSchema,
} from "@/lib/meetings/meeting-requests";
import { bookOpenSlot, BookingSchema } from "@/lib/meetings/self-booking";

const MEETINGS_PAGE = { page: "/[locale]/firm/meetings" };

/** A request from a firm's profile: the page then shows the request's state. */
export const requestMeetingAction = defineAction({
  rule: (input) => ({ kind: "firmMember", firmId: input.fromFirmId }),
  schema: RequestSchema,
  run: async ({ actor, raw }) => {
    await createMeetingRequest(actor, { eventId: (await requireCurrentEvent()).id, ...raw });
  },
  done: "meetings.sent",
  revalidate: [MEETINGS_PAGE, { page: "/[locale]/firms/[id]" }],
});

/** One click from a mutual match ("would like to meet"); the meetings page says what happened. */
export const requestFromMatchAction = defineAction({
  rule: (input) => ({ kind: "firmMember", firmId: input.fromFirmId }),
  schema: RequestSchema,
  run: async ({ actor, raw }) => {
    await createMeetingRequest(actor, { eventId: (await requireCurrentEvent()).id, ...raw });
  },
  done: "meetings.done.PENDING",
  revalidate: [MEETINGS_PAGE],
  goTo: ({ locale, input }) => `/${locale}/firm/meetings?firm=${encodeURIComponent(input.fromFirmId)}`,
});

/** Accept, decline, withdraw or cancel, from the meetings page. */
export const actOnRequestAction = defineAction({
  rule: { kind: "signedIn" },
  schema: ActOnRequestSchema,
  // The answer carries the undo (withdraw, cancel) the page offers for a few minutes.
  run: ({ actor, input }) => actOnMeetingRequest(actor, input),
  done: ({ status }) =>
    status === "ACCEPTED" || status === "DECLINED" || status === "WITHDRAWN" || status === "CANCELLED"
      ? `meetings.done.${status}`
      : undefined,
  revalidate: [MEETINGS_PAGE, { page: "/[locale]/agenda" }],
});

/** Books one of another firm's open slots from its profile; the answer names the table. */
export const bookSlotAction = defineAction({
  rule: (input) => ({ kind: "firmMember", firmId: input.fromFirmId }),
  schema: BookingSchema,
  run: async ({ actor, raw }) => bookOpenSlot(actor, { eventId: (await requireCurrentEvent()).id, ...raw }),
  done: ({ tableNumber }) =>
    tableNumber === null ? "booking.bookedOnline" : { key: "booking.booked", values: { table: tableNumber } },
  revalidate: [{ page: "/[locale]/agenda" }, { page: "/[locale]/firms/[id]" }],
});
