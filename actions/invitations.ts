"use server";
// Answering an offer to join a firm: only the holder of the invited address, signed in with it verified
// (lib/firms/invitations.ts decides; anyone else is told the offer is gone).
import { defineAction } from "@/lib/actions/define-action";
import { InvitationResponseSchema, respondToInvitation } from "@/lib/firms/invitations";

export const respondToInvitationAction = defineAction({
  rule: { kind: "signedIn" },
  schema: InvitationResponseSchema,
  run: ({ actor, input }) => respondToInvitation(actor, input),
  done: ({ response, firmName }) =>
    response === "accept" ? { key: "invitations.accepted", values: { firm: firmName } } : "invitations.declined",
  // A new membership changes the navigation and the firm's pages.
  revalidate: [{ layout: "/[locale]" }],
});
