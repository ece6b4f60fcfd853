// Bid consortiums and the challenge board against the database: confidentiality, the lead's rights, one
// membership per firm, coverage after invitations are accepted, suggestions for what is open; answers private
// to the poster, pilot orders only on shortlisted answers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor, type LoadedActor } from "@/lib/auth/load-actor";
import {
  answerInvitation,
  addNote,
  coverageOf,
  createOpportunity,
  inviteToConsortium,
  notesOf,
  opportunitiesFor,
  opportunityFor,
  partnerSuggestions,
  setOpportunityStatus,
  setRequirements,
  type OpportunityFields,
} from "@/lib/consortiums/opportunities";
import {
  answerChallenge,
  boardCounts,
  challengeFor,
  postChallenge,
  recordPilotOrder,
  setShortlisted,
} from "@/lib/challenges/challenges";
import { demoActor } from "../support/demo-actor";

let organizer: LoadedActor, adminVn: LoadedActor, adminJp: LoadedActor, eventId: string, jp: string;

async function reset() {
  await db.opportunity.deleteMany({ where: { eventId } });
  await db.challenge.deleteMany({ where: { eventId } });
}

/** Two Vietnamese firms (with their administrators) each offering a capability the other and the lead do not. */
async function partners() {
  const leadOffers = new Set(
    (await db.firmCapability.findMany({ where: { firmId: jp, direction: "OFFER" } })).map((c) => c.nodeId),
  );
  const admins = await db.membership.findMany({
    where: {
      role: "FIRM_ADMIN",
      firm: { status: "APPROVED", country: "VN", id: { not: adminVn.memberships[0]!.firmId } },
      user: { email: { startsWith: "admin.0" } },
    },
    orderBy: { firmId: "asc" },
    take: 30,
  });
  const picked: { firmId: string; actor: LoadedActor; capabilityId: string }[] = [];
  for (const m of admins) {
    // Leaves of the tree, so the lead cannot cover them through a narrower capability of its own.
    const offers = await db.firmCapability.findMany({
      where: { firmId: m.firmId, direction: "OFFER", node: { children: { none: {} } } },
      orderBy: { nodeId: "asc" },
    });
    const own = offers.find((o) => !leadOffers.has(o.nodeId) && !picked.some((p) => p.capabilityId === o.nodeId));
    if (own) picked.push({ firmId: m.firmId, actor: (await loadActor(m.userId))!, capabilityId: own.nodeId });
    if (picked.length === 2) break;
  }
  return picked;
}

beforeAll(async () => {
  organizer = await demoActor("organizer.vinasa@demo.kakehashi.example");
  adminVn = await demoActor("admin.vn@demo.kakehashi.example");
  adminJp = await demoActor("admin.jp@demo.kakehashi.example");
  eventId = (await db.event.findFirstOrThrow({ where: { isCurrent: true } })).id;
  jp = adminJp.memberships[0]!.firmId;
  await reset();
});
afterAll(async () => {
  await reset();
  await db.$disconnect();
});

const base = (over: Partial<OpportunityFields> = {}): OpportunityFields => ({
  leadFirmId: jp,
  title: "Smart city platform for Bangkok",
  region: "ASEAN",
  country: "Thailand",
  clientType: "GOVERNMENT",
  budgetBand: "M2_10",
  languages: ["en", "ja"],
  visibility: "CONFIDENTIAL",
  requirements: [],
  ...over,
});

