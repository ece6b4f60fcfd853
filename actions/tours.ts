"use server";
// Company tours: creating and editing one, signing up (a clash with the delegation's meetings is answered with
// the meetings, to cancel by choice), cancelling a place, the host's approval.
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { currentEvent, requireCurrentEvent } from "@/lib/events/current-event";
import { formatTimeWithZone } from "@/lib/time/zoned-format";
import {
  cancelTourSeat,
  decideTourSeat,
  saveTour,
  SeatDecisionSchema,
  SeatSchema,
  signUpForTour,
  TourClash,
  TourSchema,
  TourSignUpSchema,
} from "@/lib/tours/tours";
import { Id } from "@/lib/validation/form-input";

const TOURS = [{ layout: "/[locale]/tours" }, { page: "/[locale]/agenda" }];

/** Creates a tour, or edits the one named by tourId. */
export const saveTourAction = defineAction({
  rule: (input) => ({ kind: "firmAdminOrOrganizer", firmId: input.hostFirmId }),
  schema: z.intersection(TourSchema, z.object({ tourId: Id.optional() })),
  run: async ({ actor, raw, input }) => {
    const tour = await saveTour(actor, { ...raw, eventId: (await requireCurrentEvent()).id, tourId: input.tourId });
    return tour.id;
  },
  done: "tours.saved",
  revalidate: TOURS,
  goTo: ({ locale, data }) => `/${locale}/tours/${data}`,
});

export type TourSignUpAnswer =
  | { kind: "seat"; status: "CONFIRMED" | "WAITLISTED" | "AWAITING_HOST" | "CANCELLED"; position: number | null }
  /** Not signed up yet: the delegation has these meetings at the tour's time; ticking them cancels them. */
  | { kind: "clash"; meetings: { id: string; partner: string; time: string; table: number | null }[] };

/** Signs up; a clash with the delegation's meetings comes back as the list of them, to cancel by choice. */
export const tourSignUpAction = defineAction({
  rule: (input) => ({ kind: "firmMember", firmId: input.firmId }),
  schema: TourSignUpSchema,
  run: async ({ actor, input, locale }): Promise<TourSignUpAnswer> => {
    try {
      const { status, position } = await signUpForTour(actor, input);
      return { kind: "seat", status, position };
    } catch (e) {
      if (!(e instanceof TourClash)) throw e;
      const zone = (await currentEvent())?.timeZone ?? "UTC";
      return {
        kind: "clash",
        meetings: e.meetings.map((m) => ({
          id: m.meetingId,
          partner: m.partner,
          time: formatTimeWithZone(m.startsAt, zone, locale),
          table: m.table,
        })),
      };
    }
  },
  revalidate: TOURS,
});

// Giving up a tour place cannot be undone (it goes to the next person waiting at once): the box must be ticked.
const GiveUpSchema = SeatSchema.extend({ confirm: z.literal("yes", { error: "errors.confirm.needed" }) });

export const cancelSeatAction = defineAction({
  rule: { kind: "signedIn" },
  schema: GiveUpSchema,
  run: ({ actor, input }) => cancelTourSeat(actor, input),
  // One's own place, or (organizers, the host) someone else's, whose seat goes to the next person waiting.
  done: ({ own }) => (own ? "tours.cancelled" : "tours.rosterDone.cancelled"),
  revalidate: TOURS,
});

export const decideSeatAction = defineAction({
  rule: { kind: "signedIn" },
  schema: SeatDecisionSchema,
  run: async ({ actor, input }) => {
    await decideTourSeat(actor, input);
  },
  done: (_, input) => (input.approve ? "tours.rosterDone.approve" : "tours.rosterDone.decline"),
  revalidate: TOURS,
});
