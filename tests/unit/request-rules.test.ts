import { describe, expect, it } from "vitest";
import {
  activePairKey,
  effectiveStatus,
  holdsPair,
  transition,
  type RequestAction,
  type RequestStatus,
} from "@/lib/meetings/request-rules";
import type { Actor } from "@/lib/auth/actor";

const sender: Actor = {
  userId: "s",
  organizingBodyId: null,
  memberships: [{ firmId: "A", role: "ATTENDEE" }],
  staff: null,
};
const senderAdmin: Actor = {
  userId: "sa",
  organizingBodyId: null,
  memberships: [{ firmId: "A", role: "FIRM_ADMIN" }],
  staff: null,
};
const recipient: Actor = {
  userId: "r",
  organizingBodyId: null,
  memberships: [{ firmId: "B", role: "FIRM_ADMIN" }],
  staff: null,
};
const recipientAttendee: Actor = {
  userId: "ra",
  organizingBodyId: null,
  memberships: [{ firmId: "B", role: "ATTENDEE" }],
  staff: null,
};
const stranger: Actor = {
  userId: "x",
  organizingBodyId: null,
  memberships: [{ firmId: "C", role: "FIRM_ADMIN" }],
  staff: null,
};
const request = (status: RequestStatus) => ({ fromFirmId: "A", toFirmId: "B", status });

describe("meeting request rules", () => {
  const table: [Actor, RequestStatus, RequestAction, RequestStatus | null][] = [
    [recipient, "PENDING", "accept", "ACCEPTED"],
    [recipient, "PENDING", "decline", "DECLINED"],
    // Answering commits the firm: its administrators do it, not an attendee (meeting-rights.ts).
    [recipientAttendee, "PENDING", "accept", null],
    [recipientAttendee, "PENDING", "decline", null],
    [sender, "PENDING", "accept", null],
    // Any of the sender's people may take back an unanswered request.
    [sender, "PENDING", "withdraw", "WITHDRAWN"],
    [senderAdmin, "PENDING", "withdraw", "WITHDRAWN"],
    [recipient, "PENDING", "withdraw", null],
    // Cancelling an agreed meeting is the administrators', and it reads CANCELLED, not WITHDRAWN.
    [senderAdmin, "ACCEPTED", "cancel", "CANCELLED"],
    [recipient, "ACCEPTED", "cancel", "CANCELLED"],
    [sender, "ACCEPTED", "cancel", null],
    [recipientAttendee, "ACCEPTED", "cancel", null],
    [recipient, "ACCEPTED", "accept", null],
    [recipient, "EXPIRED", "accept", null],
    [recipient, "DECLINED", "accept", null],
    [recipient, "CANCELLED", "cancel", null],
    [stranger, "PENDING", "accept", null],
    [stranger, "ACCEPTED", "cancel", null],
  ];
  for (const [actor, status, action, expected] of table) {
    it(`${actor.userId} ${action} on ${status} -> ${expected}`, () =>
      expect(transition(actor, request(status), action)).toBe(expected));
  }

  it("a pending request past the deadline has expired", () => {
    const deadline = new Date("2026-02-03T10:00:00Z");
    expect(effectiveStatus("PENDING", deadline, new Date("2026-02-03T10:00:01Z"))).toBe("EXPIRED");
    expect(effectiveStatus("PENDING", deadline, new Date("2026-02-03T09:59:59Z"))).toBe("PENDING");
    expect(effectiveStatus("ACCEPTED", deadline, new Date("2026-03-01T00:00:00Z"))).toBe("ACCEPTED");
    expect(effectiveStatus("PENDING", null, new Date("2030-01-01T00:00:00Z"))).toBe("PENDING");
  });

  it("the pair key is the same whichever firm asks, and only live requests hold it", () => {
    expect(activePairKey("e", "A", "B")).toBe(activePairKey("e", "B", "A"));
    expect(activePairKey("e", "A", "B")).not.toBe(activePairKey("f", "A", "B"));
    expect(
      ["PENDING", "ACCEPTED", "DECLINED", "EXPIRED", "WITHDRAWN", "CANCELLED"].filter((s) =>
        holdsPair(s as RequestStatus),
      ),
    ).toEqual(["PENDING", "ACCEPTED"]);
  });
});
