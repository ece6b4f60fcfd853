import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { LoadedActor } from "@/lib/auth/load-actor";
import { actOnMeetingRequest, createMeetingRequest, meetingRequestsOf } from "@/lib/meetings/meeting-requests";
import { demoActor } from "../support/demo-actor";

let adminVn: LoadedActor, adminJp: LoadedActor, attendeeJp: LoadedActor, eventId: string, vn: string, jp: string;

beforeAll(async () => {
  [adminVn, adminJp, attendeeJp] = (await Promise.all(
    ["admin.vn", "admin.jp", "attendee.jp"].map((n) => demoActor(`${n}@demo.kakehashi.example`)),
  )) as [LoadedActor, LoadedActor, LoadedActor];
  eventId = (await db.event.findFirstOrThrow({ where: { isCurrent: true } })).id;
  vn = adminVn.memberships[0]!.firmId;
  jp = adminJp.memberships[0]!.firmId;
});
const clean = () =>
  db.meetingRequest.deleteMany({ where: { OR: [{ fromFirmId: { in: [vn, jp] } }, { toFirmId: { in: [vn, jp] } }] } });
afterAll(async () => {
  await clean();
  await db.event.update({ where: { id: eventId }, data: { requestDeadline: null } });
  await db.$disconnect();
});

describe("meeting requests", () => {
  it("one live request per pair, whichever side asks, even when many arrive at once", async () => {
    await clean();
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        i % 2
          ? createMeetingRequest(adminVn, { eventId, fromFirmId: vn, toFirmId: jp })
          : createMeetingRequest(adminJp, { eventId, fromFirmId: jp, toFirmId: vn }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected"))
      expect((r as PromiseRejectedResult).reason.fields).toEqual({ form: "errors.meetings.alreadyRequested" });
  });

  it("only the recipient accepts; a declined pair may ask again", async () => {
    await clean();
    const request = await createMeetingRequest(adminVn, {
      eventId,
      fromFirmId: vn,
      toFirmId: jp,
      priority: "MUST",
      message: "AUTOSAR を相談したいです",
    });
    await expect(actOnMeetingRequest(adminVn, { requestId: request.id, action: "accept" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    // Answering is the administrators' (lib/meetings/meeting-rights.ts): an attendee is told so.
    await expect(actOnMeetingRequest(attendeeJp, { requestId: request.id, action: "decline" })).rejects.toMatchObject({
      code: "FORBIDDEN",
      fields: { form: "errors.meetings.adminsOnly" },
    });
    expect((await actOnMeetingRequest(adminJp, { requestId: request.id, action: "decline" })).status).toBe("DECLINED");
    const again = await createMeetingRequest(adminVn, { eventId, fromFirmId: vn, toFirmId: jp });
    expect((await actOnMeetingRequest(adminJp, { requestId: again.id, action: "accept" })).status).toBe("ACCEPTED");
    await expect(actOnMeetingRequest(adminJp, { requestId: again.id, action: "accept" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const list = await meetingRequestsOf(adminJp, jp, eventId);
    expect(list.filter((r) => r.status === "ACCEPTED").map((r) => r.from.id)).toEqual([vn]);
  });

  it("strangers, unknown firms and pending firms are refused", async () => {
    await clean();
    await expect(createMeetingRequest(adminJp, { eventId, fromFirmId: vn, toFirmId: jp })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(createMeetingRequest(adminVn, { eventId, fromFirmId: vn, toFirmId: "nope" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const pending = await db.firm.findFirstOrThrow({ where: { status: "PENDING" } });
    await expect(
      createMeetingRequest(adminVn, { eventId, fromFirmId: vn, toFirmId: pending.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      createMeetingRequest(adminVn, { eventId, fromFirmId: vn, toFirmId: jp, message: "x".repeat(2000) }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const request = await createMeetingRequest(adminVn, { eventId, fromFirmId: vn, toFirmId: jp });
    const outsider = await demoActor("admin.00010@demo.kakehashi.example");
    await expect(actOnMeetingRequest(outsider, { requestId: request.id, action: "accept" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("pending requests expire at the deadline and can no longer be accepted", async () => {
    await clean();
    await db.event.update({ where: { id: eventId }, data: { requestDeadline: new Date(Date.now() + 60_000) } });
    const request = await createMeetingRequest(adminVn, { eventId, fromFirmId: vn, toFirmId: jp });
    const later = new Date(Date.now() + 120_000);
    await expect(
      actOnMeetingRequest(adminJp, { requestId: request.id, action: "accept" }, later),
    ).rejects.toMatchObject({ fields: { form: "errors.meetings.expired" } });
    expect((await meetingRequestsOf(adminJp, jp, eventId, later))[0]!.status).toBe("EXPIRED");
    await expect(createMeetingRequest(adminJp, { eventId, fromFirmId: jp, toFirmId: vn }, later)).rejects.toMatchObject(
      { fields: { form: "errors.meetings.pastDeadline" } },
    );
    await db.event.update({ where: { id: eventId }, data: { requestDeadline: null } });
  });
});
