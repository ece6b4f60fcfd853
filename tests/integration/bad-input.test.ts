// Bad input at every form and API: each case of the authorization matrix, called as a role allowed to use it,
// with its form fields swapped for generated bad values (wrong types, huge strings, control characters, mixed
// scripts, out-of-range dates and numbers, unknown ids). Whatever arrives, the answer is done or a refusal
// with messages the pages can translate, never a crash (a 500), and a refusal leaves what is stored as it was.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import en from "@/messages/en.json";
import { CASES } from "../support/authorization-cases";
import { createWorld, removeWorld, resetWorld, type World } from "../support/authorization-world";
import { formValues, type FieldValue } from "../support/form-data";
import { observe, request } from "../support/next-request";
import * as icsRoute from "@/app/api/agenda/ics/route";
import * as logoRoute from "@/app/api/firms/[id]/logo/route";
import * as rosterRoute from "@/app/api/tours/[id]/roster/route";
import * as importRoute from "@/app/api/organizer/firms/import/route";

vi.mock("next-auth", async (original) => (await import("../support/next-request")).nextAuth(await original()));
vi.mock("next/navigation", async () => (await import("../support/next-request")).navigation);
vi.mock("next/cache", async () => (await import("../support/next-request")).cache);
vi.mock("next/headers", async () => (await import("../support/next-request")).headers);
vi.mock("next-intl/server", async () => (await import("../support/next-request")).intlServer);

const RUNS = Number(process.env.BAD_INPUT_RUNS ?? 8);

/** Values no page would send. */
const badString = fc.oneof(
  fc.constant(""),
  fc.constant(" "),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("\u0000", "a\u0007b", "\u202e\u200b", "\ud800", "line\r\nbreak\ttab"),
  fc.constantFrom("自動車 phần mềm ソフト Ｓｏｆｔ 😀", "Đà Nẵng — 東京", "ｱｲｳ", "ı̇"),
  fc.constantFrom("x".repeat(100_000), "漢".repeat(20_000)),
  fc.constantFrom("2026-02-30", "2026-13-01", "0000-00-00", "99999-01-01", "1969-12-31", "25:61", "24:00", "-1:00"),
  fc.constantFrom("-1", "0", "1e309", "NaN", "Infinity", "99999999999999999999", "3.5", "0x10", "１２"),
  fc.constantFrom(
    "cm0000000000000000000000",
    "does-not-exist",
    "../../etc/passwd",
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "{}",
    "[]",
    "null",
    "undefined",
    "true",
  ),
);
const badValue: fc.Arbitrary<FieldValue | FieldValue[]> = fc.oneof(
  { weight: 6, arbitrary: badString },
  { weight: 1, arbitrary: fc.array(badString, { minLength: 2, maxLength: 4 }) },
  {
    weight: 1,
    arbitrary: fc
      .uint8Array({ maxLength: 64 })
      .map((bytes) => new File([bytes], "x.bin", { type: "application/octet-stream" })),
  },
);
/** A swap for every field of the form: a bad value for some fields, the page's own for the rest. */
const swaps = fc
  .array(fc.option(badValue, { nil: undefined, freq: 3 }), { minLength: 8, maxLength: 8 })
  .filter((picks) => picks.some((p) => p !== undefined));

function hash(s: string): number {
  let h = 7;
  for (const c of s) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h;
}

/** What must not change when a request is refused: every table's rows, and the rows the cases act on. */
async function fingerprint(w: World): Promise<string> {
  const counts = await Promise.all([
    db.firm.count(),
    db.user.count(),
    db.membership.count(),
    db.firmInvitation.count(),
    db.firmContact.count(),
    db.firmCapability.count(),
    db.firmInterest.findMany({
      orderBy: [{ fromFirmId: "asc" }, { toFirmId: "asc" }],
      select: { fromFirmId: true, toFirmId: true, interested: true },
    }),
    db.meetingRequest.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true } }),
    db.meeting.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, slotId: true, tableId: true } }),
    db.meetingOutcome.count(),
    db.firmSlotHold.count(),
    db.openSlot.count(),
    db.firmUnavailability.count(),
    db.matchingSession.count(),
    db.slot.count(),
    db.meetingTable.findMany({ orderBy: { number: "asc" }, select: { number: true, interpreter: true } }),
    db.tour.findMany({ orderBy: { id: "asc" } }),
    db.tourSeat.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true } }),
    db.opportunity.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true } }),
    db.opportunityRequirement.count(),
    db.consortiumMember.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true } }),
    db.consortiumNote.count(),
    db.challenge.count(),
    db.challengeAnswer.findMany({ orderBy: { id: "asc" }, select: { id: true, shortlisted: true } }),
    db.pilotOrder.count(),
    db.taxonomyNode.count(),
    db.badge.count({ where: { checkedInAt: { not: null } } }),
    db.event.findUniqueOrThrow({ where: { id: w.eventId } }),
    db.firm.findUniqueOrThrow({
      where: { id: w.firmA },
      include: { contacts: true, sectors: true, capabilities: true },
    }),
    db.user.findMany({
      where: { id: { in: Object.values(w.as).map((a) => a.userId) } },
      orderBy: { id: "asc" },
      select: { id: true, locale: true },
    }),
  ]);
  return JSON.stringify(counts, (_k, v) => (typeof v === "bigint" ? String(v) : v));
}

