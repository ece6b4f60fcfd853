// One definition of a request's state: after the request deadline, the dashboard, the dashboard's CSV, the firms'
// own request lists and the scheduler count the same pending, accepted, declined and expired requests.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import Papa from "papaparse";
import { db } from "@/lib/db";
import { loadActor, type LoadedActor } from "@/lib/auth/load-actor";
import { actOnMeetingRequest, createMeetingRequest, meetingRequestsOf } from "@/lib/meetings/meeting-requests";
import { saveMatchingSettings } from "@/lib/event-setup/event-setup";
import { loadSchedulingData } from "@/lib/event-setup/event-instance";
import { dashboard } from "@/lib/organizer/dashboard";
import { clearMatchingDay } from "@/prisma/seed/matching-day";
import en from "@/messages/en.json";
import { demoActor } from "../support/demo-actor";
import { request } from "../support/next-request";

vi.mock("next-auth", async (original) => (await import("../support/next-request")).nextAuth(await original()));
vi.mock("next/headers", async () => (await import("../support/next-request")).headers);

let organizer: LoadedActor, eventId: string;
let firms: { firmId: string; actor: LoadedActor }[];

beforeAll(async () => {
  organizer = await demoActor("organizer.vinasa@demo.kakehashi.example");
  eventId = (await db.event.findFirstOrThrow({ where: { isCurrent: true } })).id;
  await clearMatchingDay(eventId, { setup: true });
  const rows = await db.membership.findMany({
    where: {
      role: "FIRM_ADMIN",
      user: { email: { startsWith: "admin.0" } },
      firm: { status: "APPROVED", participations: { some: { eventId } } },
    },
    orderBy: { firmId: "asc" },
    take: 12,
  });
  firms = await Promise.all(rows.map(async (m) => ({ firmId: m.firmId, actor: (await loadActor(m.userId))! })));
});
afterAll(async () => {
  await clearMatchingDay(eventId, { setup: true });
  request.userId = null;
  await db.$disconnect();
});

describe("request states", () => {
  it("the dashboard, its CSV, the firms' lists and the scheduler agree after the deadline", async () => {
    // Twenty requests around twelve firms: some left pending, some accepted, declined or withdrawn.
    let n = 0;
    for (let i = 0; i < firms.length; i++)
      for (const j of [i + 1, i + 3]) {
        if (j >= firms.length) continue;
        const [a, b] = [firms[i]!, firms[j]!];
        const r = await createMeetingRequest(a.actor, { eventId, fromFirmId: a.firmId, toFirmId: b.firmId });
        const pick = n++ % 5;
        if (pick === 1 || pick === 2) await actOnMeetingRequest(b.actor, { requestId: r.id, action: "accept" });
        if (pick === 3) await actOnMeetingRequest(b.actor, { requestId: r.id, action: "decline" });
        if (pick === 4) await actOnMeetingRequest(a.actor, { requestId: r.id, action: "withdraw" });
      }
    // The deadline passes (set in the past: the pending ones are expired now, written or not).
    await saveMatchingSettings(organizer, { eventId, deadlineDate: "2026-01-02", deadlineTime: "09:00" });

    const fromDashboard = (await dashboard(organizer, eventId)).requests.byStatus;
    expect(fromDashboard.PENDING).toBe(0);
    expect(fromDashboard.EXPIRED).toBeGreaterThan(0);

    // The firms' lists: every request once (each appears in both firms' lists), with the state the firm sees.
    const seen = new Map<string, string>();
    for (const f of firms)
      for (const r of await meetingRequestsOf(f.actor, f.firmId, eventId)) {
        if (seen.has(r.id)) expect(seen.get(r.id)).toBe(r.status);
        seen.set(r.id, r.status);
      }
    const fromLists = { PENDING: 0, ACCEPTED: 0, DECLINED: 0, EXPIRED: 0, WITHDRAWN: 0 } as Record<string, number>;
    for (const status of seen.values()) fromLists[status]! += 1;
    expect(fromLists).toEqual(fromDashboard);

    // The CSV export, read back by its English labels.
    request.userId = organizer.userId;
    const { GET } = await import("@/app/api/organizer/dashboard/route");
    const response = await GET(new Request("http://localhost:3000/api/organizer/dashboard?locale=en"), {});
    expect(response.status).toBe(200);
    const parsed = Papa.parse<string[]>((await response.text()).replace(/^\uFEFF/, "")).data;
    const fromCsv = Object.fromEntries(
      (["PENDING", "ACCEPTED", "DECLINED", "EXPIRED", "WITHDRAWN"] as const).map((s) => [
        s,
        Number(parsed.find((row) => row[0] === en.dashboard.requests && row[1] === en.meetings.status[s])?.[2]),
      ]),
    );
    expect(fromCsv).toEqual(fromDashboard);

    // The scheduler considers exactly the accepted ones.
    expect((await loadSchedulingData(eventId)).requests).toHaveLength(fromDashboard.ACCEPTED);
  });
});
