// Contacts for confirmed partners, both ways (issue 19): a firm with an accepted or scheduled meeting sees the
// other's contacts on the profile and on the agenda item, the other way round too; before that and after a
// cancellation they are hidden; outsiders never see them, organizers always.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { contactsFor, contactsOfFirms } from "@/lib/firms/contact-visibility";
import { loadFirmProfile } from "@/lib/firms/load-firm-profile";
import { actOnMeetingRequest, createMeetingRequest } from "@/lib/meetings/meeting-requests";
import { writeMeeting } from "@/lib/meetings/placement";
import {
  removeWorldEvents,
  removeWorldFirms,
  worldEvent,
  worldFirm,
  worldOrganizer,
  type WorldEvent,
  type WorldFirm,
} from "../support/firm-world";
import type { LoadedActor } from "@/lib/auth/load-actor";

let vn: WorldFirm, jp: WorldFirm, outsider: WorldFirm, organizer: LoadedActor, event: WorldEvent;

beforeAll(async () => {
  process.env.OUTBOX_DIR ??= `${process.cwd()}/var/test-outbox`;
  await removeWorldFirms();
  await removeWorldEvents();
  vn = await worldFirm("contacts-vn", { country: "VN", nameLocal: "Rạng Đông", nameEn: "Rang Dong", locale: "vi" });
  jp = await worldFirm("contacts-jp", { country: "JP", nameLocal: "匠ラボ", nameEn: "Takumi Labs", locale: "ja" });
  outsider = await worldFirm("contacts-out", {
    country: "VN",
    nameLocal: "Sao Viet",
    nameEn: "Sao Viet",
    locale: "en",
  });
  organizer = await worldOrganizer("contacts");
  event = await worldEvent("contacts");
});
afterAll(async () => {
  await removeWorldEvents();
  await removeWorldFirms();
  await db.$disconnect();
});

/** What each side sees of the other: on the profile, and on its agenda item. */
async function seenBothWays() {
  const [vnSeesJp, jpSeesVn, vnAgenda, jpAgenda] = await Promise.all([
    loadFirmProfile(vn.attendee, jp.id),
    loadFirmProfile(jp.admin, vn.id),
    contactsOfFirms(vn.admin, [jp.id, outsider.id]),
    contactsOfFirms(jp.attendee, [vn.id]),
  ]);
  return {
    profileVnSeesJp: vnSeesJp!.contacts?.map((c) => c.name) ?? null,
    profileJpSeesVn: jpSeesVn!.contacts?.map((c) => c.name) ?? null,
    agendaVnSeesJp: vnAgenda.get(jp.id)?.map((c) => c.name) ?? null,
    agendaJpSeesVn: jpAgenda.get(vn.id)?.map((c) => c.name) ?? null,
    agendaVnSeesOutsider: vnAgenda.get(outsider.id) ?? null,
  };
}
const hidden = {
  profileVnSeesJp: null,
  profileJpSeesVn: null,
  agendaVnSeesJp: null,
  agendaJpSeesVn: null,
  agendaVnSeesOutsider: null,
};
const shown = {
  profileVnSeesJp: ["Contact contacts-jp"],
  profileJpSeesVn: ["Contact contacts-vn"],
  agendaVnSeesJp: ["Contact contacts-jp"],
  agendaJpSeesVn: ["Contact contacts-vn"],
  agendaVnSeesOutsider: null,
};

describe("contacts of confirmed partners", () => {
  it("are hidden while a request is pending, shown both ways once accepted and placed, hidden after a cancellation", async () => {
    const request = await createMeetingRequest(vn.admin, { eventId: event.id, fromFirmId: vn.id, toFirmId: jp.id });
    expect(await seenBothWays()).toEqual(hidden);

    await actOnMeetingRequest(jp.admin, { requestId: request.id, action: "accept" });
    expect(await seenBothWays()).toEqual(shown);

    await db.$transaction((tx) =>
      writeMeeting(tx, {
        eventId: event.id,
        requestId: request.id,
        firms: [vn.id, jp.id],
        slotId: event.slots[0]!.id,
        tableId: event.tables[0]!,
        source: "ORGANIZER",
        placedById: organizer.userId,
      }),
    );
    expect(await seenBothWays()).toEqual(shown);

    // Cancelling a meeting is the firm administrators' (issue 21: attendees mark held or no-show).
    await actOnMeetingRequest(vn.admin, { requestId: request.id, action: "cancel" });
    expect(await seenBothWays()).toEqual(hidden);
  });

  it("are never shown to a firm without a confirmed meeting, and always to organizers and the firm's own members", async () => {
    const declined = await createMeetingRequest(outsider.admin, {
      eventId: event.id,
      fromFirmId: outsider.id,
      toFirmId: vn.id,
    });
    await actOnMeetingRequest(vn.admin, { requestId: declined.id, action: "decline" });
    expect(await contactsFor(outsider.admin, vn.id)).toBeNull();
    expect(await contactsFor(vn.admin, outsider.id)).toBeNull();
    expect(await contactsFor(null, vn.id)).toBeNull();
    expect((await contactsFor(organizer, vn.id))?.map((c) => c.email)).toEqual([
      `contact-contacts-vn@firm-world.kakehashi.test`,
    ]);
    expect((await contactsFor(vn.attendee, vn.id))?.length).toBe(1);
  });
});