/** The message keys a refusal shows must exist, so the page can say what was wrong in the reader's language. */
function known(key: string): boolean {
  let node: unknown = en;
  for (const part of key.split("."))
    node = node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === "string";
}

let world: World;
beforeAll(async () => {
  process.env.OUTBOX_DIR ??= `${process.cwd()}/var/test-outbox`;
  world = await createWorld();
}, 120_000);
afterAll(async () => {
  formValues.swap = null;
  request.userId = null;
  if (world) await removeWorld(world);
  await db.$disconnect();
});

describe("bad input at every form", () => {
  for (const c of CASES) {
    // A case nobody may use (a guessed calendar token) has no form to vary: the matrix checks its refusal.
    if (c.allowed.length === 0) continue;
    const role = c.allowed.find((r) => r !== "anonymous") ?? c.allowed[0]!;
    it(`${c.target}${c.op ? ` (${c.op})` : ""} as ${role}`, async () => {
      await fc.assert(
        fc.asyncProperty(swaps, async (picks) => {
          await resetWorld(world);
          const given = c.given ? await c.given(world) : undefined;
          const before = await fingerprint(world);
          formValues.swap = (key, value) => picks[hash(key) % picks.length] ?? value;
          request.userId = role === "anonymous" ? null : world.as[role].userId;
          try {
            const { outcome, messages } = await observe(() => c.act(world, given));
            expect(outcome === "ok" || outcome === "refused", outcome).toBe(true);
            if (outcome === "refused") {
              expect(await fingerprint(world)).toBe(before);
              for (const m of messages) expect(known(m), `message key ${m}`).toBe(true);
            }
          } finally {
            formValues.swap = null;
            request.userId = null;
          }
        }),
        { numRuns: RUNS },
      );
    }, 120_000);
  }
});

describe("bad input at the APIs", () => {
  const organizer = () => world.as.organizer.userId;

  it("unknown or malformed ids in paths and queries are a 4xx", async () => {
    await fc.assert(
      fc.asyncProperty(badString, async (id) => {
        request.userId = organizer();
        try {
          const q = encodeURIComponent(Buffer.from(id).toString());
          const responses = [
            await icsRoute.GET(new Request(`http://localhost:3000/api/agenda/ics?firm=${q}&locale=${q}`), {}),
            await logoRoute.GET(new Request("http://localhost:3000/api/firms/x/logo"), {
              params: Promise.resolve({ id }),
            }),
            await rosterRoute.GET(new Request("http://localhost:3000/api/tours/x/roster"), {
              params: Promise.resolve({ id }),
            }),
          ];
          for (const r of responses) {
            expect(r.status).toBeGreaterThanOrEqual(400);
            expect(r.status).toBeLessThan(500);
          }
        } finally {
          request.userId = null;
        }
      }),
      { numRuns: RUNS * 3 },
    );
  });

  it("the CSV import answers any upload (bytes, options, decisions) with a preview, a result or a 4xx, and never writes a bad file", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 2000 }),
          fc.string({ unit: "binary", maxLength: 2000 }).map((s) => new TextEncoder().encode(s)),
          fc.constant(new Uint8Array([0xef, 0xbb, 0xbf, 0x2c, 0x0a])),
        ),
        fc.constantFrom("preview", "commit", "", "delete", "PREVIEW"),
        fc.oneof(fc.constant("{}"), fc.constant("not json"), fc.json(), fc.constant('{"1":"update","x":"skip"}')),
        async (bytes, mode, decisions) => {
          await resetWorld(world);
          const before = await db.firm.count();
          const body = new FormData();
          body.set("file", new File([bytes], "firms.csv", { type: "text/csv" }));
          body.set("mode", mode);
          body.set("decisions", decisions);
          request.userId = organizer();
          try {
            const { outcome } = await observe(() =>
              importRoute.POST(
                new Request("http://localhost:3000/api/organizer/firms/import", { method: "POST", body }),
                {},
              ),
            );
            expect(outcome === "ok" || outcome === "refused", outcome).toBe(true);
            if (outcome === "refused" || mode !== "commit") expect(await db.firm.count()).toBe(before);
          } finally {
            request.userId = null;
          }
        },
      ),
      { numRuns: RUNS * 3 },
    );
  });
});
