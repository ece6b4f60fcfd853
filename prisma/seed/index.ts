// Seeds the demo: organizing bodies, two events, the sector taxonomy, firms with their staff, and the demo
// accounts of the README. Deterministic for a given --seed and --firms.
//   npm run db:seed                    only when the database holds no event yet
//   npm run db:seed -- --reset         wipe and seed again
//   npm run db:seed -- --firms 10000   the benchmark registry
//   npm run db:seed -- --bare          no matching day (sessions, tables, requests): what the tests start from
import "dotenv/config";
import seedrandom from "seedrandom";
import { parseArgs } from "node:util";
import { db } from "../../lib/db";
import { hashPassword } from "../../lib/auth/password";
import { DEMO_ACCOUNTS, DEMO_DOMAIN, DEMO_PASSWORD } from "./demo-accounts";
import { generateFirms, type GeneratedFirm } from "./generate-firms";
import { demoEditions, ORGANIZING_BODIES } from "./reference-data";
import { seedPastEdition } from "./past-edition";
import { syncTaxonomy } from "../../lib/taxonomy/sync-taxonomy";
import { personName } from "./people";
import { seedMatchingDay } from "./matching-day";
import { seedTours } from "./tours";
import { seedUnjoinedFirm } from "./unjoined-firm";
import { seedShowcase } from "./showcase";
import { ConceptIndex } from "../../lib/matching/concept-index";
import { readingColumns, readProfileTextLoaded } from "../../lib/matching/read-profile-text";
import { repositoryConcepts } from "../../lib/matching/taxonomy-concepts";
import { loadJapanese } from "../../lib/matching/text/japanese";

const CHUNK = 500;

async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

async function wipe() {
  // Children first; one transaction so a failed wipe leaves everything as it was.
  await db.$transaction([
    db.signInThrottle.deleteMany(),
    db.accountToken.deleteMany(),
    db.auditEntry.deleteMany(),
    db.badge.deleteMany(),
    db.pilotOrder.deleteMany(),
    db.challengeAnswer.deleteMany(),
    db.challenge.deleteMany(),
    db.consortiumNote.deleteMany(),
    db.consortiumMember.deleteMany(),
    db.opportunityRequirement.deleteMany(),
    db.opportunity.deleteMany(),
    db.notification.deleteMany(),
    db.tourSeat.deleteMany(),
    db.schedulerRun.deleteMany(),
    db.meetingOutcome.deleteMany(),
    db.firmSlotHold.deleteMany(),
    db.openSlot.deleteMany(),
    db.meeting.deleteMany(),
    db.meetingRequest.deleteMany(),
    db.tour.deleteMany(),
    db.firmUnavailability.deleteMany(),
    db.slot.deleteMany(),
    db.matchingSession.deleteMany(),
    db.meetingTable.deleteMany(),
    db.firmInvitation.deleteMany(),
    db.membership.deleteMany(),
    db.firmCapability.deleteMany(),
    db.firmMarket.deleteMany(),
    db.firmCertification.deleteMany(),
    db.firmRequiredCertification.deleteMany(),
    db.firmInterest.deleteMany(),
    db.firmTag.deleteMany(),
    db.firmContact.deleteMany(),
    db.firmLogo.deleteMany(),
    db.eventVettingRule.deleteMany(),
    db.eventStaff.deleteMany(),
    db.participation.deleteMany(),
    db.firmSector.deleteMany(),
    db.firm.deleteMany(),
    db.user.deleteMany(),
    db.eventOrganizer.deleteMany(),
    db.event.deleteMany(),
    db.taxonomyNode.deleteMany(),
    db.organizingBody.deleteMany(),
  ]);
}

