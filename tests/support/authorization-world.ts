// The people and firms the authorization matrix acts as, created for it and removed after it, so the matrix
// never changes the demo firms other tests read. Firm A has an administrator and an attendee; B is another
// firm's administrator (the outsider); C is a third firm, the partner in A's meetings, consortiums and tours.
import { db } from "@/lib/db";
import { loadActor, type LoadedActor } from "@/lib/auth/load-actor";
import { hashPassword } from "@/lib/auth/password";
import { registerFirm } from "@/lib/firms/save-firm-profile";
import { addSession, setTables } from "@/lib/event-setup/event-setup";
import { form } from "./form-data";
import { clearMatchingDay } from "@/prisma/seed/matching-day";

// The organizer is the event's admin; vetting and on-site are the least-privileged staff roles at the event.
// "unverified" is a signed-in account whose address is not verified yet: it may only verify it and sign out.
export const ROLES = [
  "anonymous",
  "unverified",
  "attendeeA",
  "adminA",
  "adminB",
  "organizer",
  "vetting",
  "onsite",
] as const;
export type Role = (typeof ROLES)[number];

export type World = {
  eventId: string;
  firmA: string;
  firmB: string;
  firmC: string;
  /** The signed-in people by role; the anonymous visitor has none. */
  as: Record<Exclude<Role, "anonymous">, LoadedActor>;
  adminC: LoadedActor;
  attendeeC: LoadedActor;
  slots: string[];
  capability: string;
  capability2: string;
  stamp: string;
};

export const MATRIX_EMAIL = "@matrix.kakehashi.test";
/** Every matrix person's password (the account actions ask for it). */
export const MATRIX_PASSWORD = "Ha-Long-bay-matrix-2026";
let matrixHash: Promise<string> | undefined;

export function firmProfile(name: string) {
  return {
    nameLocal: name,
    nameEn: name,
    country: "VN" as const,
    city: "Hanoi",
    employeeBand: "B50_249" as const,
    englishSpeakers: "5",
    descriptionEn: "A firm the authorization matrix acts for.",
    contacts: [{ name: "Matrix Contact", email: "contact@matrix.kakehashi.test" }],
  };
}

/** The same profile as form fields, as the profile form posts it. */
export function firmProfileForm(name: string, extra: Record<string, string> = {}): FormData {
  const { contacts, ...p } = firmProfile(name);
  return form({ ...p, "contacts.0.name": contacts[0]!.name, "contacts.0.email": contacts[0]!.email, ...extra });
}

async function person(tag: string, stamp: string, organizingBodyId: string | null = null, verified = true) {
  return db.user.create({
    data: {
      email: `${tag}.${stamp}${MATRIX_EMAIL}`,
      displayName: `Matrix ${tag}`,
      passwordHash: await (matrixHash ??= hashPassword(MATRIX_PASSWORD)),
      locale: "en",
      organizingBodyId,
      emailVerifiedAt: verified ? new Date() : null,
    },
  });
}

async function approvedFirm(admin: { id: string }, name: string, eventId: string, attendee?: { id: string }) {
  const actor = (await loadActor(admin.id))!;
  const { firmId } = await registerFirm(actor, { profile: firmProfile(name), eventId });
  await db.firm.update({ where: { id: firmId }, data: { status: "APPROVED" } });
  if (attendee) await db.membership.create({ data: { userId: attendee.id, firmId, role: "ATTENDEE" } });
  return firmId;
}

