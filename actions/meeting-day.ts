"use server";
// On the day, from a firm's agenda: a meeting held, the partner absent, a standby firm seated, the outcome.
// The lib operations decide who may (a side of the meeting; organizers for some); a caller outside it is refused.
import { defineAction } from "@/lib/actions/define-action";
import {
  markMeeting,
  MarkSchema,
  OutcomeSchema,
  recordOutcome,
  seatStandby,
  StandbySchema,
} from "@/lib/meetings/meeting-day";

const AGENDA = [{ page: "/[locale]/agenda" }];

export const markMeetingAction = defineAction({
  rule: { kind: "signedIn" },
  schema: MarkSchema,
  run: async ({ actor, input }) => {
    await markMeeting(actor, input);
  },
  done: (_, input) => `meetingDay.done.${input.mark}`,
  revalidate: AGENDA,
});

export const seatStandbyAction = defineAction({
  rule: { kind: "signedIn" },
  schema: StandbySchema,
  run: async ({ actor, input }) => {
    await seatStandby(actor, input);
  },
  done: "meetingDay.done.standby",
  revalidate: AGENDA,
});

export const recordOutcomeAction = defineAction({
  rule: { kind: "signedIn" },
  schema: OutcomeSchema,
  run: async ({ actor, raw }) => {
    await recordOutcome(actor, raw);
  },
  done: "meetingDay.done.outcome",
  revalidate: AGENDA,
});
