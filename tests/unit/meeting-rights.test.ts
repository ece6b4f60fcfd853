import { describe, expect, it } from "vitest";
import { MEETING_RIGHTS, mayActForFirm, type MeetingAction } from "@/lib/meetings/meeting-rights";
import type { Actor } from "@/lib/auth/actor";

const attendee: Actor = {
  userId: "a",
  organizingBodyId: null,
  memberships: [{ firmId: "F", role: "ATTENDEE" }],
  staff: null,
};
const admin: Actor = {
  userId: "b",
  organizingBodyId: null,
  memberships: [{ firmId: "F", role: "FIRM_ADMIN" }],
  staff: null,
};
const organizer: Actor = {
  userId: "o",
  organizingBodyId: "VINASA",
  memberships: [],
  staff: { eventId: "e", role: "EVENT_ADMIN", bodyId: "VINASA" },
};
const otherAdmin: Actor = {
  userId: "c",
  organizingBodyId: null,
  memberships: [{ firmId: "G", role: "FIRM_ADMIN" }],
  staff: null,
};

describe("an attendee's rights on the firm's meetings", () => {
  // The decision of issue 21, line by line: the people at the table act on the day; commitments are the admins'.
  const attendeeMay: Record<MeetingAction, boolean> = {
    request: true,
    withdraw: true,
    book: true,
    markHeld: true,
    markNoShow: true,
    recordOutcome: true,
    askOnline: true,
    accept: false,
    decline: false,
    cancel: false,
    answerOnline: false,
  };
  for (const action of Object.keys(MEETING_RIGHTS) as MeetingAction[]) {
    it(`${action}: attendee ${attendeeMay[action] ? "may" : "may not"}, administrator may, outsiders may not`, () => {
      expect(mayActForFirm(attendee, "F", action)).toBe(attendeeMay[action]);
      expect(mayActForFirm(admin, "F", action)).toBe(true);
      expect(mayActForFirm(otherAdmin, "F", action)).toBe(false);
      // Organizers act through their own operations (staff marks, moves), never as a firm's people.
      expect(mayActForFirm(organizer, "F", action)).toBe(false);
    });
  }
});
