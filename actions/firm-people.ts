"use server";
// Imported firms' people (/organizer/firm-people): an event admin resends a firm's administrator offer (to a
// new address if need be) or invites all the firms not invited yet. lib/firms/firm-people.ts checks the
// admin role at the edition named in the form.
import { defineAction } from "@/lib/actions/define-action";
import { InviteAllSchema, inviteAllNotInvited, ResendOfferSchema, resendFirmOffer } from "@/lib/firms/firm-people";

const PAGE = [{ page: "/[locale]/organizer/firm-people" }, { page: "/[locale]/organizer" }];

export const resendFirmOfferAction = defineAction({
  rule: { kind: "organizer" },
  schema: ResendOfferSchema,
  run: ({ actor, input }) => resendFirmOffer(actor, input),
  done: ({ email, delivered }) =>
    delivered
      ? { key: "firmPeople.done.sent", values: { email } }
      : { key: "firmPeople.done.bounced", values: { email } },
  revalidate: PAGE,
});

export const inviteAllNotInvitedAction = defineAction({
  rule: { kind: "organizer" },
  schema: InviteAllSchema,
  run: ({ actor, input }) => inviteAllNotInvited(actor, input),
  done: ({ sent, bounced }) => ({ key: "firmPeople.done.all", values: { sent, bounced } }),
  revalidate: PAGE,
});
