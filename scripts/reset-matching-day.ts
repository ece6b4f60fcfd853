// Clears the current event's matching day (sessions, tables, requests, meetings, runs, open slots,
// unavailability) and turns self-booking off: what the end-to-end suite starts from, so it can run again on
// the same database. Firms, people, tours and consortiums stay.
import "dotenv/config";
import { db } from "../lib/db";

async function main() {
  const event = await db.event.findFirst({ orderBy: [{ isCurrent: "desc" }, { startsAt: "desc" }] });
  if (!event) return;
  const eventId = event.id;
  await db.$transaction([
    db.schedulerRun.deleteMany({ where: { eventId } }),
    db.meetingOutcome.deleteMany({ where: { meeting: { eventId } } }),
    db.firmSlotHold.deleteMany({ where: { slot: { eventId } } }),
    db.meeting.deleteMany({ where: { eventId } }),
    db.meetingRequest.deleteMany({ where: { eventId } }),
    db.openSlot.deleteMany({ where: { slot: { eventId } } }),
    db.firmUnavailability.deleteMany({ where: { slot: { eventId } } }),
    db.matchingSession.deleteMany({ where: { eventId } }),
    db.meetingTable.deleteMany({ where: { eventId } }),
    db.event.update({ where: { id: eventId }, data: { selfBooking: false, meetingCapPerFirm: null, requestDeadline: null } }),
  ]);
  console.log(`reset-matching-day: ${event.slug} cleared`);
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
