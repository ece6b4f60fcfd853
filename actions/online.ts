"use server";
// Online meetings, from the meetings page (issue 21): a firm's people ask to hold a meeting in a video room (a
// delegation joining remotely), the other firm's administrators agree or keep it at a table. The lib operations
// decide who may (lib/meetings/meeting-rights.ts) and whether the event allows it.
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { requireCurrentEvent } from "@/lib/events/current-event";
import {
  answerOnline,
  askOnline,
  AskOnlineInput,
  placeOnlineMeetings,
  setMeetingOnline,
} from "@/lib/meetings/online-meetings";

const PAGES = [{ page: "/[locale]/firm/meetings" }, { page: "/[locale]/agenda" }, { page: "/[locale]/home" }];

export const askOnlineAction = defineAction({
  rule: (input) => ({ kind: "firmMember", firmId: input.firmId }),
  schema: AskOnlineInput,
  run: async ({ actor, input }) => {
    await askOnline(actor, input);
  },
  done: "meetings.onlineDone.asked",
  revalidate: PAGES,
});

// A form posts its answer as text; the lib operation takes a boolean.
const AnswerForm = z.object({ requestId: z.string().min(1).max(64), answer: z.enum(["yes", "no"]) });

export const answerOnlineAction = defineAction({
  rule: { kind: "signedIn" },
  schema: AnswerForm,
  run: ({ actor, input }) => answerOnline(actor, { requestId: input.requestId, accept: input.answer === "yes" }),
  done: (accepted) => (accepted ? "meetings.onlineDone.agreed" : "meetings.onlineDone.declined"),
  revalidate: PAGES,
});

// Organizers (the edition's administrators): one meeting online or back at a table, and the accepted online
// meetings agreed since the last publication placed in the first slot both firms have free (a scheduler run
// places the ones waiting when it runs).
const SetOnlineForm = z.object({ requestId: z.string().min(1).max(64), online: z.enum(["yes", "no"]) });

export const setMeetingOnlineAction = defineAction({
  rule: { kind: "organizer" },
  schema: SetOnlineForm,
  run: async ({ actor, input }) => {
    await setMeetingOnline(actor, { requestId: input.requestId, online: input.online === "yes" });
  },
  done: (_, input) => (input.online === "yes" ? "schedule.onlineDone.online" : "schedule.onlineDone.inPerson"),
  revalidate: [{ page: "/[locale]/organizer/schedule/meetings/[id]" }, { page: "/[locale]/organizer/schedule" }],
});

export const placeOnlineMeetingsAction = defineAction({
  rule: { kind: "organizer" },
  schema: z.object({}),
  run: async ({ actor }) => placeOnlineMeetings(actor, (await requireCurrentEvent()).id),
  done: ({ placed, unplaced }) => ({
    key: "schedule.onlineDone.placed",
    values: { placed, unplaced: unplaced.length },
  }),
  revalidate: [{ page: "/[locale]/organizer/schedule" }],
});
