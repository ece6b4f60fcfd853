"use server";
// The challenge board: posting a challenge, answering one, the poster's shortlist and pilot orders.
import { defineAction } from "@/lib/actions/define-action";
import { requireCurrentEvent } from "@/lib/events/current-event";
import {
  AnswerSchema,
  answerChallenge,
  ChallengeSchema,
  PilotOrderSchema,
  postChallenge,
  recordPilotOrder,
  setShortlisted,
  ShortlistSchema,
} from "@/lib/challenges/challenges";

const BOARD = [{ layout: "/[locale]/challenges" }];

export const postChallengeAction = defineAction({
  rule: (input) => ({ kind: "firmMember", firmId: input.firmId }),
  schema: ChallengeSchema,
  run: async ({ actor, raw }) => {
    const { id } = await postChallenge(actor, { eventId: (await requireCurrentEvent()).id, ...raw });
    return id;
  },
  done: "challenges.done.posted",
  revalidate: BOARD,
  goTo: ({ locale, data }) => `/${locale}/challenges/${data}`,
});

export const answerChallengeAction = defineAction({
  rule: (input) => ({ kind: "firmMember", firmId: input.firmId }),
  schema: AnswerSchema,
  run: async ({ actor, raw }) => {
    await answerChallenge(actor, raw);
  },
  done: "challenges.done.answer",
  revalidate: BOARD,
});

export const shortlistAction = defineAction({
  rule: { kind: "signedIn" },
  schema: ShortlistSchema,
  run: async ({ actor, input }) => {
    await setShortlisted(actor, input);
  },
  done: (_, input) => (input.shortlisted ? "challenges.done.shortlist" : "challenges.done.unshortlist"),
  revalidate: BOARD,
});

export const recordPilotOrderAction = defineAction({
  rule: { kind: "signedIn" },
  schema: PilotOrderSchema,
  run: async ({ actor, raw }) => {
    await recordPilotOrder(actor, raw);
  },
  done: "challenges.done.pilot",
  revalidate: BOARD,
});
