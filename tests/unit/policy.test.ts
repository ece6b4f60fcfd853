import { describe, expect, it } from "vitest";
import { allows, type Rule } from "@/lib/auth/policy";
import { landingRole, LANDING_PATH, type Actor } from "@/lib/auth/actor";

const organizer: Actor = {
  userId: "o",
  organizingBodyId: "vinasa",
  memberships: [],
  staff: { eventId: "e", role: "EVENT_ADMIN", bodyId: "vinasa" },
};
const adminA: Actor = {
  userId: "a1",
  organizingBodyId: null,
  memberships: [{ firmId: "A", role: "FIRM_ADMIN" }],
  staff: null,
};
const attendeeA: Actor = {
  userId: "a2",
  organizingBodyId: null,
  memberships: [{ firmId: "A", role: "ATTENDEE" }],
  staff: null,
};
const adminB: Actor = {
  userId: "b1",
  organizingBodyId: null,
  memberships: [{ firmId: "B", role: "FIRM_ADMIN" }],
  staff: null,
};
const loner: Actor = { userId: "n", organizingBodyId: null, memberships: [], staff: null };
const vetter: Actor = {
  userId: "v",
  organizingBodyId: "jetro",
  memberships: [],
  staff: { eventId: "e", role: "VETTING", bodyId: "jetro" },
};
const onsite: Actor = {
  userId: "s",
  organizingBodyId: "vinasa",
  memberships: [],
  staff: { eventId: "e", role: "ONSITE", bodyId: "vinasa" },
};
// Works for an organizing body but has no role at the event in scope.
const bodyMember: Actor = { userId: "m", organizingBodyId: "jisa", memberships: [], staff: null };

// An address not verified yet: load-actor.ts strips its roles, and even if one were left the rules grant nothing
// but verifying.
const unverified: Actor = { ...organizer, userId: "u", memberships: adminA.memberships, unverified: true };

const actors = {
  anonymous: null,
  organizer,
  adminA,
  attendeeA,
  adminB,
  loner,
  vetter,
  onsite,
  bodyMember,
  unverified,
} as const;
const VERIFIED = ["organizer", "adminA", "attendeeA", "adminB", "loner", "vetter", "onsite", "bodyMember"] as const;

// Each rule, and exactly who passes it.
const table: [Rule, (keyof typeof actors)[]][] = [
  [{ kind: "account" }, [...VERIFIED, "unverified"]],
  [{ kind: "unverified" }, ["unverified"]],
  [{ kind: "signedIn" }, [...VERIFIED]],
  [{ kind: "organizer" }, ["organizer"]],
  [{ kind: "vetting" }, ["organizer", "vetter"]],
  [{ kind: "onsite" }, ["organizer", "onsite"]],
  [{ kind: "staff" }, ["organizer", "vetter", "onsite"]],
  [{ kind: "bodyMember" }, ["organizer", "vetter", "onsite", "bodyMember"]],
  [{ kind: "organizerArea" }, ["organizer", "vetter", "onsite", "bodyMember"]],
  [{ kind: "firmMember", firmId: "A" }, ["adminA", "attendeeA"]],
  [{ kind: "firmAdmin", firmId: "A" }, ["adminA"]],
  [{ kind: "firmMemberOrOrganizer", firmId: "A" }, ["organizer", "adminA", "attendeeA"]],
  [{ kind: "firmAdminOrOrganizer", firmId: "A" }, ["organizer", "adminA"]],
  [{ kind: "firmAdmin", firmId: "B" }, ["adminB"]],
];

describe("authorization rules", () => {
  for (const [rule, allowed] of table) {
    for (const [name, actor] of Object.entries(actors)) {
      const expected = allowed.includes(name as keyof typeof actors);
      it(`${JSON.stringify(rule)}: ${name} ${expected ? "may" : "may not"}`, () => {
        expect(allows(actor, rule)).toBe(expected);
      });
    }
  }

  it("an attendee is not an administrator of their own firm", () => {
    expect(allows(attendeeA, { kind: "firmAdmin", firmId: "A" })).toBe(false);
  });
});

describe("landing role", () => {
  it("sends each role to its page", () => {
    expect(LANDING_PATH[landingRole(organizer)]).toBe("/organizer");
    expect(LANDING_PATH[landingRole(adminA)]).toBe("/home");
    expect(LANDING_PATH[landingRole(attendeeA)]).toBe("/home");
    expect(LANDING_PATH[landingRole(loner)]).toBe("/account");
    expect(LANDING_PATH[landingRole(vetter)]).toBe("/organizer/vetting");
    expect(LANDING_PATH[landingRole(onsite)]).toBe("/organizer/check-in");
    expect(LANDING_PATH[landingRole(bodyMember)]).toBe("/organizer/events");
    expect(LANDING_PATH[landingRole(unverified)]).toBe("/verify");
  });

  it("staff of the event who are also firm admins land as staff", () => {
    expect(landingRole({ ...adminA, organizingBodyId: "jetro", staff: organizer.staff })).toBe("organizer");
  });

  it("admin of one firm and attendee of another lands as firm admin", () => {
    expect(
      landingRole({
        userId: "x",
        organizingBodyId: null,
        memberships: [
          { firmId: "B", role: "ATTENDEE" },
          { firmId: "A", role: "FIRM_ADMIN" },
        ],
        staff: null,
      }),
    ).toBe("firmAdmin");
  });
});

describe("the firm a member's page is about", () => {
  it("is the requested firm when the actor belongs to it, else their first", async () => {
    const { selectedFirmId } = await import("@/lib/firms/selected-firm");
    const two: Actor = {
      userId: "t",
      organizingBodyId: null,
      memberships: [
        { firmId: "A", role: "ATTENDEE" },
        { firmId: "B", role: "FIRM_ADMIN" },
      ],
      staff: null,
    };
    expect(selectedFirmId(two, "B")).toBe("B");
    expect(selectedFirmId(two, "C")).toBe("A");
    expect(selectedFirmId(two)).toBe("A");
    expect(selectedFirmId(loner, "A")).toBeNull();
  });
});
