// The engine over the real registry: only approved firms, and a profile change shows on the next request.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { LoadedActor } from "@/lib/auth/load-actor";
import { registryEngine } from "@/lib/matching/registry-engine";
import { matchingOverview } from "@/lib/matching/matching-overview";
import { setInterest, interestsOf } from "@/lib/matching/interests";
import { recommendationsForFirm } from "@/lib/matching/recommendations-for-firm";
import { updateFirmProfile } from "@/lib/firms/save-firm-profile";
import { demoActor } from "../support/demo-actor";

let adminVn: LoadedActor, adminJp: LoadedActor, attendeeVn: LoadedActor;

beforeAll(async () => {
  [adminVn, adminJp, attendeeVn] = (await Promise.all(
    ["admin.vn", "admin.jp", "attendee.vn"].map((n) => demoActor(`${n}@demo.kakehashi.example`)),
  )) as [LoadedActor, LoadedActor, LoadedActor];
});
afterAll(async () => {
  const ids = [adminVn.memberships[0]!.firmId, adminJp.memberships[0]!.firmId];
  await db.firmInterest.deleteMany({ where: { OR: [{ fromFirmId: { in: ids } }, { toFirmId: { in: ids } }] } });
  await db.$disconnect();
});

describe("the registry's engine", () => {
  it("holds approved firms only", async () => {
    const engine = await registryEngine();
    const [approved, pending] = await Promise.all([
      db.firm.count({ where: { status: "APPROVED" } }),
      db.firm.findFirstOrThrow({ where: { status: "PENDING" } }),
    ]);
    expect(engine.size).toBe(approved);
    expect(engine.has(pending.id)).toBe(false);
    const firmId = adminJp.memberships[0]!.firmId;
    for (const r of engine.recommend(firmId)) expect(r.firmId).not.toBe(pending.id);
  });

  it("picks up a profile change on the next request", async () => {
    // A firm no other test relies on, edited by an organizer (who may edit any profile).
    const firm = await db.firm.findFirstOrThrow({
      where: { status: "APPROVED", country: "VN", members: { none: { user: { email: { startsWith: "admin.vn" } } } } },
      orderBy: { nameEn: "desc" },
    });
    const firmId = firm.id;
    const organizer = await demoActor("organizer.vinasa@demo.kakehashi.example");
    const nodes = await db.taxonomyNode.findMany({ where: { code: { in: ["ai-ocr", "chip-design"] } } });
    await registryEngine();
    await updateFirmProfile(organizer, {
      firmId,
      profile: {
        nameLocal: firm.nameLocal,
        nameEn: firm.nameEn,
        country: firm.country,
        city: firm.city,
        employeeBand: firm.employeeBand,
        descriptionEn: "We now look for chip design partners.",
        offers: [{ nodeId: nodes.find((n) => n.code === "ai-ocr")!.id, note: "" }],
        seeks: [{ nodeId: nodes.find((n) => n.code === "chip-design")!.id, note: "" }],
      },
    });
    const engine = await registryEngine();
    const seen = engine.firms().find((f) => f.id === firmId)!;
    expect(seen.seeks.map((s) => s.code)).toEqual(["chip-design"]);
    expect(seen.offers.map((s) => s.code)).toEqual(["ai-ocr"]);
  });
});

describe("the organizers' matching overview", () => {
  it("is kept per registry version and follows a change on the next view", async () => {
    const organizer = await demoActor("organizer.vinasa@demo.kakehashi.example");
    const firm = await db.firm.findFirstOrThrow({
      where: { status: "APPROVED", country: "JP", members: { none: { user: { email: { startsWith: "admin.jp" } } } } },
      orderBy: { nameEn: "desc" },
    });
    const before = await matchingOverview(organizer);
    expect(before.firms).toBe(await db.firm.count({ where: { status: "APPROVED" } }));
    expect(await matchingOverview(organizer)).toEqual(before);
    try {
      await db.firm.update({ where: { id: firm.id }, data: { status: "PENDING" } });
      expect((await matchingOverview(organizer)).firms).toBe(before.firms - 1);
    } finally {
      await db.firm.update({ where: { id: firm.id }, data: { status: "APPROVED" } });
    }
    expect((await matchingOverview(organizer)).firms).toBe(before.firms);
  });
});

describe("interests", () => {
  it("two firms interested in each other are a mutual match", async () => {
    const vn = adminVn.memberships[0]!.firmId;
    const jp = adminJp.memberships[0]!.firmId;
    expect(await setInterest(adminVn, { fromFirmId: vn, toFirmId: jp, interested: "yes" })).toEqual({ mutual: false });
    expect(await setInterest(adminJp, { fromFirmId: jp, toFirmId: vn, interested: "yes" })).toEqual({ mutual: true });
    expect((await interestsOf(vn)).mutual.has(jp)).toBe(true);
    const page = await recommendationsForFirm(attendeeVn, vn, {});
    expect(page.mutual.map((f) => f.id)).toContain(jp);
  });

  it("only a member answers for a firm, and only about approved firms", async () => {
    const vn = adminVn.memberships[0]!.firmId;
    const jp = adminJp.memberships[0]!.firmId;
    await expect(setInterest(adminJp, { fromFirmId: vn, toFirmId: jp, interested: "yes" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const pending = await db.firm.findFirstOrThrow({ where: { status: "PENDING" } });
    await expect(
      setInterest(adminVn, { fromFirmId: vn, toFirmId: pending.id, interested: "yes" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setInterest(adminVn, { fromFirmId: vn, toFirmId: vn, interested: "yes" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(recommendationsForFirm(adminJp, vn, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("a firm marked not interested leaves the list, and comes back when asked", async () => {
    const jp = adminJp.memberships[0]!.firmId;
    const first = (await recommendationsForFirm(adminJp, jp, {})).recommendations[0]!.firmId;
    await setInterest(adminJp, { fromFirmId: jp, toFirmId: first, interested: "no" });
    expect((await recommendationsForFirm(adminJp, jp, {})).recommendations.map((r) => r.firmId)).not.toContain(first);
    expect(
      (await recommendationsForFirm(adminJp, jp, { showDismissed: "1" })).recommendations.map((r) => r.firmId),
    ).toContain(first);
  });
});
