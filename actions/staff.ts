"use server";
// Staff of an edition (/organizer/staff): an event admin offers an address a role, changes a role, removes a
// staff member (confirmed), withdraws an offer; the invited person answers on /invitations. Who may is decided
// in lib/events/staff-invitations.ts against the role at the edition named in the form.
import { defineAction } from "@/lib/actions/define-action";
import { localized } from "@/lib/i18n/localized";
import {
  changeStaffRole,
  inviteStaff,
  removeStaff,
  respondToStaffInvitation,
  revokeStaffInvitation,
  StaffChangeSchema,
  StaffInviteSchema,
  StaffRemoveSchema,
  StaffResponseSchema,
  StaffRevokeSchema,
} from "@/lib/events/staff-invitations";

const STAFF_PAGE = [{ page: "/[locale]/organizer/staff" }];

export const inviteStaffAction = defineAction({
  rule: { kind: "organizer" },
  schema: StaffInviteSchema,
  run: async ({ actor, input }) => {
    await inviteStaff(actor, input);
    return { email: input.email };
  },
  done: ({ email }) => ({ key: "staff.done.invited", values: { email } }),
  revalidate: STAFF_PAGE,
});

export const changeStaffRoleAction = defineAction({
  rule: { kind: "organizer" },
  schema: StaffChangeSchema,
  run: ({ actor, input }) => changeStaffRole(actor, input),
  done: "staff.done.changed",
  revalidate: STAFF_PAGE,
});

export const removeStaffAction = defineAction({
  rule: { kind: "organizer" },
  schema: StaffRemoveSchema,
  run: ({ actor, input }) => removeStaff(actor, input),
  done: "staff.done.removed",
  revalidate: STAFF_PAGE,
});

export const revokeStaffInvitationAction = defineAction({
  rule: { kind: "organizer" },
  schema: StaffRevokeSchema,
  run: ({ actor, input }) => revokeStaffInvitation(actor, input),
  done: "staff.done.revoked",
  revalidate: STAFF_PAGE,
});

export const respondToStaffInvitationAction = defineAction({
  rule: { kind: "signedIn" },
  schema: StaffResponseSchema,
  // The edition's name in the language of the page the person answered on.
  run: async ({ actor, input, locale }) => {
    const { event, response } = await respondToStaffInvitation(actor, input);
    return { response, eventName: localized(event, "name", locale) };
  },
  done: ({ response, eventName }) =>
    response === "accept" ? { key: "staff.done.accepted", values: { event: eventName } } : "staff.done.declined",
  // A staff role changes the navigation and the organizer area.
  revalidate: [{ layout: "/[locale]" }],
});
