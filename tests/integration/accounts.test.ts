// Accounts you can trust (issue 16), against the real database DATABASE_URL names (SQLite or PostgreSQL):
// verified addresses, single-use hashed links, password reset, sessions that end, a throttle that holds under
// races, offers instead of automatic memberships, CSV escaping, private logos and body limits.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import bcrypt from "bcryptjs";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { signUp } from "@/lib/auth/sign-up";
import { confirmEmail, resendVerification } from "@/lib/auth/email-verification";
import { requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { changePassword, requestEmailChange } from "@/lib/auth/account-settings";
import { checkSignIn } from "@/lib/auth/sign-in";
import { hashToken } from "@/lib/auth/account-tokens";
import { loadActor, type LoadedActor } from "@/lib/auth/load-actor";
import { allows } from "@/lib/auth/policy";
import { deviceCookieValue } from "@/lib/auth/trusted-device";
import { ACCOUNT_POLICY, ADDRESS_POLICY } from "@/lib/auth/throttle-rules";
import { clientAddress, PEER_ADDRESS_HEADER } from "@/lib/http/client-address";
import {
  invitationsForMe,
  invitationsOfFirm,
  inviteColleague,
  offerFirmPlace,
  respondToInvitation,
} from "@/lib/firms/invitations";
import { registerFirm } from "@/lib/firms/save-firm-profile";
import { exportFirmsCsv } from "@/lib/firms/csv/export-firms";
import { latestLink, mailsTo, tokenOf } from "../support/outbox-links";
import { demoActor } from "../support/demo-actor";

// The session the guards read: set per test (id, version, sign-in time).
const session = vi.hoisted(() => ({ value: null as null | { user: Record<string, unknown> } }));
vi.mock("next-auth", async (original) => ({
  ...(await original<object>()),
  getServerSession: async () => session.value,
}));
vi.mock("next/headers", async () => (await import("../support/next-request")).headers);

const DOMAIN = "accounts.kakehashi.test";
const address = (local: string) => `${local}@${DOMAIN}`;
const PASSWORD = "Sakura-2026-bridge";
const outbox = mkdtempSync(path.join(tmpdir(), "kakehashi-accounts-"));

async function clean() {
  const users = await db.user.findMany({ where: { email: { endsWith: `@${DOMAIN}` } }, select: { id: true } });
  const firms = await db.membership.findMany({
    where: { userId: { in: users.map((u) => u.id) }, role: "FIRM_ADMIN" },
    select: { firmId: true },
  });
  await db.auditEntry.deleteMany({ where: { actorId: { in: users.map((u) => u.id) } } });
  await db.firm.deleteMany({ where: { id: { in: firms.map((f) => f.firmId) } } });
  await db.firmInvitation.deleteMany({ where: { email: { endsWith: `@${DOMAIN}` } } });
  await db.user.deleteMany({ where: { email: { endsWith: `@${DOMAIN}` } } });
  await db.signInThrottle.deleteMany({
    where: { OR: [{ key: { contains: DOMAIN } }, { key: { contains: "203.0.113." } }] },
  });
}

/** Signs up and opens the link of the verification email, as the person would. */
async function verifiedUser(local: string, locale: "en" | "ja" | "vi" = "vi"): Promise<LoadedActor> {
  await signUp({ displayName: `Người ${local}`, email: address(local), password: PASSWORD, locale });
  await confirmEmail({ token: tokenOf(latestLink(address(local), "verifyEmail"))! });
  const user = await db.user.findUniqueOrThrow({ where: { email: address(local) } });
  return (await loadActor(user.id))!;
}

async function unverifiedUser(local: string): Promise<LoadedActor> {
  await signUp({ displayName: `Người ${local}`, email: address(local), password: PASSWORD, locale: "en" });
  const user = await db.user.findUniqueOrThrow({ where: { email: address(local) } });
  return (await loadActor(user.id))!;
}

async function firmOf(admin: LoadedActor, name: string, status: "APPROVED" | "PENDING" = "APPROVED") {
  const { firmId } = await registerFirm(admin, {
    profile: {
      nameLocal: name,
      nameEn: name,
      country: "VN",
      city: "Hanoi",
      employeeBand: "B50_249",
      descriptionEn: '=HYPERLINK("http://evil.example")\nsecond line of a description',
    },
  });
  await db.firm.update({ where: { id: firmId }, data: { status } });
  return { firmId, admin: (await loadActor(admin.userId))! };
}

beforeAll(async () => {
  process.env.OUTBOX_DIR = outbox;
  delete process.env.SMTP_URL;
  process.env.NEXTAUTH_SECRET ??= "a-test-secret-that-is-long-enough-0123456789";
  await clean();
});
beforeEach(() => {
  session.value = null;
});
afterAll(async () => {
  await clean();
  await db.$disconnect();
});

describe("email ownership", () => {
  it("sign-up answers the same for a new and a taken address; the owner of the taken one gets an email", async () => {
    const first = await signUp({
      displayName: "Phạm Thu Trang",
      email: address("trang"),
      password: PASSWORD,
      locale: "vi",
    });
    const second = await signUp({
      displayName: "Someone else",
      email: address("TRANG"),
      password: "Another-bridge-2026",
      locale: "en",
    });
    expect(second).toEqual(first);
    const users = await db.user.findMany({ where: { email: address("trang") } });
    expect(users.map((u) => u.displayName)).toEqual(["Phạm Thu Trang"]);
    expect(users[0]!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(mailsTo(address("trang")).map((m) => m.kind)).toEqual(["verifyEmail", "signUpExisting"]);
    // In the recipient's language (the account's, Vietnamese), whatever the second sign-up chose.
    expect(mailsTo(address("trang"))[1]!.subject).toContain("Kakehashi");
    expect(mailsTo(address("trang"))[1]!.text).toMatch(/Đã có tài khoản/);
  });

  it("ten simultaneous sign-ups with one address make one account; past three emails an hour, a wait", async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () =>
        signUp({ displayName: "Race", email: address("race"), password: PASSWORD, locale: "en" }),
      ),
    );
    expect(await db.user.count({ where: { email: address("race") } })).toBe(1);
    // The same answers whether the address was free or taken: sent, or "too many" (a limit per recipient).
    const answers = results.map((r) => (r.status === "fulfilled" ? "sent" : (r.reason as AppError).code));
    expect(answers.filter((a) => a === "sent")).toHaveLength(3);
    expect(answers.filter((a) => a === "RATE_LIMITED")).toHaveLength(7);
    expect(mailsTo(address("race"))).toHaveLength(3);
  });

  it("an unverified account holds no role and may do nothing but verify", async () => {
    const actor = await unverifiedUser("unverified");
    expect(actor.unverified).toBe(true);
    expect(allows(actor, { kind: "account" })).toBe(true);
    expect(allows(actor, { kind: "signedIn" })).toBe(false);
    // Even an organizer role or a membership stored on the account counts for nothing until it is verified.
    const vinasa = await db.organizingBody.findFirstOrThrow({ where: { code: "VINASA" } });
    await db.user.update({ where: { id: actor.userId }, data: { organizingBodyId: vinasa.id } });
    const reloaded = (await loadActor(actor.userId))!;
    expect(reloaded.organizingBodyId).toBeNull();
    expect(allows(reloaded, { kind: "organizer" })).toBe(false);
  });

  it("the link is stored hashed, works once, and a resend retires the earlier one", async () => {
    const actor = await unverifiedUser("links");
    const first = tokenOf(latestLink(address("links"), "verifyEmail"))!;
    const stored = await db.accountToken.findMany({ where: { userId: actor.userId } });
    expect(stored.map((t) => t.tokenHash)).toEqual([hashToken(first)]);
    expect(JSON.stringify(stored)).not.toContain(first);

    await resendVerification(actor);
    const second = tokenOf(latestLink(address("links"), "verifyEmail"))!;
    await expect(confirmEmail({ token: first })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    // Two clicks at the same moment: one verifies, the other finds the link used.
    const both = await Promise.allSettled([confirmEmail({ token: second }), confirmEmail({ token: second })]);
    expect(both.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((await loadActor(actor.userId))!.unverified).toBeUndefined();
    await expect(resendVerification((await loadActor(actor.userId))!)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(confirmEmail({ token: "not-a-token" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("a verification link expires after 24 hours", async () => {
    await unverifiedUser("expiring");
    const token = tokenOf(latestLink(address("expiring"), "verifyEmail"));
    await expect(confirmEmail({ token: token! }, new Date(Date.now() + 24 * 3600_000 + 1000))).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
  });

  it("the outbox summary organizers read leaves the link out", async () => {
    await unverifiedUser("summary");
    const summaries = (await import("@/lib/notifications/mailer")).readOutbox(500);
    const mine = (await summaries).filter((m) => m.to === address("summary"));
    expect(mine[0]!.text).not.toContain("token=");
  });
});

describe("password reset", () => {
  it("answers the same for unknown addresses and sends nothing there", async () => {
    await expect(requestPasswordReset({ email: address("nobody") })).resolves.toEqual({ email: address("nobody") });
    expect(mailsTo(address("nobody"))).toEqual([]);
  });

  it("one hour, once, hashed; the new password ends every session and clears the throttle", async () => {
    const actor = await verifiedUser("reset");
    await requestPasswordReset({ email: address("reset") });
    const token = tokenOf(latestLink(address("reset"), "passwordReset"))!;
    await expect(resetPassword({ token, password: "abcdefghijkl" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fields: { password: "errors.password.weakBecause.sequences" },
    });
    await expect(
      resetPassword({ token, password: "Hoan-Kiem-lake-2027" }, new Date(Date.now() + 3600_000 + 1000)),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await resetPassword({ token, password: "Hoan-Kiem-lake-2027" });
    await expect(resetPassword({ token, password: "Another-lake-2027" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });

    const after = (await loadActor(actor.userId))!;
    expect(after.sessionVersion).toBe(actor.sessionVersion + 1);
    expect((await checkSignIn({ email: address("reset"), password: PASSWORD, address: null })).kind).toBe("wrong");
    expect((await checkSignIn({ email: address("reset"), password: "Hoan-Kiem-lake-2027", address: null })).kind).toBe(
      "ok",
    );
    expect(mailsTo(address("reset")).map((m) => m.kind)).toContain("passwordChanged");
  });
});

describe("sessions end", () => {
  it("the guards refuse a session whose version is older than the user's, or past its lifetime", async () => {
    const { currentActor } = await import("@/lib/auth/guards");
    const actor = await verifiedUser("sessions");
    const now = Math.floor(Date.now() / 1000);
    session.value = { user: { id: actor.userId, sessionVersion: actor.sessionVersion, authAt: now } };
    expect((await currentActor())?.userId).toBe(actor.userId);

    const { sessionVersion } = await changePassword(actor, {
      currentPassword: PASSWORD,
      newPassword: "Long-Bien-bridge-1902",
    });
    expect(sessionVersion).toBe(actor.sessionVersion + 1);
    expect(await currentActor()).toBeNull();
    session.value = { user: { id: actor.userId, sessionVersion, authAt: now } };
    expect((await currentActor())?.userId).toBe(actor.userId);
    session.value = { user: { id: actor.userId, sessionVersion, authAt: now - 13 * 3600 } };
    expect(await currentActor()).toBeNull();
  });

  it("changing the password needs the current one and a strong new one", async () => {
    const actor = await verifiedUser("change");
    await expect(
      changePassword(actor, { currentPassword: "wrong-password-1", newPassword: "Long-Bien-bridge-1902" }),
    ).rejects.toMatchObject({ fields: { currentPassword: "errors.password.wrongCurrent" } });
    await expect(changePassword(actor, { currentPassword: PASSWORD, newPassword: "qwerty1234" })).rejects.toMatchObject(
      {
        fields: { newPassword: "errors.password.tooShort" },
      },
    );
  });

  it("a new email address is taken only once a link sent to it is opened; a taken one gets its owner a notice", async () => {
    const actor = await verifiedUser("mover");
    await requestEmailChange(actor, { newEmail: address("moved"), currentPassword: PASSWORD });
    expect((await loadActor(actor.userId))!.email).toBe(address("mover"));
    expect(mailsTo(address("mover")).at(-1)!.kind).toBe("emailChangeRequested");
    const result = await confirmEmail({ token: tokenOf(latestLink(address("moved"), "confirmNewEmail"))! });
    expect(result).toMatchObject({ changed: true, email: address("moved") });
    expect((await loadActor(actor.userId))!.email).toBe(address("moved"));

    await verifiedUser("owner");
    const moved = (await loadActor(actor.userId))!;
    await requestEmailChange(moved, { newEmail: address("owner"), currentPassword: PASSWORD });
    expect(mailsTo(address("owner")).at(-1)!.kind).toBe("signUpExisting");
    expect((await loadActor(actor.userId))!.email).toBe(address("moved"));
  });
});

describe("a throttle that holds", () => {
  it("of 40 parallel wrong passwords at most the limit are checked; the right one after them is refused", async () => {
    await verifiedUser("burst");
    const attempts = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        checkSignIn({ email: address("burst"), password: `wrong-guess-${i}`, address: "203.0.113.10" }),
      ),
    );
    const checked = attempts.filter((a) => a.kind === "wrong").length;
    expect(checked).toBe(ACCOUNT_POLICY.free);
    expect(attempts.filter((a) => a.kind === "throttled")).toHaveLength(40 - checked);
    const right = await checkSignIn({ email: address("burst"), password: PASSWORD, address: "203.0.113.10" });
    expect(right).toMatchObject({ kind: "throttled" });
    // Not a lock: the wait is short, and ends.
    expect((right as { retryAfterMs: number }).retryAfterMs).toBeLessThanOrEqual(ACCOUNT_POLICY.maxDelayMs);
    const later = new Date(Date.now() + ACCOUNT_POLICY.maxDelayMs + 1000);
    expect((await checkSignIn({ email: address("burst"), password: PASSWORD, address: null }, later)).kind).toBe("ok");
  });

  it("the right password among 40 parallel attempts is refused once the limit is reached before it", async () => {
    await verifiedUser("inside");
    const wrong = Array.from({ length: 39 }, (_, i) =>
      checkSignIn({ email: address("inside"), password: `wrong-guess-${i}`, address: "203.0.113.11" }),
    );
    // Sent once the first guesses have been reserved: inside the burst, past the limit.
    await Promise.race(wrong);
    await new Promise((r) => setTimeout(r, 50));
    const right = checkSignIn({ email: address("inside"), password: PASSWORD, address: "203.0.113.11" });
    const results = await Promise.all([...wrong, right]);
    expect(results.filter((r) => r.kind !== "throttled").length).toBeLessThanOrEqual(ACCOUNT_POLICY.free);
    expect(results.at(-1)!.kind).toBe("throttled");
  });

  it("the owner on a device they signed in on before is not slowed down by someone else's guessing", async () => {
    await verifiedUser("owner-device");
    const cookie = deviceCookieValue(address("owner-device"));
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        checkSignIn({ email: address("owner-device"), password: `guess-${i}`, address: "203.0.113.12" }),
      ),
    );
    expect(
      (await checkSignIn({ email: address("owner-device"), password: PASSWORD, address: "203.0.113.12" })).kind,
    ).toBe("throttled");
    expect(
      (
        await checkSignIn({
          email: address("owner-device"),
          password: PASSWORD,
          address: "203.0.113.12",
          deviceCookie: cookie,
        })
      ).kind,
    ).toBe("ok");
    // A device cookie signed for another account is worth nothing here.
    const foreign = deviceCookieValue(address("someone-else"));
    expect(
      (await checkSignIn({ email: address("owner-device"), password: PASSWORD, address: null, deviceCookie: foreign }))
        .kind,
    ).toBe("throttled");
  });

  it("tells the owner by email once when the failures reach the limit", async () => {
    await verifiedUser("notice", "ja");
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        checkSignIn({ email: address("notice"), password: `guess-${i}`, address: "203.0.113.13" }),
      ),
    );
    const notices = mailsTo(address("notice")).filter((m) => m.kind === "signInFailures");
    expect(notices).toHaveLength(1);
    expect(notices[0]!.text).toContain("5回");
  });

  it("the address limit counts the socket's address; a forged X-Forwarded-For neither bypasses nor blocks it", async () => {
    // Without a trusted proxy, every request from one socket is one address whatever its header says.
    const fromAttacker = (i: number) =>
      clientAddress(
        new Headers({ [PEER_ADDRESS_HEADER]: "203.0.113.20", "x-forwarded-for": `10.0.${i}.1` }),
        new Set(),
      );
    expect(new Set(Array.from({ length: 5 }, (_, i) => fromAttacker(i)))).toEqual(new Set(["203.0.113.20"]));
    const sprayed = [];
    for (let i = 0; i < ADDRESS_POLICY.free + 5; i++)
      sprayed.push(
        await checkSignIn({ email: address(`spray-${i}`), password: "Spray-password-2026", address: fromAttacker(i) }),
      );
    expect(sprayed.filter((r) => r.kind === "wrong")).toHaveLength(ADDRESS_POLICY.free);
    expect(sprayed.at(-1)!.kind).toBe("throttled");
    // The venue's address, which the attacker wrote in X-Forwarded-For, is not slowed down.
    await verifiedUser("venue");
    const venue = clientAddress(
      new Headers({ [PEER_ADDRESS_HEADER]: "203.0.113.21", "x-forwarded-for": "203.0.113.20" }),
      new Set(),
    );
    expect((await checkSignIn({ email: address("venue"), password: PASSWORD, address: venue })).kind).toBe("ok");
  }, 180_000);

  it("hashes from before (bcrypt) still sign in, and are replaced by Argon2id", async () => {
    const legacy = bcrypt.hashSync("Old-bcrypt-pass-2025", 10);
    const user = await db.user.create({
      data: { email: address("legacy"), displayName: "Legacy", passwordHash: legacy, emailVerifiedAt: new Date() },
    });
    expect(
      (await checkSignIn({ email: address("legacy"), password: "Old-bcrypt-pass-2025", address: null })).kind,
    ).toBe("ok");
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.passwordHash).toMatch(/^\$argon2id\$/);
    expect(
      (await checkSignIn({ email: address("legacy"), password: "Old-bcrypt-pass-2025", address: null })).kind,
    ).toBe("ok");
  });
});

describe("invitations are offers", () => {
  it("nobody joins without accepting; only the verified holder of the address accepts; the inviter sees the state only", async () => {
    const admin = await verifiedUser("inviter");
    const { firmId, admin: inviter } = await firmOf(admin, `Offer firm ${Date.now()}`);
    // An address with an account before the invitation, and one without.
    const existing = await verifiedUser("existing");
    expect(await inviteColleague(inviter, { firmId: firmId, email: address("existing") })).toBe("sent");
    expect(await inviteColleague(inviter, { firmId: firmId, email: address("newcomer") })).toBe("sent");
    await expect(inviteColleague(inviter, { firmId: firmId, email: address("newcomer") })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(mailsTo(address("newcomer")).map((m) => m.kind)).toEqual(["firmInvitation"]);
    expect(await db.membership.count({ where: { firmId, userId: existing.userId } })).toBe(0);

    // The newcomer signs up with the invited address: not a member, and nothing to accept until verified.
    const unverified = await unverifiedUser("newcomer");
    expect(await db.membership.count({ where: { firmId, userId: unverified.userId } })).toBe(0);
    expect(await invitationsForMe(unverified)).toEqual([]);
    const [offer] = await db.firmInvitation.findMany({ where: { firmId, email: address("newcomer") } });
    await expect(
      respondToInvitation(unverified, { invitationId: offer!.id, response: "accept" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    // Someone else, verified, cannot take it: not found, as for an offer that does not exist.
    await expect(respondToInvitation(existing, { invitationId: offer!.id, response: "accept" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    await confirmEmail({ token: tokenOf(latestLink(address("newcomer"), "verifyEmail"))! });
    const newcomer = (await loadActor(unverified.userId))!;
    expect((await invitationsForMe(newcomer)).map((i) => i.firmId)).toEqual([firmId]);
    await respondToInvitation(newcomer, { invitationId: offer!.id, response: "accept" });
    expect((await loadActor(newcomer.userId))!.memberships).toEqual([{ firmId, role: "ATTENDEE" }]);
    await expect(respondToInvitation(newcomer, { invitationId: offer!.id, response: "accept" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    const [existingOffer] = await db.firmInvitation.findMany({ where: { firmId, email: address("existing") } });
    await respondToInvitation(existing, { invitationId: existingOffer!.id, response: "decline" });
    expect(await db.membership.count({ where: { firmId, userId: existing.userId } })).toBe(0);

    const view = await invitationsOfFirm(inviter, firmId);
    expect(Object.fromEntries(view.map((i) => [i.email, i.state]))).toEqual({
      [address("newcomer")]: "accepted",
      [address("existing")]: "declined",
    });
    // The inviter's view carries the address and the state, never a name or whether an account exists.
    expect(JSON.stringify(view)).not.toContain("Người");
    // A declined offer may be made again.
    expect(await inviteColleague(inviter, { firmId: firmId, email: address("existing") })).toBe("sent");
    await expect(invitationsOfFirm(existing, firmId)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("an expired offer cannot be accepted and shows as expired", async () => {
    const admin = await verifiedUser("inviter2");
    const { firmId, admin: inviter } = await firmOf(admin, `Expiring firm ${Date.now()}`, "PENDING");
    const invitee = await verifiedUser("late");
    await inviteColleague(inviter, { firmId: firmId, email: address("late") });
    const later = new Date(Date.now() + 15 * 24 * 3600_000);
    const [offer] = await db.firmInvitation.findMany({ where: { firmId } });
    await expect(
      respondToInvitation(invitee, { invitationId: offer!.id, response: "accept" }, later),
    ).rejects.toBeInstanceOf(AppError);
    expect((await invitationsOfFirm(inviter, firmId, later))[0]!.state).toBe("expired");
    expect(await invitationsForMe(invitee, later)).toEqual([]);
  });
  it("an offer made for another caller (an imported firm's contact) carries its role and reaches the address in its own language", async () => {
    const admin = await verifiedUser("importer");
    const { firmId } = await firmOf(admin, `Imported firm ${Date.now()}`);
    // No account yet: the language the caller names. An account: the account's own language, whatever is named.
    const a = await offerFirmPlace({
      firmId,
      email: address("contact-new"),
      role: "FIRM_ADMIN",
      invitedById: admin.userId,
      locale: "ja",
    });
    const holder = await verifiedUser("contact-old", "vi");
    await offerFirmPlace({
      firmId,
      email: address("contact-old"),
      role: "FIRM_ADMIN",
      invitedById: admin.userId,
      locale: "ja",
    });
    const [toNew] = mailsTo(address("contact-new"));
    expect(toNew?.kind).toBe("firmAdminInvitation");
    expect(toNew?.links[0]).toContain("/ja/invitations");
    expect(latestLink(address("contact-old"), "firmAdminInvitation")).toContain("/vi/invitations");
    // Nobody joins by being offered; accepting gives the offered role.
    expect(await db.membership.count({ where: { firmId, userId: holder.userId } })).toBe(0);
    const [offer] = await db.firmInvitation.findMany({ where: { firmId, email: address("contact-old") } });
    await respondToInvitation(holder, { invitationId: offer!.id, response: "accept" });
    expect((await loadActor(holder.userId))!.memberships).toEqual([{ firmId, role: "FIRM_ADMIN" }]);
    // A member already, or an open offer: a conflict, not a second email.
    await expect(
      offerFirmPlace({ firmId, email: address("contact-old"), role: "ATTENDEE", invitedById: admin.userId }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      offerFirmPlace({ firmId, email: address("contact-new"), role: "FIRM_ADMIN", invitedById: admin.userId }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(a.invitationId).toBeTruthy();
  });
});

describe("exports, logos and bodies", () => {
  it("the firm export escapes a multi-line formula cell", async () => {
    const admin = await verifiedUser("csv");
    await firmOf(admin, `CSV firm ${Date.now()}`);
    const csv = await exportFirmsCsv(await demoActor("organizer.vinasa@demo.kakehashi.example"));
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")\nsecond line of a description"`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });

  it("a pending firm's logo is private and not stored by shared caches; an approved one's is public", async () => {
    const { GET } = await import("@/app/api/firms/[id]/logo/route");
    const admin = await verifiedUser("logo");
    const { firmId } = await firmOf(admin, `Logo firm ${Date.now()}`, "PENDING");
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
      "base64",
    );
    await db.firmLogo.create({ data: { firmId, mimeType: "image/png", data: png } });
    const params = { params: Promise.resolve({ id: firmId }) };
    const member = (await loadActor(admin.userId))!;
    session.value = {
      user: { id: member.userId, sessionVersion: member.sessionVersion, authAt: Math.floor(Date.now() / 1000) },
    };
    const pending = await GET(new Request("http://localhost/"), params);
    expect(pending.status).toBe(200);
    expect(pending.headers.get("cache-control")).toBe("private, no-store");
    session.value = null;
    expect((await GET(new Request("http://localhost/"), params)).status).toBe(404);
    await db.firm.update({ where: { id: firmId }, data: { status: "APPROVED" } });
    expect((await GET(new Request("http://localhost/"), params)).headers.get("cache-control")).toBe(
      "public, max-age=300",
    );
  });

  it("the sign-in callback and the import refuse oversized bodies before reading them", async () => {
    const { POST: auth } = await import("@/app/api/auth/[...nextauth]/route");
    const { NextRequest } = await import("next/server");
    const context = { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) };
    const declared = new NextRequest("http://localhost:3000/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "content-length": String(100 * 1024 * 1024) },
      body: "email=a",
    });
    expect((await auth(declared, context)).status).toBe(413);
    const streamed = new NextRequest("http://localhost:3000/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new ReadableStream({
        pull(c) {
          c.enqueue(new TextEncoder().encode("x".repeat(4096)));
        },
      }),
      duplex: "half",
    } as ConstructorParameters<typeof NextRequest>[1]);
    expect((await auth(streamed, context)).status).toBe(413);

    const { POST: importFirms } = await import("@/app/api/organizer/firms/import/route");
    const organizer = await demoActor("organizer.vinasa@demo.kakehashi.example");
    session.value = {
      user: { id: organizer.userId, sessionVersion: organizer.sessionVersion, authAt: Math.floor(Date.now() / 1000) },
    };
    const big = new Request("http://localhost:3000/api/organizer/firms/import", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(7 * 1024 * 1024) },
      body: "--x--",
    });
    expect((await importFirms(big, {})).status).toBe(413);
  });
});
