// Staff of an edition and imported firms' people (issue 17): an event admin offers an address a staff role,
// the holder of the address (verified) accepts and is staff with that role, nobody else can; role changes and
// removals are audited and the last event admin stays; an import offers each new firm's contact the firm's
// administrator place in the contact's language, the organizer sees the firms nobody has joined with the state
// of each offer (a failed send is 'bounced'), resends to a new address, and a firm leaves the list once joined.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor, type LoadedActor } from "@/lib/auth/load-actor";
import { readOutbox } from "@/lib/notifications/mailer";
import {
  changeStaffRole,
  inviteStaff,
  removeStaff,
  respondToStaffInvitation,
  staffOfEvent,
} from "@/lib/events/staff-invitations";
import { commitFirmImport, previewFirmImport } from "@/lib/firms/csv/import-firms";
import { firmsWithoutPeople, resendFirmOffer } from "@/lib/firms/firm-people";
import { respondToInvitation } from "@/lib/firms/invitations";
import { loadTaxonomy } from "@/lib/taxonomy/load-taxonomy";
import { demoActor } from "../support/demo-actor";

const MARK = `staff${Date.now().toString(36)}`;
const email = (name: string) => `${name}-${MARK}@example.com`;
let admin: LoadedActor, onsite: LoadedActor, eventId: string, vinasaId: string;

async function verifiedUser(address: string, locale: "en" | "ja" | "vi" = "en"): Promise<LoadedActor> {
  const user = await db.user.create({
    data: {
      email: address,
      displayName: address.split("@")[0]!,
      passwordHash: "x",
      locale,
      emailVerifiedAt: new Date(),
    },
  });
  return (await loadActor(user.id, eventId))!;
}

async function refusal(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    return e as { code: string; fields: Record<string, string> };
  }
  throw new Error("expected a refusal");
}

const mailTo = async (to: string) => (await readOutbox(500)).filter((m) => m.to === to);

beforeAll(async () => {
  process.env.OUTBOX_DIR = mkdtempSync(path.join(tmpdir(), "kakehashi-staff-"));
  admin = await demoActor("organizer.vinasa@demo.kakehashi.example");
  onsite = await demoActor("staff.onsite@demo.kakehashi.example");
  eventId = admin.staff!.eventId;
  vinasaId = (await db.organizingBody.findFirstOrThrow({ where: { code: "VINASA" } })).id;
});

afterAll(async () => {
  await db.firm.deleteMany({ where: { nameEn: { startsWith: MARK } } });
  await db.user.deleteMany({ where: { email: { endsWith: `-${MARK}@example.com` } } });
  await db.staffInvitation.deleteMany({ where: { email: { endsWith: `-${MARK}@example.com` } } });
  await db.$disconnect();
});