export async function seed({
  firms: firmCount,
  seed: seedText,
  bare = false,
  now = new Date(),
}: {
  firms: number;
  seed: string;
  bare?: boolean;
  /** The day the demo is seeded: the upcoming editions are dated from it. */
  now?: Date;
}) {
  const random = seedrandom(`${seedText}:people`);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  // Every seeded address counts as proved, so the demo accounts sign in straight to their pages.
  const emailVerifiedAt = now;

  const bodies = new Map<string, string>();
  for (const body of ORGANIZING_BODIES) {
    const row = await db.organizingBody.create({ data: { ...body } });
    bodies.set(body.code, row.id);
  }
  const editions = demoEditions(now);
  const events = [];
  for (const {
    bodies: codes,
    startsAt,
    endsAt,
    requestDeadline,
    registrationClosesAt,
    kind: _kind,
    ...event
  } of editions) {
    events.push(
      await db.event.create({
        data: {
          ...event,
          startsAt: new Date(startsAt),
          endsAt: new Date(endsAt),
          requestDeadline: requestDeadline ? new Date(requestDeadline) : null,
          registrationClosesAt: registrationClosesAt ? new Date(registrationClosesAt) : null,
          organizers: { create: codes.map((code) => ({ bodyId: bodies.get(code)! })) },
          // New Vietnamese firms are vetted by VINASA, Japanese ones by JETRO; others by whoever is on duty.
          vettingRules: {
            create: [
              { country: "VN", bodyId: bodies.get("VINASA")! },
              { country: "JP", bodyId: bodies.get("JETRO")! },
            ],
          },
        },
      }),
    );
  }
  await syncTaxonomy(db);
  const nodeIds = new Map(
    (await db.taxonomyNode.findMany({ select: { code: true, id: true } })).map((n) => [n.code, n.id]),
  );

  const firms = generateFirms(firmCount, seedText);
  // Each firm's texts are read for the matching as a save would read them (about 2 ms a firm).
  await loadJapanese();
  const index = new ConceptIndex(repositoryConcepts());
  const readings = new Map(
    firms.map((f) => [
      f.id,
      readingColumns(
        readProfileTextLoaded(
          {
            descriptionEn: f.descriptionEn,
            descriptionJa: f.descriptionJa,
            descriptionVi: f.descriptionVi,
            tags: f.tags,
            offerNotes: f.offers.map((o) => o.note),
            seekNotes: f.seeks.map((s) => s.note),
          },
          index,
        ),
      ),
    ]),
  );
  await inChunks(firms, (chunk) =>
    db.firm.createMany({
      data: chunk.map(
        ({
          sectorCodes: _s,
          offers: _o,
          seeks: _k,
          markets: _m,
          certifications: _c,
          requiredCertifications: _r,
          tags: _t,
          contact: _p,
          intents: _i,
          ...firm
        }) => ({
          ...firm,
          ...readings.get(firm.id),
          vettedAt: firm.status === "PENDING" ? null : new Date("2026-01-15T03:00:00Z"),
          rejectionReason:
            firm.status === "REJECTED" ? "Not an IT company: please register the IT subsidiary instead." : null,
        }),
      ),
    }),
  );
  await inChunks(
    firms.flatMap((f) => f.sectorCodes.map((code) => ({ firmId: f.id, sectorId: nodeIds.get(code)! }))),
    (chunk) => db.firmSector.createMany({ data: chunk }),
  );
  await inChunks(
    firms.flatMap((f) => [
      ...f.offers.map((o) => ({
        firmId: f.id,
        nodeId: nodeIds.get(o.code)!,
        direction: "OFFER" as const,
        note: o.note,
      })),
      ...f.seeks.map((o) => ({ firmId: f.id, nodeId: nodeIds.get(o.code)!, direction: "SEEK" as const, note: o.note })),
    ]),
    (chunk) => db.firmCapability.createMany({ data: chunk }),
  );
  await inChunks(
    firms.flatMap((f) => f.markets.map((market) => ({ firmId: f.id, market }))),
    (chunk) => db.firmMarket.createMany({ data: chunk }),
  );
  await inChunks(
    firms.flatMap((f) => f.certifications.map((c) => ({ firmId: f.id, ...c }))),
    (chunk) => db.firmCertification.createMany({ data: chunk }),
  );
  await inChunks(
    firms.flatMap((f) => f.requiredCertifications.map((kind) => ({ firmId: f.id, kind }))),
    (chunk) => db.firmRequiredCertification.createMany({ data: chunk }),
  );
  await inChunks(
    firms.flatMap((f) => f.tags.map((tag) => ({ firmId: f.id, tag }))),
    (chunk) => db.firmTag.createMany({ data: chunk }),
  );
  await inChunks(
    firms.map((f) => ({ firmId: f.id, ...f.contact })),
    (chunk) => db.firmContact.createMany({ data: chunk }),
  );
  await inChunks(
    firms.flatMap((f) => f.intents.map((intent) => ({ firmId: f.id, intent }))),
    (chunk) => db.firmIntent.createMany({ data: chunk }),
  );

  // Registrations: every approved or pending firm for the upcoming edition (spread over the four weeks before
  // the seeding day); about two thirds of the approved ones took part in 2026; about a third for Tokyo.
  const [past, current, tokyo] = events;
  const registered = firms.filter((f) => f.status !== "REJECTED");
  const opens = now.getTime() - 28 * 86_400_000;
  const span = 27 * 86_400_000;
  const pastOpens = new Date("2025-12-01T02:00:00Z").getTime();
  const pastSpan = new Date("2026-01-31T10:00:00Z").getTime() - pastOpens;
  const pastFirmIds = new Set<string>();
  await inChunks(
    registered.flatMap((f, i) => {
      const rows = [
        {
          id: `seed-reg-a-${f.id}`,
          eventId: current!.id,
          firmId: f.id,
          registeredAt: new Date(opens + Math.floor((span * i) / registered.length)),
        },
      ];
      if (f.status === "APPROVED" && random() < 0.7) {
        pastFirmIds.add(f.id);
        rows.push({
          id: `seed-reg-p-${f.id}`,
          eventId: past!.id,
          firmId: f.id,
          registeredAt: new Date(pastOpens + Math.floor(pastSpan * random())),
        });
      }
      if (random() < 0.35)
        rows.push({
          id: `seed-reg-b-${f.id}`,
          eventId: tokyo!.id,
          firmId: f.id,
          registeredAt: new Date(opens + Math.floor(span * random())),
        });
      return rows;
    }),
    (chunk) => db.participation.createMany({ data: chunk }),
  );

  // Staff: an administrator for every firm and, in the demo-sized registry, an attendee too.
  const users: {
    id: string;
    email: string;
    displayName: string;
    locale: "en" | "ja" | "vi";
    passwordHash: string;
    emailVerifiedAt: Date;
  }[] = [];
  const memberships: { userId: string; firmId: string; role: "FIRM_ADMIN" | "ATTENDEE" }[] = [];
  const withAttendees = firmCount <= 2000;
  firms.forEach((firm, i) => {
    const n = String(i + 1).padStart(5, "0");
    const locale = firm.country === "VN" ? "vi" : "ja";
    users.push({
      id: `seed-user-a-${n}`,
      email: `admin.${n}@${DEMO_DOMAIN}`,
      displayName: personName(firm.country, random),
      locale,
      passwordHash,
      emailVerifiedAt,
    });
    memberships.push({ userId: `seed-user-a-${n}`, firmId: firm.id, role: "FIRM_ADMIN" });
    if (withAttendees) {
      users.push({
        id: `seed-user-b-${n}`,
        email: `attendee.${n}@${DEMO_DOMAIN}`,
        displayName: personName(firm.country, random),
        locale,
        passwordHash,
        emailVerifiedAt,
      });
      memberships.push({ userId: `seed-user-b-${n}`, firmId: firm.id, role: "ATTENDEE" });
    }
  });
  await inChunks(users, (chunk) => db.user.createMany({ data: chunk }));
  await inChunks(memberships, (chunk) => db.membership.createMany({ data: chunk }));

  await seedDemoAccounts(firms, bodies, passwordHash, emailVerifiedAt, events);
  await seedUnjoinedFirm({
    eventId: current!.id,
    invitedById: (await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.organizerVinasa.email } })).id,
    index,
    nodeIds,
    now,
  });
  // The demo accounts' firms took part in 2026, so their past agenda and outcomes are there to see.
  for (const f of [
    firms.find((f) => f.country === "VN" && f.status === "APPROVED")!,
    firms.find((f) => f.country === "JP" && f.status === "APPROVED")!,
  ])
    if (!pastFirmIds.has(f.id)) {
      pastFirmIds.add(f.id);
      await db.participation.create({
        data: { eventId: past!.id, firmId: f.id, registeredAt: new Date("2026-01-10T02:00:00Z") },
      });
    }
  // The tests start from a bare day (they set up sessions and requests themselves); the demo gets a full one.
  if (!bare) {
    const adminOf = new Map(memberships.filter((m) => m.role === "FIRM_ADMIN").map((m) => [m.firmId, m.userId]));
    await seedMatchingDay(current!, firms, seedText, (firmId) => adminOf.get(firmId)!, now);
    const organizer = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.organizerJetro.email } });
    await seedTours(current!, firms, organizer.id);
    await seedPastEdition(
      past!,
      firms.filter((f) => pastFirmIds.has(f.id)),
      seedText,
      (firmId) => adminOf.get(firmId)!,
      organizer.id,
    );
    await seedShowcase(current!, firms, (firmId) => adminOf.get(firmId)!);
  }
  return { firms: firms.length, users: users.length + Object.keys(DEMO_ACCOUNTS).length, events: events.length };
}