export async function createWorld(): Promise<World> {
  const stamp = Date.now().toString(36);
  const event = await db.event.findFirstOrThrow({ where: { isCurrent: true } });
  const vinasa = await db.organizingBody.findFirstOrThrow({ where: { code: "VINASA" } });
  const [adminA, attendeeA, adminB, adminC, attendeeC, organizer, vetter, onsite, unverified] = await Promise.all([
    person("admin-a", stamp),
    person("attendee-a", stamp),
    person("admin-b", stamp),
    person("admin-c", stamp),
    person("attendee-c", stamp),
    person("organizer", stamp, vinasa.id),
    // Vetting and on-site staff act for VINASA at the event (their staff row) without being members of the
    // body, so they may not create editions.
    person("vetting", stamp),
    person("onsite", stamp),
    // Holding an organizing body, an event admin's role and a membership it cannot use until its address is
    // verified.
    person("unverified", stamp, vinasa.id, false),
  ]);
  await db.eventStaff.createMany({
    data: [
      { eventId: event.id, userId: organizer.id, role: "EVENT_ADMIN", bodyId: vinasa.id },
      { eventId: event.id, userId: vetter.id, role: "VETTING", bodyId: vinasa.id },
      { eventId: event.id, userId: onsite.id, role: "ONSITE", bodyId: vinasa.id },
      { eventId: event.id, userId: unverified.id, role: "EVENT_ADMIN", bodyId: vinasa.id },
    ],
  });
  const firmA = await approvedFirm(adminA, `Matrix A ${stamp}`, event.id, attendeeA);
  // A membership of firm A that counts for nothing until the address is verified.
  await db.membership.create({ data: { userId: unverified.id, firmId: firmA, role: "FIRM_ADMIN" } });
  const firmB = await approvedFirm(adminB, `Matrix B ${stamp}`, event.id);
  const firmC = await approvedFirm(adminC, `Matrix C ${stamp}`, event.id, attendeeC);
  const load = async (u: { id: string }) => (await loadActor(u.id, event.id))!;
  const as = {
    unverified: await load(unverified),
    attendeeA: await load(attendeeA),
    adminA: await load(adminA),
    adminB: await load(adminB),
    organizer: await load(organizer),
    vetting: await load(vetter),
    onsite: await load(onsite),
  };

  await clearBoard(event.id);
  await clearMatchingDay(event.id, { setup: true });
  await addSession(as.organizer, {
    eventId: event.id,
    name: "Matrix morning",
    // A day still to come, so a publication can be undone (undo is refused once the matching day has started).
    date: `${new Date().getUTCFullYear() + 1}-02-04`,
    start: "09:00",
    end: "10:00",
    slotMinutes: 20,
  });
  await setTables(as.organizer, { eventId: event.id, count: 4 });
  const slots = (await db.slot.findMany({ where: { eventId: event.id }, orderBy: { startsAt: "asc" } })).map(
    (s) => s.id,
  );
  const [capability, capability2] = (
    await db.taxonomyNode.findMany({
      where: { kind: "CAPABILITY", children: { none: {} } },
      orderBy: { code: "asc" },
      take: 2,
    })
  ).map((n) => n.id);

  return {
    eventId: event.id,
    firmA,
    firmB,
    firmC,
    as,
    adminC: await load(adminC),
    attendeeC: await load(attendeeC),
    slots,
    capability: capability!,
    capability2: capability2!,
    stamp,
  };
}

/** Everything a case may have left on the matching day, the board and the tours; self-booking off again. */
export async function clearBoard(eventId: string) {
  await clearMatchingDay(eventId);
  await db.tourSeat.deleteMany({ where: { tour: { eventId } } });
  await db.tour.deleteMany({ where: { eventId } });
  await db.opportunity.deleteMany({ where: { eventId } });
  await db.challenge.deleteMany({ where: { eventId } });
  await db.event.update({
    where: { id: eventId },
    data: { selfBooking: false, meetingCapPerFirm: null, requestDeadline: null, onlineMeetings: false },
  });
}

/** Back to the world as created: between every call of the matrix, so no case sees another's leftovers. */
export async function resetWorld(w: World) {
  await clearBoard(w.eventId);
  // The emails and password checks the account cases cause are throttled per address; each call starts afresh.
  await db.signInThrottle.deleteMany({ where: { key: { contains: MATRIX_EMAIL } } });
  await db.matchingSession.deleteMany({ where: { eventId: w.eventId, name: { not: "Matrix morning" } } });
  await db.firm.update({ where: { id: w.firmA }, data: { status: "APPROVED" } });
}

export async function removeWorld(w: World) {
  await clearBoard(w.eventId);
  await clearMatchingDay(w.eventId, { setup: true });
  const users = await db.user.findMany({
    where: { email: { endsWith: MATRIX_EMAIL } },
    select: { id: true, memberships: { select: { firmId: true } } },
  });
  const firms = [...new Set(users.flatMap((u) => u.memberships.map((m) => m.firmId)))];
  await db.auditEntry.deleteMany({ where: { actorId: { in: users.map((u) => u.id) } } });
  await db.firm.deleteMany({ where: { id: { in: firms } } });
  await db.user.deleteMany({ where: { id: { in: users.map((u) => u.id) } } });
  await db.taxonomyNode.deleteMany({ where: { code: { startsWith: "matrix-" } } });
  await db.event.deleteMany({ where: { series: `matrix-${w.stamp}` } });
}