describe("bid consortiums", () => {
  it("a confidential opportunity: invited firms and organizers see it, others get not found; only the lead changes it; a firm joins once", async () => {
    await reset();
    const [p1, p2] = await partners();
    expect(p2).toBeDefined();
    const nobody = (
      await db.taxonomyNode.findFirstOrThrow({
        where: { kind: "CAPABILITY", children: { none: {} }, offeredOrSought: { none: { direction: "OFFER" } } },
      })
    ).id;
    const requirements = [
      { capabilityId: p1!.capabilityId, mustHave: true, weight: 5 },
      { capabilityId: p2!.capabilityId, mustHave: true, weight: 3 },
      { capabilityId: nobody, mustHave: false, weight: 1 },
    ];
    await expect(createOpportunity(adminVn, { eventId, ...base({ requirements }) })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      createOpportunity(adminJp, { eventId, ...base({ requirements: [], title: "" }) }),
    ).rejects.toMatchObject({
      fields: { title: "errors.required", requirements: "errors.consortium.requirements" },
    });
    const o = await createOpportunity(adminJp, { eventId, ...base({ requirements }) });

    await expect(opportunityFor(adminVn, o.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await opportunitiesFor(adminVn, eventId)).map((x) => x.id)).not.toContain(o.id);
    expect((await opportunityFor(organizer, o.id)).id).toBe(o.id);

    // Suggestions cover what is open, each explained by what it adds.
    const { suggestions } = await partnerSuggestions(adminJp, o.id);
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.flatMap((s) => s.covers).length).toBeGreaterThanOrEqual(2);
    await expect(partnerSuggestions(p1!.actor, o.id)).rejects.toMatchObject({ code: "NOT_FOUND" });

    await inviteToConsortium(adminJp, { opportunityId: o.id, firmId: p1!.firmId, role: "DELIVERY" });
    await inviteToConsortium(adminJp, { opportunityId: o.id, firmId: p2!.firmId, role: "TECHNOLOGY" });
    await expect(
      inviteToConsortium(adminJp, { opportunityId: o.id, firmId: p1!.firmId, role: "LOCAL" }),
    ).rejects.toMatchObject({ fields: { form: "errors.consortium.alreadyMember" } });
    await expect(
      inviteToConsortium(p1!.actor, { opportunityId: o.id, firmId: adminVn.memberships[0]!.firmId, role: "LOCAL" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    // Invited firms see it and answer; notes are for accepted members.
    const seen = await opportunityFor(p1!.actor, o.id);
    await expect(addNote(p1!.actor, { opportunityId: o.id, body: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    for (const p of [p1!, p2!])
      await answerInvitation(p.actor, { memberId: seen.members.find((m) => m.firmId === p.firmId)!.id, accept: true });
    await expect(
      answerInvitation(p1!.actor, { memberId: seen.members.find((m) => m.firmId === p1!.firmId)!.id, accept: false }),
    ).rejects.toMatchObject({ fields: { form: "errors.consortium.answered" } });

    const rows = await coverageOf(await opportunityFor(adminJp, o.id));
    expect(rows.filter((r) => r.requirement.mustHave).every((r) => r.coveredBy.length > 0)).toBe(true);
    expect(rows.find((r) => r.requirement.capabilityId === nobody)!.coveredBy).toEqual([]);

    await addNote(p2!.actor, { opportunityId: o.id, body: "We can staff 12 engineers from March." });
    expect((await notesOf(adminJp, o.id)).map((n) => n.body)).toEqual(["We can staff 12 engineers from March."]);
    await expect(notesOf(adminVn, o.id)).rejects.toMatchObject({ code: "NOT_FOUND" });

    // Only the lead changes requirements and status, along the status flow.
    await expect(setRequirements(p1!.actor, { opportunityId: o.id, requirements: requirements })).rejects.toMatchObject(
      { code: "FORBIDDEN" },
    );
    await expect(setOpportunityStatus(p1!.actor, { opportunityId: o.id, status: "READY" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(setOpportunityStatus(adminJp, { opportunityId: o.id, status: "WON" })).rejects.toMatchObject({
      fields: { form: "errors.consortium.status" },
    });
    await setOpportunityStatus(adminJp, { opportunityId: o.id, status: "READY" });
    await setRequirements(adminJp, { opportunityId: o.id, requirements: requirements.slice(0, 2) });
    expect(await db.opportunityRequirement.count({ where: { opportunityId: o.id } })).toBe(2);
    await expect(
      setRequirements(adminJp, { opportunityId: o.id, requirements: [requirements[0]!, requirements[0]!] }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    expect(await db.opportunityRequirement.count({ where: { opportunityId: o.id } })).toBe(2);
  });
});

describe("the challenge board", () => {
  it("answers are private to the poster, one per firm; pilot orders only on shortlisted answers; organizers count", async () => {
    await reset();
    const [p1, p2] = await partners();
    await expect(
      postChallenge(adminVn, {
        eventId,
        firmId: jp,
        titleEn: "t",
        descriptionEn: "d",
        budgetBand: "K100_500",
        languages: ["ja"],
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const c = await postChallenge(adminJp, {
      eventId,
      firmId: jp,
      titleEn: "Paper invoices in 40 branches",
      descriptionEn: "We still key in supplier invoices by hand.",
      budgetBand: "K100_500",
      languages: ["ja", "en"],
    });
    const a1 = await answerChallenge(p1!.actor, {
      challengeId: c.id,
      firmId: p1!.firmId,
      body: "OCR + RPA pipeline, pilot in 4 weeks.",
    });
    await answerChallenge(p2!.actor, {
      challengeId: c.id,
      firmId: p2!.firmId,
      body: "e-invoicing platform integration.",
    });
    await expect(
      answerChallenge(p1!.actor, { challengeId: c.id, firmId: p1!.firmId, body: "again" }),
    ).rejects.toMatchObject({ fields: { form: "errors.challenge.alreadyAnswered" } });
    await expect(answerChallenge(adminJp, { challengeId: c.id, firmId: jp, body: "own" })).rejects.toMatchObject({
      fields: { form: "errors.challenge.own" },
    });

    expect((await challengeFor(adminJp, c.id)).answers).toHaveLength(2);
    expect((await challengeFor(p1!.actor, c.id)).answers.map((a) => a.firmId)).toEqual([p1!.firmId]);
    await expect(
      recordPilotOrder(adminJp, {
        answerId: a1.id,
        scope: "4 branches",
        valueBand: "UNDER_100K",
        orderedOn: "2026-02-04",
      }),
    ).rejects.toMatchObject({ fields: { form: "errors.challenge.shortlistFirst" } });
    await expect(setShortlisted(p1!.actor, { answerId: a1.id, shortlisted: true })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await setShortlisted(adminJp, { answerId: a1.id, shortlisted: true });
    await recordPilotOrder(adminJp, {
      answerId: a1.id,
      scope: "4 branches, 3 months",
      valueBand: "UNDER_100K",
      orderedOn: "2026-02-04",
    });
    await expect(
      recordPilotOrder(adminJp, { answerId: a1.id, scope: "again", valueBand: "UNDER_100K", orderedOn: "2026-02-04" }),
    ).rejects.toMatchObject({ fields: { form: "errors.challenge.alreadyOrdered" } });
    await expect(boardCounts(adminJp, eventId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await boardCounts(organizer, eventId)).toMatchObject({ challenges: 1, answers: 2, pilots: 1 });
  });
});
