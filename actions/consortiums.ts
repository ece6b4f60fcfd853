"use server";
// Bid consortiums: posting an opportunity, inviting partners, answering an invitation, the lead's status and
// requirements, members' notes. The lib operations check who may (the lead's administrators, the invited firm).
import { defineAction } from "@/lib/actions/define-action";
import { requireCurrentEvent } from "@/lib/events/current-event";
import {
  AddRequirementSchema,
  addNote,
  addRequirement,
  AnswerInvitationSchema,
  answerInvitation,
  ConsortiumInviteSchema,
  createOpportunity,
  inviteToConsortium,
  NoteSchema,
  OpportunitySchema,
  OpportunityStatusSchema,
  RemoveRequirementSchema,
  removeRequirement,
  setOpportunityStatus,
} from "@/lib/consortiums/opportunities";
import { opportunityFromForm } from "@/lib/consortiums/opportunity-form";

const CONSORTIUMS = [{ layout: "/[locale]/consortiums" }];

export const createOpportunityAction = defineAction({
  rule: (input) => ({ kind: "firmAdmin", firmId: input.leadFirmId }),
  schema: OpportunitySchema,
  fromForm: opportunityFromForm,
  run: async ({ actor, raw }) => {
    const { id } = await createOpportunity(actor, { eventId: (await requireCurrentEvent()).id, ...raw });
    return id;
  },
  done: "consortiums.done.created",
  revalidate: CONSORTIUMS,
  goTo: ({ locale, data }) => `/${locale}/consortiums/${data}`,
});

export const inviteToConsortiumAction = defineAction({
  rule: { kind: "signedIn" },
  schema: ConsortiumInviteSchema,
  run: async ({ actor, input }) => {
    await inviteToConsortium(actor, input);
  },
  done: "consortiums.done.invite",
  revalidate: CONSORTIUMS,
});

export const answerInvitationAction = defineAction({
  rule: { kind: "signedIn" },
  schema: AnswerInvitationSchema,
  run: async ({ actor, input }) => {
    await answerInvitation(actor, input);
  },
  done: (_, input) => (input.accept ? "consortiums.done.accept" : "consortiums.done.decline"),
  revalidate: CONSORTIUMS,
});

export const setOpportunityStatusAction = defineAction({
  rule: { kind: "signedIn" },
  schema: OpportunityStatusSchema,
  run: async ({ actor, input }) => {
    await setOpportunityStatus(actor, input);
  },
  done: "consortiums.done.status",
  revalidate: CONSORTIUMS,
});

export const addNoteAction = defineAction({
  rule: { kind: "signedIn" },
  schema: NoteSchema,
  run: async ({ actor, raw }) => {
    await addNote(actor, raw);
  },
  done: "consortiums.done.note",
  revalidate: CONSORTIUMS,
});

export const addRequirementAction = defineAction({
  rule: { kind: "signedIn" },
  schema: AddRequirementSchema,
  // The form says "must" or "nice"; the requirement says whether it is a must-have.
  fromForm: (form) => ({
    opportunityId: form.get("opportunityId"),
    capabilityId: form.get("capabilityId"),
    mustHave: form.get("must") === "must",
    weight: form.get("weight"),
  }),
  run: async ({ actor, raw }) => {
    await addRequirement(actor, raw);
  },
  done: "consortiums.done.addRequirement",
  revalidate: CONSORTIUMS,
});

export const removeRequirementAction = defineAction({
  rule: { kind: "signedIn" },
  schema: RemoveRequirementSchema,
  run: async ({ actor, input }) => {
    await removeRequirement(actor, input);
  },
  done: "consortiums.done.removeRequirement",
  revalidate: CONSORTIUMS,
});