/**
 * The named accounts of the README, attached to the first approved Vietnamese and Japanese firms. The two
 * organizers are admins of every edition their body organizes; the on-site account is on-site staff (check-in
 * and meeting status) at the current edition only. Every one is seeded verified, so it signs in straight to its
 * pages.
 */
async function seedDemoAccounts(
  firms: GeneratedFirm[],
  bodies: Map<string, string>,
  passwordHash: string,
  emailVerifiedAt: Date,
  events: { id: string; isCurrent: boolean }[],
) {
  const vnFirm = firms.find((f) => f.country === "VN" && f.status === "APPROVED")!;
  const jpFirm = firms.find((f) => f.country === "JP" && f.status === "APPROVED")!;
  const a = DEMO_ACCOUNTS;
  const organizes = await db.eventOrganizer.findMany();
  for (const o of [a.organizerVinasa, a.organizerJetro]) {
    const bodyId = bodies.get(o.body)!;
    await db.user.create({
      data: {
        email: o.email,
        displayName: o.displayName,
        locale: o.locale,
        passwordHash,
        emailVerifiedAt,
        organizingBodyId: bodyId,
        staffRoles: {
          create: organizes
            .filter((e) => e.bodyId === bodyId)
            .map((e) => ({ eventId: e.eventId, role: "EVENT_ADMIN" as const, bodyId })),
        },
      },
    });
  }
  await db.user.create({
    data: {
      email: a.staffOnsite.email,
      displayName: a.staffOnsite.displayName,
      locale: a.staffOnsite.locale,
      passwordHash,
      emailVerifiedAt,
      // Not a member of the body: on-site staff act for VINASA at this edition only (their staff row), and may
      // not create editions or reach any organizer page but check-in and meeting status.
      staffRoles: {
        create: {
          eventId: events.find((e) => e.isCurrent)!.id,
          role: "ONSITE",
          bodyId: bodies.get(a.staffOnsite.body)!,
        },
      },
    },
  });
  const staff = [
    [a.adminVn, vnFirm, "FIRM_ADMIN"],
    [a.attendeeVn, vnFirm, "ATTENDEE"],
    [a.adminJp, jpFirm, "FIRM_ADMIN"],
    [a.attendeeJp, jpFirm, "ATTENDEE"],
  ] as const;
  for (const [account, firm, role] of staff) {
    await db.user.create({
      data: {
        email: account.email,
        displayName: account.displayName,
        locale: account.locale,
        passwordHash,
        emailVerifiedAt,
        memberships: { create: { firmId: firm.id, role } },
      },
    });
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      firms: { type: "string", default: "240" },
      seed: { type: "string", default: "kakehashi-2026" },
      reset: { type: "boolean", default: false },
      bare: { type: "boolean", default: false },
    },
  });
  const firms = Number(values.firms);
  if (!Number.isInteger(firms) || firms < 10 || firms > 100_000)
    throw new Error("--firms must be a whole number from 10 to 100000");
  if (!values.reset && (await db.event.count()) > 0) {
    const nodes = await syncTaxonomy(db);
    console.log(
      `seed: the database already holds an event; taxonomy synced (${nodes} nodes), nothing else seeded (use --reset to start over)`,
    );
    return;
  }
  const started = Date.now();
  await wipe();
  const result = await seed({ firms, seed: values.seed!, bare: values.bare });
  console.log(
    `seed: ${result.firms} firms, ${result.users} users, ${result.events} events in ${Date.now() - started} ms`,
  );
}

main()
  .catch((e) => {
    console.error(`seed failed: ${e instanceof Error ? e.message : e}`);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