describe("staff of an edition", () => {
  it("an offer is accepted by the holder of the address only, and makes them staff with that role", async () => {
    const address = email("onsite-helper");
    const { invitationId } = await inviteStaff(admin, { eventId, email: address, role: "ONSITE", bodyId: vinasaId });
    const [mail] = await mailTo(address);
    expect(mail?.kind).toBe("staffInvitationOnsite");
    expect(mail?.text).toContain("/invitations");

    // The same open offer again, a malformed address, on-site staff inviting: refused, nothing stored.
    expect(
      (await refusal(inviteStaff(admin, { eventId, email: address, role: "ONSITE", bodyId: vinasaId }))).code,
    ).toBe("CONFLICT");
    const bad = await refusal(
      inviteStaff(admin, { eventId, email: "not an address", role: "ONSITE", bodyId: vinasaId }),
    );
    expect(bad.fields.email).toBeDefined();
    expect(
      (await refusal(inviteStaff(onsite, { eventId, email: email("x"), role: "EVENT_ADMIN", bodyId: vinasaId }))).code,
    ).toBe("FORBIDDEN");
    expect(await db.staffInvitation.count({ where: { email: { in: ["not an address", email("x")] } } })).toBe(0);

    // Someone else cannot take it.
    const other = await verifiedUser(email("other"));
    expect((await refusal(respondToStaffInvitation(other, { invitationId, response: "accept" }))).code).toBe(
      "NOT_FOUND",
    );

    const holder = await verifiedUser(address, "vi");
    expect(holder.staff).toBeNull();
    await respondToStaffInvitation(holder, { invitationId, response: "accept" });
    const reloaded = (await loadActor(holder.userId, eventId))!;
    expect(reloaded.staff?.role).toBe("ONSITE");
    expect(
      await db.auditEntry.count({ where: { action: "staff.accept", actorId: holder.userId, targetId: eventId } }),
    ).toBe(1);
    // Answered once: a second answer finds nothing.
    expect((await refusal(respondToStaffInvitation(holder, { invitationId, response: "accept" }))).code).toBe(
      "NOT_FOUND",
    );
  });

  it("role changes and removals are audited; the last event admin stays", async () => {
    const person = await verifiedUser(email("changing"));
    const row = await db.eventStaff.create({
      data: { eventId, userId: person.userId, role: "ONSITE", bodyId: vinasaId },
    });
    await changeStaffRole(admin, { eventId, staffId: row.id, role: "VETTING", bodyId: vinasaId });
    expect((await db.eventStaff.findUniqueOrThrow({ where: { id: row.id } })).role).toBe("VETTING");
    expect(
      await db.auditEntry.count({ where: { action: "staff.role", targetId: eventId, actorId: admin.userId } }),
    ).toBeGreaterThan(0);

    expect((await refusal(removeStaff(admin, { eventId, staffId: row.id }))).fields.form).toBe(
      "errors.staff.confirmRemove",
    );
    await removeStaff(admin, { eventId, staffId: row.id, confirmed: true });
    expect(await db.eventStaff.count({ where: { id: row.id } })).toBe(0);

    // A fresh edition with one admin: that admin can be neither demoted nor removed.
    const list = await staffOfEvent(admin, eventId);
    expect(list.staff.some((s) => s.user.id === admin.userId && s.role === "EVENT_ADMIN")).toBe(true);
    const admins = list.staff.filter((s) => s.role === "EVENT_ADMIN");
    const others = admins.filter((s) => s.user.id !== admin.userId).map((s) => s.id);
    // Take the others' admin rows away for a moment, so the demo admin is the last one.
    const saved = await db.eventStaff.findMany({ where: { id: { in: others } } });
    await db.eventStaff.deleteMany({ where: { id: { in: others } } });
    try {
      const mine = admins.find((s) => s.user.id === admin.userId)!.id;
      expect(
        (await refusal(changeStaffRole(admin, { eventId, staffId: mine, role: "ONSITE", bodyId: vinasaId }))).fields
          .form,
      ).toBe("errors.staff.lastAdmin");
      expect((await refusal(removeStaff(admin, { eventId, staffId: mine, confirmed: true }))).fields.form).toBe(
        "errors.staff.lastAdmin",
      );
    } finally {
      await db.eventStaff.createMany({ data: saved });
    }
  });
});

