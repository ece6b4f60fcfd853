import { describe, expect, it } from "vitest";
import { allows, type Rule } from "@/lib/auth/policy";
import { landingRole, LANDING_PATH, type Actor } from "@/lib/auth/actor";

const organizer: Actor = { userId: "o", organizingBodyId: "vinasa", memberships: [] };
const adminA: Actor = { userId: "a1", organizingBodyId: null, memberships: [{ firmId: "A", role: "FIRM_ADMIN" }] };
const attendeeA: Actor = { userId: "a2", organizingBodyId: null, memberships: [{ firmId: "A", role: "ATTENDEE" }] };
const adminB: Actor = { userId: "b1", organizingBodyId: null, memberships: [{ firmId: "B", role: "FIRM_ADMIN" }] };
const loner: Actor = { userId: "n", organizingBodyId: null, memberships: [] };

const actors = { anonymous: null, organizer, adminA, attendeeA, adminB, loner } as const;

// Each rule, and exactly who passes it.
const table: [Rule, (keyof typeof actors)[]][] = [
  [{ kind: "signedIn" }, ["organizer", "adminA", "attendeeA", "adminB", "loner"]],
  [{ kind: "organizer" }, ["organizer"]],
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
    expect(LANDING_PATH[landingRole(adminA)]).toBe("/firm");
    expect(LANDING_PATH[landingRole(attendeeA)]).toBe("/agenda");
    expect(LANDING_PATH[landingRole(loner)]).toBe("/account");
  });

  it("an organizer who is also a firm admin lands as organizer", () => {
    expect(landingRole({ ...adminA, organizingBodyId: "jetro" })).toBe("organizer");
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
    };
    expect(selectedFirmId(two, "B")).toBe("B");
    expect(selectedFirmId(two, "C")).toBe("A");
    expect(selectedFirmId(two)).toBe("A");
    expect(selectedFirmId(loner, "A")).toBeNull();
  });
});