describe("imported firms get their people", () => {
  const csv = () =>
    [
      "name_local,name_en,country,city,employees,sectors,offers,description_en,contact_name,contact_email",
      `Công ty ${MARK} Việt,${MARK} Viet,VN,Da Nang,120,automotive,automotive-software,Embedded software for carmakers.,Nguyễn Văn A,${email("contact-vn")}`,
      `${MARK}株式会社,${MARK} Nihon,JP,Osaka,120,automotive,automotive-software,Parts maker outsourcing software.,山田太郎,${email("contact-jp")}`,
    ].join("\n");

  it("each new firm's contact gets an administrator offer in their language; accepting takes the firm off the list", async () => {
    const preview = await previewFirmImport(admin, csv(), await loadTaxonomy(), { eventId });
    expect(preview.issues).toEqual([]);
    const result = await commitFirmImport(admin, csv(), await loadTaxonomy(), {
      decisions: {},
      approve: true,
      eventId,
      inviteContacts: true,
    });
    expect(result.created).toBe(2);
    expect(result.invited).toBe(2);
    const [vn] = await mailTo(email("contact-vn"));
    const [jp] = await mailTo(email("contact-jp"));
    expect(vn?.kind).toBe("firmAdminInvitation");
    expect(vn?.locale).toBe("vi");
    expect(jp?.locale).toBe("ja");

    const listed = (await firmsWithoutPeople(admin, eventId)).filter((f) => f.nameEn.startsWith(MARK));
    expect(listed.map((f) => f.state).sort()).toEqual(["sent", "sent"]);

    // The Vietnamese contact signs up with the address, verifies it and accepts.
    const contact = await verifiedUser(email("contact-vn"), "vi");
    const offer = await db.firmInvitation.findFirstOrThrow({ where: { email: email("contact-vn") } });
    await respondToInvitation(contact, { invitationId: offer.id, response: "accept" });
    const member = await db.membership.findFirstOrThrow({ where: { userId: contact.userId } });
    expect(member.role).toBe("FIRM_ADMIN");
    const after = (await firmsWithoutPeople(admin, eventId)).filter((f) => f.nameEn.startsWith(MARK));
    expect(after.map((f) => f.nameEn)).toEqual([`${MARK} Nihon`]);
  });

  it("a failed send shows as bounced; a resend to a new address changes the contact", async () => {
    const firm = await db.firm.findFirstOrThrow({ where: { nameEn: `${MARK} Nihon` } });
    const smtp = process.env.SMTP_URL;
    process.env.SMTP_URL = "smtp://127.0.0.1:1";
    try {
      const r = await resendFirmOffer(admin, { eventId, firmId: firm.id, email: email("jp-new") });
      expect(r.delivered).toBe(false);
    } finally {
      if (smtp === undefined) delete process.env.SMTP_URL;
      else process.env.SMTP_URL = smtp;
    }
    let row = (await firmsWithoutPeople(admin, eventId)).find((f) => f.id === firm.id)!;
    expect(row.state).toBe("bounced");
    expect(row.contact?.email).toBe(email("jp-new"));

    const again = await resendFirmOffer(admin, { eventId, firmId: firm.id });
    expect(again.delivered).toBe(true);
    row = (await firmsWithoutPeople(admin, eventId)).find((f) => f.id === firm.id)!;
    expect(row.state).toBe("sent");
    expect((await mailTo(email("jp-new")))[0]?.locale).toBe("ja");

    const bad = await refusal(resendFirmOffer(admin, { eventId, firmId: firm.id, email: "nope" }));
    expect(bad.fields.email).toBeDefined();
    expect((await refusal(resendFirmOffer(onsite, { eventId, firmId: firm.id }))).code).toBe("FORBIDDEN");
  });

  it("a row's contact_language overrides the country's, for the offer and its resends", async () => {
    const text = [
      "name_local,name_en,country,city,employees,sectors,description_en,contact_name,contact_email,contact_language",
      `${MARK}ベトナム開発株式会社,${MARK} Viet Director,JP,Tokyo,40,automotive,Offshore development.,Trần Thị B,${email("director")},vi`,
    ].join("\n");
    const result = await commitFirmImport(admin, text, await loadTaxonomy(), {
      decisions: {},
      approve: true,
      eventId,
      inviteContacts: true,
    });
    expect(result.invited).toBe(1);
    expect((await mailTo(email("director"))).map((m) => m.locale)).toEqual(["vi"]);
    const firm = await db.firm.findFirstOrThrow({ where: { nameEn: `${MARK} Viet Director` } });
    await resendFirmOffer(admin, { eventId, firmId: firm.id });
    expect((await mailTo(email("director"))).map((m) => m.locale)).toEqual(["vi", "vi"]);
  });
});
